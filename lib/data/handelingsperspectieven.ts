import "server-only";
import { and, asc, count, countDistinct, desc, eq, isNotNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { handelingsperspectieven, hpStemmen, scanMembers, scans, users } from "@/db/schema";

/** What the report needs of a handelingsperspectief; the top-3 details are absent in older data. */
export type THpInhoud = {
  titel: string;
  omschrijving: string;
  dimensieId: string;
  rang: number | null;
  eigenaar: string | null;
  termijn: Date | null;
  eersteStap: string | null;
  doelNiveau?: number | null;
  partners?: string | null;
  middelen?: string | null;
  indicator?: string | null;
  stemmen: number;
};

export type THandelingsperspectief = Required<THpInhoud> & { id: string; voorgesteldDoor: string | null };

/** The columns every read of a handelingsperspectief shows: the longlist, the top 3 and the report. */
export const HP_VELDEN = {
  titel: handelingsperspectieven.titel,
  omschrijving: handelingsperspectieven.omschrijving,
  dimensieId: handelingsperspectieven.dimensieId,
  rang: handelingsperspectieven.rang,
  eigenaar: handelingsperspectieven.eigenaar,
  termijn: handelingsperspectieven.termijn,
  eersteStap: handelingsperspectieven.eersteStap,
  doelNiveau: handelingsperspectieven.doelNiveau,
  partners: handelingsperspectieven.partners,
  middelen: handelingsperspectieven.middelen,
  indicator: handelingsperspectieven.indicator,
};

/** The longlist, most votes first (then oldest first), with who proposed each. */
export async function listHandelingsperspectieven(scanId: string): Promise<THandelingsperspectief[]> {
  const db = await getDb();
  const rows = await db
    .select({
      id: handelingsperspectieven.id,
      ...HP_VELDEN,
      stemmen: count(hpStemmen.userId),
      voorgesteldDoor: users.name,
    })
    .from(handelingsperspectieven)
    .innerJoin(users, eq(users.id, handelingsperspectieven.proposedBy))
    .leftJoin(hpStemmen, eq(hpStemmen.hpId, handelingsperspectieven.id))
    .where(eq(handelingsperspectieven.scanId, scanId))
    .groupBy(handelingsperspectieven.id, users.name)
    .orderBy(desc(sql`count(${hpStemmen.userId})`), asc(handelingsperspectieven.createdAt), asc(handelingsperspectieven.id));
  return rows.map((r) => ({ ...r, stemmen: Number(r.stemmen) }));
}

export async function listEigenStemmen(scanId: string, userId: string): Promise<string[]> {
  const db = await getDb();
  const rows = await db
    .select({ hpId: hpStemmen.hpId })
    .from(hpStemmen)
    .where(and(eq(hpStemmen.scanId, scanId), eq(hpStemmen.userId, userId)));
  return rows.map((r) => r.hpId);
}

/** How many of the gemeente's people have voted, out of how many members. */
export async function stemVoortgang(scanId: string): Promise<{ gestemd: number; leden: number }> {
  const db = await getDb();
  const [g] = await db
    .select({ n: countDistinct(hpStemmen.userId) })
    .from(hpStemmen)
    .where(eq(hpStemmen.scanId, scanId));
  const [l] = await db.select({ n: count() }).from(scanMembers).where(eq(scanMembers.scanId, scanId));
  return { gestemd: Number(g?.n ?? 0), leden: Number(l?.n ?? 0) };
}

/** The gemeente's action list once fixed: ranks 1–3 in order. */
export async function listTop3(scanId: string) {
  const db = await getDb();
  return db
    .select(HP_VELDEN)
    .from(handelingsperspectieven)
    .where(and(eq(handelingsperspectieven.scanId, scanId), isNotNull(handelingsperspectieven.rang)))
    .orderBy(asc(handelingsperspectieven.rang));
}

/** When the top 3 was fixed (stap 6's second phase, lib/scan/stap6.ts), or null. */
export async function top3VastgesteldOp(scanId: string): Promise<Date | null> {
  const db = await getDb();
  const [row] = await db.select({ at: scans.top3VastgesteldAt }).from(scans).where(eq(scans.id, scanId));
  return row?.at ?? null;
}
