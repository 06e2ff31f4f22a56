import "server-only";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { gemeenten, scans, users } from "@/db/schema";

/**
 * Admin only (the page checks first): registrations waiting for a decision, oldest first,
 * with what the admin must weigh: other registrations of the same gemeente waiting (anyone
 * can register any gemeente) and whether the gemeente already has a running scan.
 */
export async function listOpenAanmeldingen() {
  const db = await getDb();
  return db
    .select({
      andereWachtend: sql<number>`(select count(*)::int from ${scans} as andere where andere.gemeente_id = ${scans.gemeenteId} and andere.stap = 'aangemeld' and andere.id <> ${scans.id})`,
      lopend: sql<boolean>`exists (select 1 from ${scans} as andere where andere.gemeente_id = ${scans.gemeenteId} and andere.stap not in ('aangemeld', 'afgerond', 'afgewezen'))`,
      id: scans.id,
      gemeente: gemeenten.naam,
      code: gemeenten.code,
      contactNaam: scans.contactNaam,
      contactFunctie: scans.contactFunctie,
      voorkeurPeriode: scans.voorkeurPeriode,
      createdAt: scans.createdAt,
    })
    .from(scans)
    .innerJoin(gemeenten, eq(gemeenten.id, scans.gemeenteId))
    .where(eq(scans.stap, "aangemeld"))
    .orderBy(asc(scans.createdAt));
}

/** The most recently declined registrations, for reference. */
export async function listAfgewezenAanmeldingen(limit = 20) {
  const db = await getDb();
  return db
    .select({ id: scans.id, gemeente: gemeenten.naam, code: gemeenten.code, afwijsReden: scans.afwijsReden, updatedAt: scans.updatedAt })
    .from(scans)
    .innerJoin(gemeenten, eq(gemeenten.id, scans.gemeenteId))
    .where(eq(scans.stap, "afgewezen"))
    .orderBy(desc(scans.updatedAt))
    .limit(limit);
}

export async function getAanmelding(scanId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(scanId)) return null;
  const db = await getDb();
  const [row] = await db
    .select({
      id: scans.id,
      stap: scans.stap,
      gemeente: gemeenten.naam,
      code: gemeenten.code,
      provincie: gemeenten.provincie,
      contactNaam: scans.contactNaam,
      contactFunctie: scans.contactFunctie,
      contactEmail: scans.contactEmail,
      contactTelefoon: scans.contactTelefoon,
      voorkeurPeriode: scans.voorkeurPeriode,
      opmerkingen: scans.opmerkingen,
      afwijsReden: scans.afwijsReden,
      createdAt: scans.createdAt,
    })
    .from(scans)
    .innerJoin(gemeenten, eq(gemeenten.id, scans.gemeenteId))
    .where(eq(scans.id, scanId))
    .limit(1);
  return row ?? null;
}

/** Begeleiders an admin can assign: active accounts with the begeleider role. */
export async function listActieveBegeleiders() {
  const db = await getDb();
  return db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(and(eq(users.role, "begeleider"), eq(users.active, true)))
    .orderBy(asc(users.name));
}
