"use server";

import { eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import * as z from "zod";
import { getDb } from "@/db/client";
import { handelingsperspectieven, scans } from "@/db/schema";
import { defineScanAction } from "@/lib/actions/define-action";
import { audit } from "@/lib/audit";
import { UserError } from "@/lib/errors";
import { withMelding } from "@/lib/meldingen";
import { top3WeigeringVoor } from "@/lib/scan/stap6";
import { ZUuid } from "@/lib/validation/common";

/**
 * The begeleider opens voting again after the top 3 was fixed (the room changed its mind
 * before the report is final): the ranks go, the proposals and votes stay.
 */
export const reopenStemmenAction = defineScanAction("reopenStemmen", "scan.begeleid", z.object({ scanId: ZUuid }), async ({ scanId }, { user }) => {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [scan] = await tx.select({ stap: scans.stap, top3VastgesteldAt: scans.top3VastgesteldAt }).from(scans).where(eq(scans.id, scanId)).for("update");
    const weigering = top3WeigeringVoor("reopenStemmen", scan);
    if (weigering) throw new UserError(weigering);
    const now = new Date();
    await tx.update(handelingsperspectieven).set({ rang: null, updatedAt: now }).where(eq(handelingsperspectieven.scanId, scanId));
    await tx.update(scans).set({ top3VastgesteldAt: null, updatedAt: now }).where(eq(scans.id, scanId));
    await audit(tx, { actorId: user.id, action: "hp.reopenStemmen", scanId });
  });
  revalidatePath(`/scans/${scanId}`, "layout");
  redirect(withMelding("handelingsperspectieven", "stemmen-heropend", `/scans/${scanId}/handelingsperspectieven`));
});
