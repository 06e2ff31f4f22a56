"use server";

import { eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import * as z from "zod";
import { getDb } from "@/db/client";
import { scanMembers, scans } from "@/db/schema";
import { defineScanAction } from "@/lib/actions/define-action";
import { UserError } from "@/lib/errors";
import { kickOutbox } from "@/lib/jobs/kick";
import { sweepSchedule } from "@/lib/jobs/sweep";
import { withMelding } from "@/lib/meldingen";
import { checkStartAnalysetool } from "@/lib/scan/start-guard";
import { performTransition } from "@/lib/scan/transitions";
import { ZUuid } from "@/lib/validation/common";

/**
 * Stap 2 → 3 (architecture §2): when the guard holds, the analysetool starts. Invitations
 * that are already due (a workshop less than three weeks away) are queued in the same
 * transaction by the sweep; later ones follow from the scheduler at W − 21.
 */
export const startAnalysetoolAction = defineScanAction("startAnalysetool", "scan.plan", z.object({ scanId: ZUuid }), async ({ scanId }, { user }) => {
  const db = await getDb();
  const now = new Date();
  const result = await db.transaction(async (tx) => {
    // The row lock makes a double click (or two begeleiders at once) start the tool once.
    const [scan] = await tx
      .select({ stap: scans.stap, workshopAt: scans.workshopAt, deadlineAt: scans.deadlineAt })
      .from(scans)
      .where(eq(scans.id, scanId))
      .for("update");
    if (!scan) throw new UserError("Deze scan bestaat niet.");
    const rollen = await tx.select({ rol: scanMembers.rol }).from(scanMembers).where(eq(scanMembers.scanId, scanId));
    const check = checkStartAnalysetool({ ...scan, rollen: rollen.map((r) => r.rol), now });
    if (!check.ok) throw new UserError(`De analysetool kan nog niet starten. ${check.ontbreekt.join(" ")}`);
    await performTransition(tx, {
      scanId,
      transitie: "startAnalysetool",
      actorId: user.id,
      now,
      stempels: { analysetoolStartedAt: now },
      details: { deelnemers: rollen.filter((r) => r.rol).length },
    });
    return sweepSchedule(tx, now, { scanIds: [scanId] });
  });
  kickOutbox();
  revalidatePath(`/scans/${scanId}`, "layout");
  redirect(withMelding("scan", result.queued > 0 ? "analysetool-verstuurd" : "analysetool-gestart", `/scans/${scanId}`));
});
