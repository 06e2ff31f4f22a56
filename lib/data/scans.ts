import "server-only";
import { and, asc, desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { gemeenten, scanBegeleiders, scanMembers, scans } from "@/db/schema";
import type { TCurrentUser } from "@/lib/auth/session";

export type TScanListItem = {
  id: string;
  gemeenteNaam: string;
  stap: (typeof scans.$inferSelect)["stap"];
  workshopAt: Date | null;
};

const listColumns = { id: scans.id, gemeenteNaam: gemeenten.naam, stap: scans.stap, workshopAt: scans.workshopAt };

/** Admins see every scan; a begeleider only the scans assigned to them. */
export async function listScansForStaff(user: TCurrentUser): Promise<TScanListItem[]> {
  const db = await getDb();
  if (user.role === "admin") {
    return db.select(listColumns).from(scans).innerJoin(gemeenten, eq(gemeenten.id, scans.gemeenteId)).orderBy(asc(gemeenten.naam));
  }
  if (user.role !== "begeleider") return [];
  return db
    .select(listColumns)
    .from(scans)
    .innerJoin(gemeenten, eq(gemeenten.id, scans.gemeenteId))
    .innerJoin(scanBegeleiders, and(eq(scanBegeleiders.scanId, scans.id), eq(scanBegeleiders.userId, user.id)))
    .orderBy(asc(gemeenten.naam));
}

/** The scans a person takes part in as procesregisseur or deelnemer, newest first. */
export async function listScansForMember(userId: string): Promise<TScanListItem[]> {
  const db = await getDb();
  return db
    .select(listColumns)
    .from(scans)
    .innerJoin(gemeenten, eq(gemeenten.id, scans.gemeenteId))
    .innerJoin(scanMembers, and(eq(scanMembers.scanId, scans.id), eq(scanMembers.userId, userId)))
    .orderBy(desc(scans.createdAt));
}
