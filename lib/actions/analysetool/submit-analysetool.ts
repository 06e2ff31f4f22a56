"use server";

import { and, eq, isNull } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import * as z from "zod";
import { getDb } from "@/db/client";
import { antwoorden, scanMembers, scans } from "@/db/schema";
import { defineScanAction } from "@/lib/actions/define-action";
import { getModel } from "@/lib/analysetool";
import { deadlineVan, isTeLaat } from "@/lib/antwoorden/deadline";
import { MELDINGEN } from "@/lib/antwoorden/validate";
import { voortgang } from "@/lib/antwoorden/voortgang";
import { audit } from "@/lib/audit";
import { UserError } from "@/lib/errors";
import { withMelding } from "@/lib/meldingen";
import { ZUuid } from "@/lib/validation/common";

/**
 * "Analysetool indienen": once, by the deelnemer, after the confirmation page. After the
 * deadline it is still accepted and recorded as late. From then on the answers are
 * read-only until a begeleider reopens the tool.
 */
export const submitAnalysetoolAction = defineScanAction(
  "submitAnalysetool",
  "analysetool.fill",
  z.object({ scanId: ZUuid }),
  async ({ scanId }, { user, access }) => {
    const memberId = access.member!.id;
    const db = await getDb();
    const now = new Date();
    await db.transaction(async (tx) => {
      // FOR UPDATE waits for autosaves in flight (they hold FOR SHARE on this row).
      const [m] = await tx
        .select({ ingediendAt: scanMembers.ingediendAt, stap: scans.stap, workshopAt: scans.workshopAt, deadlineAt: scans.deadlineAt })
        .from(scanMembers)
        .innerJoin(scans, eq(scans.id, scanMembers.scanId))
        .where(and(eq(scanMembers.id, memberId), eq(scanMembers.scanId, scanId)))
        .for("update", { of: scanMembers });
      if (!m) throw new UserError("Deze scan bestaat niet of je hebt er geen toegang toe.", "_form");
      if (m.ingediendAt) throw new UserError("Je hebt je analysetool al ingediend.", "_form");
      if (m.stap !== "analysetool") throw new UserError(MELDINGEN.gesloten, "_form");
      await tx
        .update(scanMembers)
        .set({ ingediendAt: now, updatedAt: now })
        .where(and(eq(scanMembers.id, memberId), isNull(scanMembers.ingediendAt)));
      const rows = await tx
        .select({ vraagId: antwoorden.vraagId, niveau: antwoorden.niveau, geenOordeel: antwoorden.geenOordeel, tekst: antwoorden.tekst })
        .from(antwoorden)
        .where(and(eq(antwoorden.scanId, scanId), eq(antwoorden.memberId, memberId)));
      const v = voortgang(getModel(access.scan.modelVersie), rows);
      await audit(tx, {
        actorId: user.id,
        action: "analysetool.submit",
        scanId,
        details: { memberId, beantwoord: v.beantwoord, totaal: v.totaal, teLaat: isTeLaat(now, deadlineVan(m)) },
      });
    });
    revalidatePath(`/scans/${scanId}`, "layout");
    redirect(withMelding("mijn-antwoorden", "ingediend", `/scans/${scanId}/analysetool/mijn-antwoorden`));
  },
);
