"use server";

import { eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import * as z from "zod";
import { getDb, type Queryable } from "@/db/client";
import { handelingsperspectieven, scans } from "@/db/schema";
import { defineScanAction } from "@/lib/actions/define-action";
import { UserError } from "@/lib/errors";
import { kickOutbox } from "@/lib/jobs/kick";
import { definitiefRapportMail } from "@/lib/mail/catalogue";
import { enqueueMails } from "@/lib/mail/outbox";
import { withMelding } from "@/lib/meldingen";
import { scanOntvangers } from "@/lib/rapport/ontvangers";
import { bereidRapportVoor, slaRapportOp } from "@/lib/rapport/publiceren";
import { finalizeBlocker } from "@/lib/scan/rapport-guards";
import { top3WeigeringVoor } from "@/lib/scan/stap6";
import { performTransition } from "@/lib/scan/transitions";
import { ZUuid } from "@/lib/validation/common";

/**
 * Stap 6 → 7: renders the definitief eindrapport from the current data (with the handled
 * reactions and the top 3), stores it immutably, mails every member and closes the scan.
 */
export const finalizeAction = defineScanAction("finalize", "scan.begeleid", z.object({ scanId: ZUuid }), async ({ scanId }, { user, access }) => {
  const db = await getDb();
  const kanVaststellen = async (q: Queryable, lock: boolean) => {
    const vraag = q.select({ stap: scans.stap, top3VastgesteldAt: scans.top3VastgesteldAt }).from(scans).where(eq(scans.id, scanId));
    const [scan] = lock ? await vraag.for("update") : await vraag;
    const weigering = top3WeigeringVoor("finalize", scan);
    if (weigering) throw new UserError(weigering);
    const hps = await q
      .select({
        titel: handelingsperspectieven.titel,
        rang: handelingsperspectieven.rang,
        eigenaar: handelingsperspectieven.eigenaar,
        termijn: handelingsperspectieven.termijn,
        eersteStap: handelingsperspectieven.eersteStap,
      })
      .from(handelingsperspectieven)
      .where(eq(handelingsperspectieven.scanId, scanId));
    const blocker = finalizeBlocker(hps);
    if (blocker) throw new UserError(blocker);
  };
  // Checked before rendering (no work for nothing) and again under the lock (nothing changed since).
  await kanVaststellen(db, false);
  const now = new Date();
  const voorbereid = await bereidRapportVoor(db, { scanId, soort: "definitief", datum: now });
  await db.transaction(async (tx) => {
    await kanVaststellen(tx, true);
    const r = await slaRapportOp(tx, voorbereid, user.id);
    await performTransition(tx, {
      scanId,
      transitie: "finalize",
      actorId: user.id,
      now,
      stempels: { afgerondAt: now },
      details: { rapportId: r.id, sha256: r.sha256 },
    });
    const gemeente = access.scan.gemeenteNaam;
    const top3 = r.model.handelingsperspectieven.items.map((h) => h.titel);
    const ontvangers = (await scanOntvangers(tx, scanId)).filter((o) => o.userId !== user.id);
    await enqueueMails(
      tx,
      ontvangers.map((o) => definitiefRapportMail({ scanId, gemeente, datum: now, top3, ontvanger: o })),
      now,
    );
  });
  kickOutbox();
  revalidatePath(`/scans/${scanId}`, "layout");
  redirect(withMelding("scan", "afgerond", `/scans/${scanId}`));
});
