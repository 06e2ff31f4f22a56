"use server";

import { and, desc, eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import * as z from "zod";
import { getDb } from "@/db/client";
import { rapporten, rapportFeedback, scans } from "@/db/schema";
import { defineScanAction } from "@/lib/actions/define-action";
import { audit } from "@/lib/audit";
import { UserError } from "@/lib/errors";
import { withMelding } from "@/lib/meldingen";
import { sectiesVoor } from "@/lib/rapport/secties";
import { ZUuid } from "@/lib/validation/common";
import { ZLangeTekst } from "@/lib/validation/rapport";

const ZReactie = z.object({
  scanId: ZUuid,
  rapportId: ZUuid,
  sectieId: z.string().max(40),
  tekst: ZLangeTekst("je reactie", 2000),
});

/**
 * A member's reaction to one section of the concept. Only on the newest concept of the
 * member's own scan, and only while the concept is being discussed (stap 5): a reaction
 * to an older version or another scan's report is refused, not silently moved.
 */
export const leaveFeedbackAction = defineScanAction("leaveFeedback", "scan.participate", ZReactie, async (input, { user }) => {
  if (!sectiesVoor("concept").some((s) => s.id === input.sectieId)) throw new UserError("Kies een onderdeel van het rapport.", "sectieId");
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [scan] = await tx.select({ stap: scans.stap }).from(scans).where(eq(scans.id, input.scanId)).for("share");
    if (scan?.stap !== "concept") throw new UserError("Reageren kan alleen zolang het concept wordt besproken (stap 5).");
    const [nieuwste] = await tx
      .select({ id: rapporten.id, versie: rapporten.versie })
      .from(rapporten)
      .where(and(eq(rapporten.scanId, input.scanId), eq(rapporten.soort, "concept")))
      .orderBy(desc(rapporten.versie))
      .limit(1);
    if (!nieuwste || nieuwste.id !== input.rapportId) {
      throw new UserError("Je kunt alleen reageren op de nieuwste versie van het concept. Laad de pagina opnieuw.");
    }
    const [row] = await tx
      .insert(rapportFeedback)
      .values({
        scanId: input.scanId,
        rapportId: nieuwste.id,
        userId: user.id,
        sectieId: input.sectieId,
        tekst: input.tekst,
        createdAt: new Date(),
      })
      .returning({ id: rapportFeedback.id });
    await audit(tx, {
      actorId: user.id,
      action: "rapport.leaveFeedback",
      scanId: input.scanId,
      details: { feedbackId: row!.id, versie: nieuwste.versie, sectieId: input.sectieId },
    });
  });
  revalidatePath(`/scans/${input.scanId}/rapport`, "layout");
  redirect(withMelding("rapport", "reactie-geplaatst", `/scans/${input.scanId}/rapport#sectie-${input.sectieId}`));
});
