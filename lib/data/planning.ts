import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { scanBegeleiders, scanMembers, scans, type TRol, users, workshopBeschikbaarheid, workshopOpties } from "@/db/schema";

export type TPlanningPersoon = { userId: string; naam: string; wie: string; rol: TRol | null };
export type TPlanningOptie = { id: string; startsAt: Date; kan: number; kanNiet: number };

/**
 * Everything the planning page shows for one scan (call only after the access check): the
 * chosen workshop, the proposed moments, who was asked (members and assigned begeleiders)
 * and each person's answer per moment.
 */
export async function getPlanning(scanId: string) {
  const db = await getDb();
  const [scan] = await db
    .select({
      workshopAt: scans.workshopAt,
      workshopDuurMinuten: scans.workshopDuurMinuten,
      workshopLocatie: scans.workshopLocatie,
      deadlineAt: scans.deadlineAt,
      analysetoolStartedAt: scans.analysetoolStartedAt,
    })
    .from(scans)
    .where(eq(scans.id, scanId))
    .limit(1);
  const opties = await db
    .select({ id: workshopOpties.id, startsAt: workshopOpties.startsAt })
    .from(workshopOpties)
    .where(eq(workshopOpties.scanId, scanId))
    .orderBy(asc(workshopOpties.startsAt));

  const members = await db
    .select({ userId: users.id, naam: users.name, email: users.email, rol: scanMembers.rol, procesregisseur: scanMembers.procesregisseur })
    .from(scanMembers)
    .innerJoin(users, eq(users.id, scanMembers.userId))
    .where(and(eq(scanMembers.scanId, scanId), eq(users.active, true)))
    .orderBy(asc(users.name));
  const begeleiders = await db
    .select({ userId: users.id, naam: users.name, email: users.email })
    .from(scanBegeleiders)
    .innerJoin(users, eq(users.id, scanBegeleiders.userId))
    .where(and(eq(scanBegeleiders.scanId, scanId), eq(users.active, true)))
    .orderBy(asc(users.name));

  const personen: TPlanningPersoon[] = [
    ...members.map((m) => ({
      userId: m.userId,
      naam: m.naam ?? m.email,
      wie: m.procesregisseur ? "Procesregisseur" : "Deelnemer",
      rol: m.rol,
    })),
    ...begeleiders
      .filter((b) => !members.some((m) => m.userId === b.userId))
      .map((b) => ({ userId: b.userId, naam: b.naam ?? b.email, wie: "Begeleider", rol: null })),
  ];

  const antwoorden = opties.length
    ? await db
        .select({ optieId: workshopBeschikbaarheid.optieId, userId: workshopBeschikbaarheid.userId, kan: workshopBeschikbaarheid.kan })
        .from(workshopBeschikbaarheid)
        .where(
          inArray(
            workshopBeschikbaarheid.optieId,
            opties.map((o) => o.id),
          ),
        )
    : [];
  const gevraagd = new Set(personen.map((p) => p.userId));
  const antwoord = new Map<string, boolean>();
  for (const a of antwoorden) if (gevraagd.has(a.userId)) antwoord.set(`${a.optieId}/${a.userId}`, a.kan);

  const optiesMetTelling: TPlanningOptie[] = opties.map((o) => {
    let kan = 0;
    let kanNiet = 0;
    for (const p of personen) {
      const a = antwoord.get(`${o.id}/${p.userId}`);
      if (a === true) kan++;
      if (a === false) kanNiet++;
    }
    return { ...o, kan, kanNiet };
  });

  return {
    workshop: scan ?? null,
    opties: optiesMetTelling,
    personen,
    /** `${optieId}/${userId}` → true (kan) / false (kan niet); absent = not answered. */
    antwoord,
  };
}

export type TPlanning = Awaited<ReturnType<typeof getPlanning>>;

/** The perspective roles present among a scan's members, for the stap-2 checklist. */
export async function listRollen(scanId: string): Promise<(TRol | null)[]> {
  const db = await getDb();
  const rows = await db.select({ rol: scanMembers.rol }).from(scanMembers).where(eq(scanMembers.scanId, scanId));
  return rows.map((r) => r.rol);
}

/** What the scan overview needs for stap 2: roles present, the workshop, and what this person still has to answer. */
export async function getStap2Overzicht(scanId: string, userId: string) {
  const db = await getDb();
  const [scan] = await db
    .select({ workshopAt: scans.workshopAt, deadlineAt: scans.deadlineAt, analysetoolStartedAt: scans.analysetoolStartedAt })
    .from(scans)
    .where(eq(scans.id, scanId))
    .limit(1);
  const rollen = await listRollen(scanId);
  const opties = await db.select({ id: workshopOpties.id }).from(workshopOpties).where(eq(workshopOpties.scanId, scanId));
  const beantwoord = opties.length
    ? await db
        .select({ optieId: workshopBeschikbaarheid.optieId })
        .from(workshopBeschikbaarheid)
        .where(
          and(
            eq(workshopBeschikbaarheid.userId, userId),
            inArray(
              workshopBeschikbaarheid.optieId,
              opties.map((o) => o.id),
            ),
          ),
        )
    : [];
  return {
    workshopAt: scan?.workshopAt ?? null,
    deadlineAt: scan?.deadlineAt ?? null,
    analysetoolStartedAt: scan?.analysetoolStartedAt ?? null,
    rollen,
    opties: opties.length,
    openVoorMij: opties.length - beantwoord.length,
  };
}
