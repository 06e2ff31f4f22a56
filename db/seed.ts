import { inArray } from "drizzle-orm";
import { amsterdamDay, fromAmsterdamLocal } from "../lib/dates";
import type { Db } from "./client";
import { gemeenten, scanBegeleiders, scanMembers, scans, type TRol, type TScanState, users } from "./schema";
import { seedDemoAnswers } from "./seed-answers";
import { DEMO_HERHAALMETING, seedDemoHerhaalmeting } from "./seed-herhaalmeting";

const DAY = 24 * 60 * 60 * 1000;

/** Demo accounts, also listed in the README. `.example` addresses can never receive real mail. */
export const DEMO = {
  admin: { email: "beheerder@dvs.example", name: "Bea Beheer" },
  begeleiders: [
    { email: "anna.vandijk@begeleiding.example", name: "Anna van Dijk" },
    { email: "bram.devries@begeleiding.example", name: "Bram de Vries" },
  ],
} as const;

type DemoMember = { email: string; name: string; functie: string; rol: TRol | null; procesregisseur?: boolean };
type DemoScan = {
  id: string;
  gemeenteCode: string;
  stap: TScanState;
  workshopInDays: number | null;
  begeleiders: number[];
  members: DemoMember[];
};

export const DEMO_SCANS: DemoScan[] = [
  {
    id: "5ca70000-0000-4000-8000-000000000001",
    gemeenteCode: "GM0344", // Utrecht
    stap: "voorbereiding",
    workshopInDays: null,
    begeleiders: [0],
    members: [
      {
        email: "procesregisseur@utrecht.example",
        name: "Priya Procesregisseur",
        functie: "Programmamanager ondermijning",
        rol: null,
        procesregisseur: true,
      },
      { email: "o.ondermijning@utrecht.example", name: "Olaf Ondermijning", functie: "Adviseur ondermijning", rol: "ondermijning" },
      { email: "p.privacy@utrecht.example", name: "Petra Privacy", functie: "Privacy officer", rol: "privacy" },
    ],
  },
  {
    id: "5ca70000-0000-4000-8000-000000000002",
    gemeenteCode: "GM0855", // Tilburg
    stap: "analysetool",
    workshopInDays: 16,
    begeleiders: [0, 1],
    members: [
      { email: "procesregisseur@tilburg.example", name: "Tom Regisseur", functie: "Coördinator OOV", rol: "overig", procesregisseur: true },
      {
        email: "deelnemer.ondermijning@tilburg.example",
        name: "Dewi Ondermijning",
        functie: "Coördinator ondermijning",
        rol: "ondermijning",
      },
      { email: "deelnemer.privacy@tilburg.example", name: "Pim Privacy", functie: "Functionaris gegevensbescherming", rol: "privacy" },
      { email: "deelnemer.ict@tilburg.example", name: "Ilse ICT", functie: "Informatiemanager", rol: "ict" },
      { email: "deelnemer.data@tilburg.example", name: "Daan Data", functie: "Data-analist", rol: "data_analyse" },
    ],
  },
  {
    id: "5ca70000-0000-4000-8000-000000000003",
    gemeenteCode: "GM0758", // Breda
    stap: "workshop",
    // Held yesterday: the begeleider records the agreed levels and closes the workshop.
    workshopInDays: -1,
    begeleiders: [1],
    members: [
      { email: "procesregisseur@breda.example", name: "Bas Regisseur", functie: "Teamleider veiligheid", rol: null, procesregisseur: true },
      { email: "deelnemer.ondermijning@breda.example", name: "Bo Ondermijning", functie: "Bibob-adviseur", rol: "ondermijning" },
      { email: "deelnemer.privacy@breda.example", name: "Fenna Privacy", functie: "Jurist gegevensbescherming", rol: "privacy" },
      { email: "deelnemer.ict@breda.example", name: "Karim ICT", functie: "CISO", rol: "ict" },
    ],
  },
  {
    id: "5ca70000-0000-4000-8000-000000000004",
    gemeenteCode: "GM0772", // Eindhoven
    stap: "workshop",
    workshopInDays: -2,
    begeleiders: [0],
    members: [
      {
        email: "procesregisseur@eindhoven.example",
        name: "Eva Regisseur",
        functie: "Programmaleider veiligheid",
        rol: null,
        procesregisseur: true,
      },
      {
        email: "deelnemer.ondermijning@eindhoven.example",
        name: "Emre Ondermijning",
        functie: "Adviseur ondermijning",
        rol: "ondermijning",
      },
      { email: "deelnemer.privacy@eindhoven.example", name: "Lotte Privacy", functie: "Privacy officer", rol: "privacy" },
      { email: "deelnemer.ict@eindhoven.example", name: "Sven ICT", functie: "Informatiearchitect", rol: "ict" },
      { email: "deelnemer.data@eindhoven.example", name: "Noor Data", functie: "Data-analist", rol: "data_analyse" },
    ],
  },
];

async function upsertUser(db: Db, u: { email: string; name: string; role?: "admin" | "begeleider" | null }, now: Date) {
  const [row] = await db
    .insert(users)
    .values({ email: u.email, name: u.name, role: u.role ?? null, createdAt: now })
    .onConflictDoUpdate({ target: users.email, set: { name: u.name, role: u.role ?? null, active: true } })
    .returning({ id: users.id });
  return row!.id;
}

/** Idempotent: running it twice leaves the same demo data (dates are set only on first insert). */
export async function seedDemo(db: Db, now = new Date()) {
  await upsertUser(db, { ...DEMO.admin, role: "admin" }, now);
  const begeleiderIds = [];
  for (const b of DEMO.begeleiders) begeleiderIds.push(await upsertUser(db, { ...b, role: "begeleider" }, now));

  const codes = DEMO_SCANS.map((s) => s.gemeenteCode);
  const gemeenteRows = await db.select({ id: gemeenten.id, code: gemeenten.code }).from(gemeenten).where(inArray(gemeenten.code, codes));
  const gemeenteId = new Map(gemeenteRows.map((g) => [g.code, g.id]));

  let userCount = 1 + begeleiderIds.length;
  for (const demo of DEMO_SCANS) {
    const gid = gemeenteId.get(demo.gemeenteCode);
    if (!gid) throw new Error(`Gemeente ${demo.gemeenteCode} ontbreekt in de referentiedata.`);
    const contact = demo.members.find((m) => m.procesregisseur)!;
    const workshopAt = demo.workshopInDays === null ? null : atHalfTwo(new Date(now.getTime() + demo.workshopInDays * DAY));
    await db
      .insert(scans)
      .values({
        id: demo.id,
        gemeenteId: gid,
        stap: demo.stap,
        contactNaam: contact.name,
        contactFunctie: contact.functie,
        contactEmail: contact.email,
        voorkeurPeriode: "Liefst in de komende twee maanden",
        workshopAt,
        workshopDuurMinuten: workshopAt ? 180 : null,
        workshopLocatie: workshopAt ? "Stadskantoor, zaal 3.12" : null,
        // The schedule of architecture §3: open at W − 21, closed after the deadline W − 7.
        analysetoolStartedAt: workshopAt && ["analysetool", "workshop"].includes(demo.stap) ? new Date(workshopAt.getTime() - 21 * DAY) : null,
        analysetoolClosedAt: workshopAt && demo.stap === "workshop" ? new Date(workshopAt.getTime() - 6 * DAY) : null,
        createdAt: new Date(now.getTime() - 30 * DAY),
        updatedAt: now,
      })
      .onConflictDoNothing({ target: scans.id });
    for (const i of demo.begeleiders) {
      await db.insert(scanBegeleiders).values({ scanId: demo.id, userId: begeleiderIds[i]!, createdAt: now }).onConflictDoNothing();
    }
    for (const [i, m] of demo.members.entries()) {
      const userId = await upsertUser(db, { email: m.email, name: m.name }, now);
      userCount++;
      await db
        .insert(scanMembers)
        .values({
          scanId: demo.id,
          userId,
          procesregisseur: m.procesregisseur ?? false,
          rol: m.rol,
          functie: m.functie,
          // A minute apart, so lists keep the order in which they were added.
          createdAt: new Date((workshopAt ? Math.min(now.getTime() - 10 * DAY, workshopAt.getTime() - 25 * DAY) : now.getTime() - 10 * DAY) + i * 60_000),
          updatedAt: now,
        })
        .onConflictDoNothing();
    }
  }
  await seedDemoHerhaalmeting(db, begeleiderIds[0]!, now);
  userCount += DEMO_HERHAALMETING.members.length;
  const scanCount = (
    await db
      .select({ id: scans.id })
      .from(scans)
      .where(inArray(scans.id, [...DEMO_SCANS.map((s) => s.id), DEMO_HERHAALMETING.vorigeId, DEMO_HERHAALMETING.nieuwId]))
  ).length;
  await seedDemoAnswers(db, now);
  return { users: userCount, scans: scanCount };
}

/** 13:30 Amsterdam time on the given day. */
function atHalfTwo(d: Date): Date {
  return fromAmsterdamLocal(`${amsterdamDay(d)}T13:30`)!;
}
