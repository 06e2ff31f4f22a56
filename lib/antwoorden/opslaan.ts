import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db, Queryable } from "@/db/client";
import { antwoorden, scanMembers, scans } from "@/db/schema";
import { ANTWOORD_INHOUD } from "@/lib/data/ingediende-antwoorden";
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
 * Stores answers of one deelnemer, or refuses with a Dutch message and changes nothing. The
 * caller has authorized the user and derived `memberId` from the session; this checks again,
 * in the same statement, that the member belongs to the scan, has a role, has not submitted,
 * and that the scan is in stap 3.
 *
 * One statement, so one round trip and its own transaction (autosave runs for every click):
 * - the CTE takes FOR SHARE on the member row. Submitting is an UPDATE of that row, so it
 *   waits for saves in flight; a save that has to wait for a submit re-reads the row after
 *   it (READ COMMITTED re-checks a locked row's conditions), sees `ingediend_at`, and writes
 *   nothing. Saves from two tabs share the lock and do not wait for each other.
 * - `updated_at <= excluded.updated_at`: two tabs, or a retry arriving after a newer change,
 *   must not let the older change win. Each answer carries the moment it was made.
 * Only when nothing was written does a second query find out why (refused, or superseded).
 */
export async function slaAntwoordenOp(
  db: Db,
  input: { scanId: string; memberId: string; modelVersie: string; antwoorden: TOpTeSlaan[] },
): Promise<TOpslagResultaat[]> {
  if (input.antwoorden.length === 0) {
    await controleerOpen(db, input.scanId, input.memberId);
    return [];
  }
  const rijen = sql.join(
    input.antwoorden.map(
      (a) =>
        sql`(${a.vraagId}::text, ${a.niveau}::integer, ${a.geenOordeel}::text, ${a.toelichting}::text, ${a.tekst}::text, ${a.gewijzigdOp.toISOString()}::timestamptz)`,
    ),
    sql`, `,
  );
  const applied = await db.execute<{ vraag_id: string }>(sql`
    with lid as (
      select m.id from ${scanMembers} m join ${scans} s on s.id = m.scan_id
      where m.id = ${input.memberId} and m.scan_id = ${input.scanId} and m.rol is not null
        and m.ingediend_at is null and s.stap = 'analysetool'
      for share of m
    )
    insert into ${antwoorden} (scan_id, member_id, vraag_id, model_versie, niveau, geen_oordeel, toelichting, tekst, updated_at)
    select ${input.scanId}::uuid, lid.id, v.vraag_id, ${input.modelVersie}, v.niveau, v.geen_oordeel, v.toelichting, v.tekst, v.updated_at
    from lid cross join (values ${rijen}) as v(vraag_id, niveau, geen_oordeel, toelichting, tekst, updated_at)
    on conflict (member_id, vraag_id) do update set
      niveau = excluded.niveau, geen_oordeel = excluded.geen_oordeel, toelichting = excluded.toelichting,
      tekst = excluded.tekst, model_versie = excluded.model_versie, updated_at = excluded.updated_at
      where ${antwoorden}.updated_at <= excluded.updated_at
    returning vraag_id`);
  const done = new Set(rowsOf<{ vraag_id: string }>(applied).map((r) => r.vraag_id));
  // Nothing written: a refusal (then controleerOpen throws) or every answer was superseded.
  if (done.size === 0) await controleerOpen(db, input.scanId, input.memberId);
  return input.antwoorden.map((a) => ({ vraagId: a.vraagId, toegepast: done.has(a.vraagId) }));
}

/** postgres.js returns the rows as an array, PGlite as `{ rows }`. */
function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : ((result as { rows?: T[] }).rows ?? [])) as T[];
}

async function controleerOpen(q: Queryable, scanId: string, memberId: string) {
  const [m] = await q
    .select({ ingediendAt: scanMembers.ingediendAt, rol: scanMembers.rol, stap: scans.stap })
    .from(scanMembers)
    .innerJoin(scans, eq(scans.id, scanMembers.scanId))
    .where(and(eq(scanMembers.id, memberId), eq(scanMembers.scanId, scanId)));
  if (!m || m.rol === null) throw new NotFoundError();
  if (m.ingediendAt) throw new UserError(MELDINGEN.ingediend, "_form");
  if (m.stap !== "analysetool") throw new UserError(MELDINGEN.gesloten, "_form");
}

/** The stored answers of one member for the given questions (to hand a superseded change back). */
export async function huidigeAntwoorden(q: Queryable, scanId: string, memberId: string, vraagIds: string[]) {
  if (vraagIds.length === 0) return [];
  return q
    .select(ANTWOORD_INHOUD)
    .from(antwoorden)
    .where(and(eq(antwoorden.scanId, scanId), eq(antwoorden.memberId, memberId), inArray(antwoorden.vraagId, vraagIds)));
}
