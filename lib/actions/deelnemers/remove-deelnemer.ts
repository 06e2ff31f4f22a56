"use server";

import { and, count, eq, inArray } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import * as z from "zod";
import { getDb } from "@/db/client";
import { antwoorden, scanMembers, workshopBeschikbaarheid, workshopOpties } from "@/db/schema";
import { defineScanAction } from "@/lib/actions/define-action";
import { audit } from "@/lib/audit";
import { UserError } from "@/lib/errors";
import { withMelding } from "@/lib/meldingen";
import { assertStap, DEELNEMERS_WIJZIGBAAR } from "@/lib/scan/stap-regels";
import { ZUuid } from "@/lib/validation/common";

/**
 * Removes a deelnemer from the scan (the person's account stays; without a membership they
 * can no longer sign in). Never the procesregisseur, and never someone whose answers would
 * be lost with them.
 */
export const removeDeelnemerAction = defineScanAction(
  "removeDeelnemer",
  "scan.plan",
  z.object({ scanId: ZUuid, memberId: ZUuid }),
  async ({ scanId, memberId }, { user, access }) => {
    assertStap(access.scan.stap, DEELNEMERS_WIJZIGBAAR, "In deze stap kun je geen deelnemers meer verwijderen.");
    const db = await getDb();
    await db.transaction(async (tx) => {
      const [member] = await tx
        .select({ id: scanMembers.id, userId: scanMembers.userId, procesregisseur: scanMembers.procesregisseur })
        .from(scanMembers)
        .where(and(eq(scanMembers.id, memberId), eq(scanMembers.scanId, scanId)))
        .limit(1);
      if (!member) throw new UserError("Deze deelnemer bestaat niet (meer).");
      if (member.procesregisseur)
        throw new UserError('De procesregisseur kun je niet verwijderen. Wil de procesregisseur niet zelf meedoen? Zet de rol dan op "geen rol".');
      const [a] = await tx
        .select({ n: count() })
        .from(antwoorden)
        .where(and(eq(antwoorden.scanId, scanId), eq(antwoorden.memberId, member.id)));
      if (Number(a?.n ?? 0) > 0)
        throw new UserError("Deze deelnemer heeft de analysetool al (deels) ingevuld. Verwijderen zou die antwoorden wissen; vraag de begeleider om hulp.");
      const opties = tx.select({ id: workshopOpties.id }).from(workshopOpties).where(eq(workshopOpties.scanId, scanId));
      await tx.delete(workshopBeschikbaarheid).where(and(eq(workshopBeschikbaarheid.userId, member.userId), inArray(workshopBeschikbaarheid.optieId, opties)));
      await tx.delete(scanMembers).where(and(eq(scanMembers.id, member.id), eq(scanMembers.scanId, scanId)));
      await audit(tx, { actorId: user.id, action: "deelnemer.verwijderd", scanId, details: { memberId } });
    });
    revalidatePath(`/scans/${scanId}`, "layout");
    redirect(withMelding("deelnemers", "verwijderd", `/scans/${scanId}/deelnemers`));
  },
);
