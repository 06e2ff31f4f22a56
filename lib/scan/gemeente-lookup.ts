import { and, eq, ne, notInArray, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { gemeenten, scans } from "@/db/schema";
import { naamSleutel, parseGemeenteInvoer } from "./gemeente-invoer";

/** The active gemeente the form input names (by code, else by exact name), or null. */
export async function findActieveGemeente(q: Queryable, input: string) {
  const invoer = parseGemeenteInvoer(input);
  if (!invoer) return null;
  const where = "code" in invoer ? eq(gemeenten.code, invoer.code) : sql`lower(${gemeenten.naam}) = ${naamSleutel(invoer.naam)}`;
  const rows = await q
    .select({ id: gemeenten.id, code: gemeenten.code, naam: gemeenten.naam })
    .from(gemeenten)
    .where(and(where, eq(gemeenten.actief, true)))
    .limit(2);
  return rows.length === 1 ? rows[0]! : null;
}

/**
 * An accepted scan of this gemeente that is still running (the database allows only one).
 * Registrations waiting for the admin are not scans yet: there may be several.
 */
export async function lopendeScan(q: Queryable, gemeenteId: string, behalve?: string) {
  const [row] = await q
    .select({ id: scans.id, stap: scans.stap })
    .from(scans)
    .where(and(eq(scans.gemeenteId, gemeenteId), notInArray(scans.stap, ["aangemeld", "afgerond", "afgewezen"]), behalve ? ne(scans.id, behalve) : undefined))
    .limit(1);
  return row ?? null;
}

/** A registration of this gemeente by this contact that still waits: sending the form twice makes one. */
export async function wachtendeAanmelding(q: Queryable, gemeenteId: string, contactEmail: string) {
  const [row] = await q
    .select({ id: scans.id })
    .from(scans)
    .where(and(eq(scans.gemeenteId, gemeenteId), eq(scans.stap, "aangemeld"), eq(scans.contactEmail, contactEmail)))
    .limit(1);
  return row ?? null;
}
