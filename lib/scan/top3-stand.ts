import { and, asc, desc, inArray, isNotNull } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { handelingsperspectieven, hpVoortgang, type TOpvolgStatus } from "@/db/schema";

export type TTop3Stand = {
  id: string;
  scanId: string;
  rang: number;
  titel: string;
  dimensieId: string;
  termijn: Date | null;
  keeperMemberId: string | null;
  /** The latest update's status, or "niet gestart" when there is none. */
  status: TOpvolgStatus;
  laatsteUpdate: Date | null;
};

/**
 * The top 3 of these scans with where each item stands now, in two queries for all scans:
 * for the dashboard's follow-up view and the check-in sweep alike.
 */
export async function top3Standen(q: Queryable, scanIds: string[]): Promise<TTop3Stand[]> {
  if (scanIds.length === 0) return [];
  const [items, updates] = await Promise.all([
    q
      .select({
        id: handelingsperspectieven.id,
        scanId: handelingsperspectieven.scanId,
        rang: handelingsperspectieven.rang,
        titel: handelingsperspectieven.titel,
        dimensieId: handelingsperspectieven.dimensieId,
        termijn: handelingsperspectieven.termijn,
        keeperMemberId: handelingsperspectieven.eigenaarMemberId,
      })
      .from(handelingsperspectieven)
      .where(and(inArray(handelingsperspectieven.scanId, scanIds), isNotNull(handelingsperspectieven.rang)))
      .orderBy(asc(handelingsperspectieven.rang)),
    q
      .select({ hpId: hpVoortgang.hpId, status: hpVoortgang.status, at: hpVoortgang.createdAt })
      .from(hpVoortgang)
      .where(inArray(hpVoortgang.scanId, scanIds))
      .orderBy(desc(hpVoortgang.createdAt), desc(hpVoortgang.id)),
  ]);
  const laatste = new Map<string, { status: TOpvolgStatus; at: Date }>();
  for (const u of updates) if (!laatste.has(u.hpId)) laatste.set(u.hpId, u);
  return items.map((i) => ({ ...i, rang: i.rang!, status: laatste.get(i.id)?.status ?? "niet_gestart", laatsteUpdate: laatste.get(i.id)?.at ?? null }));
}
