import "server-only";
import { and, asc, desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { scanMembers, type TRol, users } from "@/db/schema";

export type TMemberRow = {
  id: string;
  userId: string;
  naam: string | null;
  email: string;
  functie: string | null;
  rol: TRol | null;
  procesregisseur: boolean;
};

const columns = {
  id: scanMembers.id,
  userId: scanMembers.userId,
  naam: users.name,
  email: users.email,
  functie: scanMembers.functie,
  rol: scanMembers.rol,
  procesregisseur: scanMembers.procesregisseur,
};

/** The members of one scan (call only after the access check): procesregisseur first, then by name. */
export async function listMembers(scanId: string): Promise<TMemberRow[]> {
  const db = await getDb();
  return db
    .select(columns)
    .from(scanMembers)
    .innerJoin(users, eq(users.id, scanMembers.userId))
    .where(eq(scanMembers.scanId, scanId))
    .orderBy(desc(scanMembers.procesregisseur), asc(users.name));
}

/** One member, only when it belongs to this scan. */
export async function getMember(scanId: string, memberId: string | undefined): Promise<TMemberRow | null> {
  if (!memberId || !/^[0-9a-f-]{36}$/i.test(memberId)) return null;
  const db = await getDb();
  const [row] = await db
    .select(columns)
    .from(scanMembers)
    .innerJoin(users, eq(users.id, scanMembers.userId))
    .where(and(eq(scanMembers.scanId, scanId), eq(scanMembers.id, memberId)))
    .limit(1);
  return row ?? null;
}
