import "server-only";
import { and, asc, eq, isNotNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { scanMembers, scans, type TRol, users } from "@/db/schema";

export type TVorigeDeelnemer = { memberId: string; naam: string; rol: TRol; functie: string | null; doetAlMee: boolean };

/** For a herhaalmeting (call only after the access check): the deelnemers of the previous scan, or null when there is none. */
export async function listVorigeDeelnemers(scanId: string): Promise<{ afgerondAt: Date | null; deelnemers: TVorigeDeelnemer[] } | null> {
  const db = await getDb();
  const [scan] = await db.select({ vorige: scans.vorigeScanId }).from(scans).where(eq(scans.id, scanId));
  if (!scan?.vorige) return null;
  const [vorige] = await db.select({ afgerondAt: scans.afgerondAt }).from(scans).where(eq(scans.id, scan.vorige));
  const [rows, nu] = await Promise.all([
    db
      .select({
        memberId: scanMembers.id,
        userId: scanMembers.userId,
        naam: users.name,
        email: users.email,
        rol: scanMembers.rol,
        functie: scanMembers.functie,
      })
      .from(scanMembers)
      .innerJoin(users, eq(users.id, scanMembers.userId))
      .where(and(eq(scanMembers.scanId, scan.vorige), isNotNull(scanMembers.rol), eq(users.active, true)))
      .orderBy(asc(users.name)),
    db.select({ userId: scanMembers.userId }).from(scanMembers).where(eq(scanMembers.scanId, scanId)),
  ]);
  const al = new Set(nu.map((m) => m.userId));
  return {
    afgerondAt: vorige?.afgerondAt ?? null,
    deelnemers: rows.map((r) => ({ memberId: r.memberId, naam: r.naam ?? r.email, rol: r.rol!, functie: r.functie, doetAlMee: al.has(r.userId) })),
  };
}

/** For a finished scan: when its report was fixed, and the herhaalmeting that follows it, if any. */
export async function herhaalmetingVan(scanId: string) {
  const db = await getDb();
  const [scan] = await db.select({ afgerondAt: scans.afgerondAt }).from(scans).where(eq(scans.id, scanId));
  const [volgende] = await db.select({ id: scans.id, stap: scans.stap }).from(scans).where(eq(scans.vorigeScanId, scanId)).limit(1);
  return { afgerondAt: scan?.afgerondAt ?? null, volgende: volgende ?? null };
}
