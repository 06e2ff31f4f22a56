import { asc } from "drizzle-orm";
import type { Db } from "@/db/client";
import { gemeenten, ROLLEN, scanMembers, scans, type TScanState, users } from "@/db/schema";

/**
 * Many scans at once, for concurrency tests and benchmarks: one scan per gemeente (up to
 * all 342), each with `deelnemersPerScan` deelnemers spread over the perspective roles.
 */
export async function createBulkScans(
  db: Db,
  opts: {
    scans: number;
    deelnemersPerScan: number;
    stap: TScanState;
    workshopAt: Date;
    startedAt: Date;
    emailPrefix?: string;
    offset?: number;
  },
) {
  const prefix = opts.emailPrefix ?? "bulk";
  const gs = await db
    .select({ id: gemeenten.id, naam: gemeenten.naam })
    .from(gemeenten)
    .orderBy(asc(gemeenten.code))
    .offset(opts.offset ?? 0)
    .limit(opts.scans);
  const scanRows = await db
    .insert(scans)
    .values(
      gs.map((g) => ({
        gemeenteId: g.id,
        stap: opts.stap,
        contactNaam: "Contact",
        contactFunctie: "Procesregisseur",
        contactEmail: `${prefix}.contact@${g.id.slice(0, 8)}.example`,
        workshopAt: opts.workshopAt,
        analysetoolStartedAt: opts.startedAt,
        createdAt: new Date(opts.startedAt.getTime() - 14 * 86_400_000),
        updatedAt: opts.startedAt,
      })),
    )
    .returning({ id: scans.id });
  const people = scanRows.flatMap((s, i) =>
    Array.from({ length: opts.deelnemersPerScan }, (_, j) => ({ scanId: s.id, email: `${prefix}.${i}.${j}@gemeente${i}.example`, j })),
  );
  const userIds: string[] = [];
  for (let i = 0; i < people.length; i += 500) {
    const rows = await db
      .insert(users)
      .values(people.slice(i, i + 500).map((p) => ({ email: p.email, name: `Deelnemer ${p.j + 1}`, createdAt: opts.startedAt })))
      .returning({ id: users.id });
    userIds.push(...rows.map((r) => r.id));
  }
  const memberRows = people.map((p, k) => ({
    scanId: p.scanId,
    userId: userIds[k]!,
    rol: ROLLEN[p.j % ROLLEN.length]!,
    procesregisseur: p.j === 0,
    createdAt: new Date(opts.startedAt.getTime() - 86_400_000),
    updatedAt: opts.startedAt,
  }));
  const members: { id: string; scanId: string }[] = [];
  for (let i = 0; i < memberRows.length; i += 500) {
    members.push(
      ...(await db
        .insert(scanMembers)
        .values(memberRows.slice(i, i + 500))
        .returning({ id: scanMembers.id, scanId: scanMembers.scanId })),
    );
  }
  return { scanIds: scanRows.map((s) => s.id), members, emails: people.map((p) => p.email) };
}
