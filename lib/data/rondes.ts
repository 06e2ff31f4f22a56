import "server-only";
import { and, asc, count, desc, eq, inArray } from "drizzle-orm";
import { getDb, type Queryable } from "@/db/client";
import { rondeStemmen, scanMembers, workshopRondes } from "@/db/schema";
import { rondeUitslag, type TRondeUitslag } from "@/lib/workshop/ronde";

export type TRonde = {
  id: string;
  dimensieId: string;
  nummer: number;
  status: "open" | "gesloten";
  onthuld: boolean;
  /** Counts only, never who: the room's answers so far. */
  uitslag: TRondeUitslag;
};

/**
 * What every screen of the workshop shows of the rounds: the round that is open (or else the
 * latest one), how many members answered out of how many, and the counts. Call only after the
 * scan's access check; nothing in here names a member.
 */
export type TRondeStand = { ronde: TRonde | null; leden: number };

async function metUitslag(r: typeof workshopRondes.$inferSelect): Promise<TRonde> {
  const db = await getDb();
  const stemmen = await db.select({ niveau: rondeStemmen.niveau, weetNiet: rondeStemmen.weetNiet }).from(rondeStemmen).where(eq(rondeStemmen.rondeId, r.id));
  return {
    id: r.id,
    dimensieId: r.dimensieId,
    nummer: r.nummer,
    status: r.status,
    onthuld: r.onthuldAt !== null,
    uitslag: rondeUitslag(stemmen.map((s) => ({ niveau: s.niveau === null ? null : Number(s.niveau), weetNiet: s.weetNiet }))),
  };
}

export async function loadRondeStand(scanId: string): Promise<TRondeStand> {
  const db = await getDb();
  const [[laatste], [leden]] = await Promise.all([
    db
      .select()
      .from(workshopRondes)
      .where(eq(workshopRondes.scanId, scanId))
      .orderBy(desc(eq(workshopRondes.status, "open")), desc(workshopRondes.createdAt))
      .limit(1),
    db
      .select({ n: count() })
      .from(scanMembers)
      // Everyone who may answer: the procesregisseur too, also without a perspective role.
      .where(eq(scanMembers.scanId, scanId)),
  ]);
  return { ronde: laatste ? await metUitslag(laatste) : null, leden: Number(leden?.n ?? 0) };
}

/** Every round on one dimension, first to last, for the Delphi view. */
export async function listRondes(scanId: string, dimensieId: string): Promise<TRonde[]> {
  const db = await getDb();
  const rows = await db
    .select()
    .from(workshopRondes)
    .where(and(eq(workshopRondes.scanId, scanId), eq(workshopRondes.dimensieId, dimensieId)))
    .orderBy(asc(workshopRondes.nummer));
  return Promise.all(rows.map(metUitslag));
}

/** The member's own answer in a round, to show it back on their phone. */
export async function mijnStem(rondeId: string, memberId: string) {
  const db = await getDb();
  const [s] = await db
    .select({ niveau: rondeStemmen.niveau, weetNiet: rondeStemmen.weetNiet, toelichting: rondeStemmen.toelichting })
    .from(rondeStemmen)
    .where(and(eq(rondeStemmen.rondeId, rondeId), eq(rondeStemmen.memberId, memberId)));
  return s ? { antwoord: s.weetNiet ? "weet_niet" : String(Number(s.niveau)), toelichting: s.toelichting } : null;
}

/** The closed rounds of a scan with their counts, through the caller's transaction (the report loader). */
export async function gesloteRondes(q: Queryable, scanId: string) {
  const rondes = await q
    .select()
    .from(workshopRondes)
    .where(and(eq(workshopRondes.scanId, scanId), eq(workshopRondes.status, "gesloten")))
    .orderBy(asc(workshopRondes.dimensieId), asc(workshopRondes.nummer));
  if (rondes.length === 0) return [];
  const stemmen = await q
    .select({ rondeId: rondeStemmen.rondeId, niveau: rondeStemmen.niveau, weetNiet: rondeStemmen.weetNiet })
    .from(rondeStemmen)
    .where(
      inArray(
        rondeStemmen.rondeId,
        rondes.map((r) => r.id),
      ),
    );
  return rondes.map((r) => ({
    dimensieId: r.dimensieId,
    nummer: r.nummer,
    uitslag: rondeUitslag(
      stemmen.filter((s) => s.rondeId === r.id).map((s) => ({ niveau: s.niveau === null ? null : Number(s.niveau), weetNiet: s.weetNiet })),
    ),
  }));
}
