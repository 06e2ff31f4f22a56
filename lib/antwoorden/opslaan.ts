import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db, Queryable } from "@/db/client";
import { antwoorden, scanMembers, scans } from "@/db/schema";
import { NotFoundError, UserError } from "@/lib/errors";
import { MELDINGEN, type TNormaalAntwoord } from "./validate";

export type TOpTeSlaan = TNormaalAntwoord & {
  /** When the deelnemer made this change; the later change wins per question. */
  gewijzigdOp: Date;
};

export type TOpslagResultaat = {
  vraagId: string;
  /** false: a later change to this question was already stored and stays. */
  toegepast: boolean;
};

/**
 * Stores answers of one deelnemer in one transaction, or refuses with a Dutch message and
 * changes nothing. The caller has authorized the user and derived `memberId` from the
 * session; this checks again, under a lock, that the member belongs to the scan, has not
 * submitted, and that the scan is in stap 3.
 *
 * Why FOR SHARE on the member row: submitting is an UPDATE of that row, so it waits for
 * saves in flight, and a save that starts after a submit sees `ingediend_at` and is refused.
 * Saves from two tabs take the shared lock together and do not wait for each other.
 *
 * Why `updated_at <= excluded.updated_at`: two tabs, or a retry arriving after a newer
 * change, must not let the older change win. Each answer carries the moment it was made.
 */
export async function slaAntwoordenOp(
  db: Db,
  input: { scanId: string; memberId: string; modelVersie: string; antwoorden: TOpTeSlaan[] },
): Promise<TOpslagResultaat[]> {
  return db.transaction(async (tx) => {
    await controleerOpen(tx, input.scanId, input.memberId);
    if (input.antwoorden.length === 0) return [];
    const applied = await tx
      .insert(antwoorden)
      .values(
        input.antwoorden.map((a) => ({
          scanId: input.scanId,
          memberId: input.memberId,
          vraagId: a.vraagId,
          modelVersie: input.modelVersie,
          niveau: a.niveau,
          geenOordeel: a.geenOordeel,
          toelichting: a.toelichting,
          tekst: a.tekst,
          updatedAt: a.gewijzigdOp,
        })),
      )
      .onConflictDoUpdate({
        target: [antwoorden.memberId, antwoorden.vraagId],
        set: {
          niveau: sql`excluded.niveau`,
          geenOordeel: sql`excluded.geen_oordeel`,
          toelichting: sql`excluded.toelichting`,
          tekst: sql`excluded.tekst`,
          modelVersie: sql`excluded.model_versie`,
          updatedAt: sql`excluded.updated_at`,
        },
        setWhere: sql`${antwoorden.updatedAt} <= excluded.updated_at`,
      })
      .returning({ vraagId: antwoorden.vraagId });
    const done = new Set(applied.map((r) => r.vraagId));
    return input.antwoorden.map((a) => ({ vraagId: a.vraagId, toegepast: done.has(a.vraagId) }));
  });
}

async function controleerOpen(tx: Queryable, scanId: string, memberId: string) {
  const [m] = await tx
    .select({ ingediendAt: scanMembers.ingediendAt, rol: scanMembers.rol, stap: scans.stap })
    .from(scanMembers)
    .innerJoin(scans, eq(scans.id, scanMembers.scanId))
    .where(and(eq(scanMembers.id, memberId), eq(scanMembers.scanId, scanId)))
    .for("share", { of: scanMembers });
  if (!m || m.rol === null) throw new NotFoundError();
  if (m.ingediendAt) throw new UserError(MELDINGEN.ingediend, "_form");
  if (m.stap !== "analysetool") throw new UserError(MELDINGEN.gesloten, "_form");
}

/** The stored answers of one member for the given questions (to hand a superseded change back). */
export async function huidigeAntwoorden(q: Queryable, scanId: string, memberId: string, vraagIds: string[]) {
  if (vraagIds.length === 0) return [];
  return q
    .select({
      vraagId: antwoorden.vraagId,
      niveau: antwoorden.niveau,
      geenOordeel: antwoorden.geenOordeel,
      toelichting: antwoorden.toelichting,
      tekst: antwoorden.tekst,
    })
    .from(antwoorden)
    .where(and(eq(antwoorden.scanId, scanId), eq(antwoorden.memberId, memberId), inArray(antwoorden.vraagId, vraagIds)));
}
