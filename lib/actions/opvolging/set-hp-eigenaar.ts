"use server";

import { and, eq, isNotNull } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import * as z from "zod";
import { getDb } from "@/db/client";
import { handelingsperspectieven, scanMembers, scans } from "@/db/schema";
import { defineScanAction } from "@/lib/actions/define-action";
import { audit } from "@/lib/audit";
import { UserError } from "@/lib/errors";
import { withMelding } from "@/lib/meldingen";
import { opvolgingOpen } from "@/lib/scan/opvolging";
import { ZUuid } from "@/lib/validation/common";

const ZEigenaar = z.object({
  scanId: ZUuid,
  hpId: ZUuid,
  memberId: z.union([z.literal(""), ZUuid], { error: 'Kies een deelnemer of "niemand".' }),
});

/** Stap 7: the procesregisseur chooses which member keeps a top-3 item up to date (or nobody). */
export const setHpEigenaarAction = defineScanAction("setHpEigenaar", "opvolging.regie", ZEigenaar, async (input, { user }) => {
  const db = await getDb();
  const now = new Date();
  const rang = await db.transaction(async (tx) => {
    const [scan] = await tx.select({ stap: scans.stap }).from(scans).where(eq(scans.id, input.scanId)).for("share");
    if (!scan || !opvolgingOpen(scan.stap)) throw new UserError("Eigenaren kies je zodra het eindrapport definitief is (stap 7).");
    if (input.memberId) {
      const [lid] = await tx
        .select({ id: scanMembers.id })
        .from(scanMembers)
        .where(and(eq(scanMembers.id, input.memberId), eq(scanMembers.scanId, input.scanId)));
      if (!lid) throw new UserError("Kies een deelnemer van deze scan.", "memberId");
    }
    const [item] = await tx
      .update(handelingsperspectieven)
      .set({ eigenaarMemberId: input.memberId || null, updatedAt: now })
      .where(and(eq(handelingsperspectieven.id, input.hpId), eq(handelingsperspectieven.scanId, input.scanId), isNotNull(handelingsperspectieven.rang)))
      .returning({ rang: handelingsperspectieven.rang });
    if (!item) throw new UserError("Dit punt staat niet in de top 3 van deze scan. Laad de pagina opnieuw.");
    await audit(tx, { actorId: user.id, action: "opvolging.eigenaar", scanId: input.scanId, details: { hpId: input.hpId, memberId: input.memberId || null } });
    return item.rang;
  });
  revalidatePath(`/scans/${input.scanId}`, "layout");
  redirect(withMelding("opvolging", "eigenaar", `/scans/${input.scanId}/opvolging#punt-${rang}`));
});
