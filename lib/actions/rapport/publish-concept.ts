"use server";

import { and, eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import * as z from "zod";
import { getDb, type Queryable } from "@/db/client";
import { rapportTeksten, scans } from "@/db/schema";
import { defineScanAction } from "@/lib/actions/define-action";
import { audit } from "@/lib/audit";
import { UserError } from "@/lib/errors";
import { kickOutbox } from "@/lib/jobs/kick";
import { conceptBeschikbaarMail } from "@/lib/mail/catalogue";
import { enqueueMails } from "@/lib/mail/outbox";
import { withMelding } from "@/lib/meldingen";
import { scanOntvangers } from "@/lib/rapport/ontvangers";
import { bereidRapportVoor, slaRapportOp } from "@/lib/rapport/publiceren";
import { ZUuid } from "@/lib/validation/common";

/** A new concept version from the saved texts and current data; every member hears of it. */
export const publishConceptAction = defineScanAction("publishConcept", "scan.begeleid", z.object({ scanId: ZUuid }), async ({ scanId }, { user, access }) => {
  const db = await getDb();
  const kanPubliceren = async (q: Queryable) => {
    const [scan] = await q.select().from(scans).where(eq(scans.id, scanId));
    if (scan?.stap !== "concept") throw new UserError("Een concept eindrapport kun je alleen in stap 5 publiceren.");
    const [samenvatting] = await q
      .select({ tekst: rapportTeksten.tekst })
      .from(rapportTeksten)
      .where(and(eq(rapportTeksten.scanId, scanId), eq(rapportTeksten.sleutel, "samenvatting")));
    if (!samenvatting?.tekst) throw new UserError("Schrijf en bewaar eerst de samenvatting van het rapport.");
    return scan;
  };
  // Checked before rendering (no work for nothing) and again under the lock (nothing changed since).
  await kanPubliceren(db);
  const now = new Date();
  const voorbereid = await bereidRapportVoor(db, { scanId, soort: "concept", datum: now });
  await db.transaction(async (tx) => {
    await tx.select({ id: scans.id }).from(scans).where(eq(scans.id, scanId)).for("update");
    const scan = await kanPubliceren(tx);
    const r = await slaRapportOp(tx, voorbereid, user.id);
    const gemeente = access.scan.gemeenteNaam;
    const ontvangers = (await scanOntvangers(tx, scanId)).filter((o) => o.userId !== user.id);
    await enqueueMails(
      tx,
      ontvangers.map((o) => conceptBeschikbaarMail({ scanId, gemeente, versie: r.versie, datum: now, overlegAt: scan.overlegAt, ontvanger: o })),
      now,
    );
    await audit(tx, {
      actorId: user.id,
      action: "rapport.publishConcept",
      scanId,
      details: { rapportId: r.id, versie: r.versie, mails: ontvangers.length },
    });
  });
  kickOutbox();
  revalidatePath(`/scans/${scanId}`, "layout");
  redirect(withMelding("rapport", "concept-gepubliceerd", `/scans/${scanId}/rapport`));
});
