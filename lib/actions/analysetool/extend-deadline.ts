"use server";

import { eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import * as z from "zod";
import { getDb } from "@/db/client";
import { scans } from "@/db/schema";
import { defineScanAction } from "@/lib/actions/define-action";
import { deadlineVan } from "@/lib/antwoorden/deadline";
import { audit } from "@/lib/audit";
import { formatDatumTijd, fromAmsterdamLocal } from "@/lib/dates";
import { UserError } from "@/lib/errors";
import { kickOutbox } from "@/lib/jobs/kick";
import { sweepSchedule } from "@/lib/jobs/sweep";
import { withMelding } from "@/lib/meldingen";
import { ZUuid } from "@/lib/validation/common";

const DATUM_FOUT = "Vul een datum en tijd in, zoals 15-12-2026 17:00.";

/**
 * A begeleider gives the deelnemers more time. The new deadline lies after the current one
 * and before the workshop. Reminders for the new deadline are queued in the same
 * transaction by the sweep (their keys carry the deadline's date, so they are fresh mails).
 */
export const extendDeadlineAction = defineScanAction(
  "extendDeadline",
  "scan.begeleid",
  z.object({ scanId: ZUuid, deadline: z.string({ error: DATUM_FOUT }).max(20, { error: DATUM_FOUT }) }),
  async ({ scanId, deadline: invoer }, { user }) => {
    const nieuw = fromAmsterdamLocal(invoer.trim());
    if (!nieuw) throw new UserError(DATUM_FOUT, "deadline");
    const db = await getDb();
    const now = new Date();
    await db.transaction(async (tx) => {
      const [scan] = await tx
        .select({ stap: scans.stap, workshopAt: scans.workshopAt, deadlineAt: scans.deadlineAt })
        .from(scans)
        .where(eq(scans.id, scanId))
        .for("update");
      if (!scan) throw new UserError("Deze scan bestaat niet of je hebt er geen toegang toe.", "_form");
      if (scan.stap !== "analysetool") throw new UserError("De deadline kan alleen worden verlengd zolang de scan in stap 3 is.", "deadline");
      const huidig = deadlineVan(scan);
      if (nieuw.getTime() <= now.getTime()) throw new UserError("Kies een moment in de toekomst.", "deadline");
      if (huidig && nieuw.getTime() <= huidig.getTime()) {
        throw new UserError(`Kies een moment na de huidige deadline (${formatDatumTijd(huidig)}).`, "deadline");
      }
      if (scan.workshopAt && nieuw.getTime() >= scan.workshopAt.getTime()) {
        throw new UserError(`De deadline moet vóór de workshop liggen (${formatDatumTijd(scan.workshopAt)}).`, "deadline");
      }
      await tx.update(scans).set({ deadlineAt: nieuw, updatedAt: now }).where(eq(scans.id, scanId));
      await audit(tx, {
        actorId: user.id,
        action: "analysetool.deadline_extend",
        scanId,
        details: { van: huidig?.toISOString() ?? null, naar: nieuw.toISOString() },
      });
      await sweepSchedule(tx, now, { scanIds: [scanId] });
    });
    kickOutbox();
    revalidatePath(`/scans/${scanId}`, "layout");
    redirect(withMelding("voortgang", "deadline", `/scans/${scanId}/voortgang`));
  },
);
