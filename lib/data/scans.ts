import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { gemeenten, scanMembers, scans } from "@/db/schema";

export type TScanListItem = {
  id: string;
  gemeenteNaam: string;
  stap: (typeof scans.$inferSelect)["stap"];
  workshopAt: Date | null;
};

const listColumns = { id: scans.id, gemeenteNaam: gemeenten.naam, stap: scans.stap, workshopAt: scans.workshopAt };

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
