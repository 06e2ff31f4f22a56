/**
 * "Nothing changed" for the security tests (security.md rows 1, 21): an md5 of the content
 * of every table in the public schema, one per table, so a refused UPDATE is seen as well as
 * an INSERT or DELETE. Rows are hashed as their text form, sorted, so the order the
 * database returns them in does not matter.
 *
 * The one thing a refusal may legitimately write is its own `denied` audit row; those rows
 * are left out of the audit_log hash (an `ok` audit row written by a refused call still
 * counts as a change). One statement for all tables; works on PostgreSQL and PGlite.
 */
import { sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";

export type TFingerprint = Record<string, string>;

function rowsOf(r: unknown): Record<string, unknown>[] {
  return (Array.isArray(r) ? r : (r as { rows: unknown[] }).rows) as Record<string, unknown>[];
}

export async function tableFingerprint(q: Queryable): Promise<TFingerprint> {
  const r = await q.execute(sql`
    select c.relname as t,
      (xpath('/row/h/text()', query_to_xml(
        'select md5(coalesce(string_agg(x::text, chr(10) order by x::text), '''')) as h from public.' || quote_ident(c.relname) || ' x'
          || (case when c.relname = 'audit_log' then ' where outcome <> ''denied''' else '' end),
        false, true, '')))[1]::text as h
    from pg_class c join pg_namespace ns on ns.oid = c.relnamespace
    where ns.nspname = 'public' and c.relkind = 'r'
    order by c.relname`);
  return Object.fromEntries(rowsOf(r).map((row) => [String(row.t), String(row.h)]));
}

/** The tables whose content differs between two fingerprints. */
export function changedTables(before: TFingerprint, after: TFingerprint): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => before[k] !== after[k]).sort();
}
