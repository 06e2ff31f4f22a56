"use server";

import { and, eq, isNotNull } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import * as z from "zod";
import { getDb } from "@/db/client";
import { scanMembers, scans } from "@/db/schema";
import { defineScanAction } from "@/lib/actions/define-action";
import { UserError } from "@/lib/errors";
import { scheduleFor } from "@/lib/jobs/schedule";
import { withMelding } from "@/lib/meldingen";
import { performTransition } from "@/lib/scan/transitions";
import { closeAnalysetoolBlocker } from "@/lib/scan/workshop-guards";
import { ZUuid } from "@/lib/validation/common";

/** Stap 3 → 4: freezes the submitted answers as the basis for the workshop. */
export const closeAnalysetoolAction = defineScanAction("closeAnalysetool", "scan.begeleid", z.object({ scanId: ZUuid }), async ({ scanId }, { user }) => {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [scan] = await tx.select().from(scans).where(eq(scans.id, scanId)).for("update");
    if (scan?.stap !== "analysetool") throw new UserError("De analysetool is niet (meer) open.");
    const leden = await tx
      .select({ ingediendAt: scanMembers.ingediendAt })
      .from(scanMembers)
      .where(and(eq(scanMembers.scanId, scanId), isNotNull(scanMembers.rol)));
    const deadline = scan.workshopAt ? scheduleFor(scan.workshopAt, scan.deadlineAt).deadline : scan.deadlineAt;
    const now = new Date();
    const blocker = closeAnalysetoolBlocker({
      now,
      deadline,
      ingediend: leden.filter((l) => l.ingediendAt).length,
      totaal: leden.length,
    });
    if (blocker) throw new UserError(blocker);
    await performTransition(tx, { scanId, transitie: "closeAnalysetool", actorId: user.id, now, stempels: { analysetoolClosedAt: now } });
  });
  revalidatePath(`/scans/${scanId}`, "layout");
  redirect(withMelding("resultaten", "gesloten", `/scans/${scanId}/resultaten`));
});
