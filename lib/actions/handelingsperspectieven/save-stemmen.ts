"use server";

import { and, eq, inArray } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import * as z from "zod";
import { getDb } from "@/db/client";
import { handelingsperspectieven, hpStemmen, scanMembers, scans } from "@/db/schema";
import { defineScanAction } from "@/lib/actions/define-action";
import { audit } from "@/lib/audit";
import { UserError } from "@/lib/errors";
import { withMelding } from "@/lib/meldingen";
import { STEMMEN_PER_DEELNEMER, stemmenBlocker } from "@/lib/scan/rapport-guards";
import { top3WeigeringVoor } from "@/lib/scan/stap6";
import { ZUuid } from "@/lib/validation/common";

const ZStemmen = z.object({
  scanId: ZUuid,
  hpIds: z
    .union([z.string(), z.array(z.string())], { error: `Kies ${STEMMEN_PER_DEELNEMER} voorstellen.` })
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]))
    .pipe(z.array(ZUuid).max(20, { error: `Kies ${STEMMEN_PER_DEELNEMER} voorstellen.` })),
});

/**
 * Each member of the gemeente spreads exactly three votes; voting again replaces them. Two
 * requests of one member (a double click, two tabs) used to interleave their delete and insert
 * and store six votes (issue 14.1): the member's own row is locked first, so they run one
 * after the other and the last complete set is what stays.
 */
export const saveStemmenAction = defineScanAction("saveStemmen", "scan.participate", ZStemmen, async ({ scanId, hpIds }, { user, access }) => {
  if (!access.member) throw new UserError("Alleen deelnemers van de gemeente stemmen; de begeleiders zien de uitslag.");
  const db = await getDb();
  const now = new Date();
  await db.transaction(async (tx) => {
    const [scan] = await tx.select({ stap: scans.stap, top3VastgesteldAt: scans.top3VastgesteldAt }).from(scans).where(eq(scans.id, scanId)).for("share");
    const weigering = top3WeigeringVoor("saveStemmen", scan);
    if (weigering) throw new UserError(weigering, "hpIds");
    await tx
      .select({ id: scanMembers.id })
      .from(scanMembers)
      .where(and(eq(scanMembers.id, access.member!.id), eq(scanMembers.scanId, scanId)))
      .for("update");
    const bestaand = await tx.select({ id: handelingsperspectieven.id }).from(handelingsperspectieven).where(eq(handelingsperspectieven.scanId, scanId));
    const blocker = stemmenBlocker(hpIds, new Set(bestaand.map((b) => b.id)));
    if (blocker) throw new UserError(blocker, "hpIds");
    await tx.delete(hpStemmen).where(and(eq(hpStemmen.scanId, scanId), eq(hpStemmen.userId, user.id)));
    await tx.insert(hpStemmen).values(hpIds.map((hpId) => ({ scanId, hpId, userId: user.id, createdAt: now })));
    // The primary key (hp, user) already prevents two votes on one proposal; this checks the total.
    const eigen = await tx
      .select({ hpId: hpStemmen.hpId })
      .from(hpStemmen)
      .where(and(eq(hpStemmen.scanId, scanId), eq(hpStemmen.userId, user.id), inArray(hpStemmen.hpId, hpIds)));
    if (eigen.length !== STEMMEN_PER_DEELNEMER) throw new UserError("Je stemmen konden niet worden opgeslagen. Probeer het opnieuw.");
    await audit(tx, { actorId: user.id, action: "hp.vote", scanId, details: { stemmen: hpIds.length } });
  });
  revalidatePath(`/scans/${scanId}/handelingsperspectieven`);
  redirect(withMelding("handelingsperspectieven", "gestemd", `/scans/${scanId}/handelingsperspectieven`));
});
