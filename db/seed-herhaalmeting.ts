import { and, eq } from "drizzle-orm";
import { getModel } from "../lib/analysetool";
import type { Db } from "./client";
import {
  gemeenten,
  handelingsperspectieven,
  hpVoortgang,
  scanBegeleiders,
  scanMembers,
  scans,
  type TOpvolgStatus,
  type TRol,
  users,
  workshopResultaten,
} from "./schema";

const DAY = 24 * 60 * 60 * 1000;

/**
 * Deventer: a scan finished 13 months ago, its top 3 worked on since, and the herhaalmeting in
 * stap 4 with every tool submitted, so a newcomer sees the comparison right after
 * `npm run dev` (issue 16). The same people take part twice; the answers are seeded with the
 * others (db/seed-answers.ts), a level lower the first time.
 */
export const DEMO_HERHAALMETING = {
  gemeenteCode: "GM0150",
  vorigeId: "5ca70000-0000-4000-8000-000000000005",
  nieuwId: "5ca70000-0000-4000-8000-000000000006",
  members: [
    { email: "procesregisseur@deventer.example", name: "Zoë Regisseur", functie: "Programmamanager veiligheid", rol: null, procesregisseur: true },
    { email: "deelnemer.ondermijning@deventer.example", name: "Wessel Ondermijning", functie: "Adviseur ondermijning", rol: "ondermijning" },
    { email: "deelnemer.privacy@deventer.example", name: "Yara Privacy", functie: "Privacy officer", rol: "privacy" },
    { email: "deelnemer.ict@deventer.example", name: "Gijs ICT", functie: "Informatiemanager", rol: "ict" },
    { email: "deelnemer.data@deventer.example", name: "Hanna Data", functie: "Data-analist", rol: "data_analyse" },
  ] as { email: string; name: string; functie: string; rol: TRol | null; procesregisseur?: boolean }[],
} as const;

/** Days before the seed's `now`: the first scan's workshop, its definitief, and the herhaalmeting's workshop. */
const VORIGE_WORKSHOP = 420;
const VORIGE_AFGEROND = 395;
const NIEUWE_WORKSHOP = 1;

const TOP3: {
  titel: string;
  dimensie: string;
  eigenaarEmail: string;
  termijnDagen: number;
  updates: { status: TOpvolgStatus; dagenGeleden: number; notitie: string }[];
}[] = [
  {
    titel: "Data-eigenaarschap beleggen",
    dimensie: "governance",
    eigenaarEmail: "deelnemer.ict@deventer.example",
    termijnDagen: -120,
    updates: [
      { status: "bezig", dagenGeleden: 300, notitie: "Lijst van kernregistraties gemaakt; eigenaren gevraagd." },
      { status: "afgerond", dagenGeleden: 130, notitie: "Elke kernregistratie heeft een eigenaar, vastgesteld door het MT." },
    ],
  },
  {
    titel: "Informatiedeling met het RIEC vastleggen",
    dimensie: "samenwerking",
    eigenaarEmail: "deelnemer.ondermijning@deventer.example",
    termijnDagen: 60,
    updates: [
      { status: "bezig", dagenGeleden: 200, notitie: "Werkinstructie in concept, besproken met het RIEC." },
      { status: "bijgesteld", dagenGeleden: 20, notitie: "Termijn verschoven: eerst het nieuwe convenant afwachten." },
    ],
  },
  {
    titel: "Analysecapaciteit delen met de regio",
    dimensie: "analyse",
    eigenaarEmail: "deelnemer.data@deventer.example",
    termijnDagen: -60,
    updates: [{ status: "gestopt", dagenGeleden: 180, notitie: "De regio koos voor een gezamenlijk team bij het RIEC." }],
  },
];

async function upsertUser(db: Db, u: { email: string; name: string }, now: Date) {
  const [row] = await db
    .insert(users)
    .values({ email: u.email, name: u.name, createdAt: now })
    .onConflictDoUpdate({ target: users.email, set: { name: u.name, active: true } })
    .returning({ id: users.id });
  return row!.id;
}

/** Idempotent like seedDemo: rows exist once, dates are set on the first run only. */
export async function seedDemoHerhaalmeting(db: Db, begeleiderId: string, now: Date) {
  const d = DEMO_HERHAALMETING;
  const [gemeente] = await db.select({ id: gemeenten.id }).from(gemeenten).where(eq(gemeenten.code, d.gemeenteCode));
  if (!gemeente) throw new Error(`Gemeente ${d.gemeenteCode} ontbreekt in de referentiedata.`);
  const ago = (days: number) => new Date(now.getTime() - days * DAY);
  const contact = d.members.find((m) => m.procesregisseur)!;
  const basis = { gemeenteId: gemeente.id, contactNaam: contact.name, contactFunctie: contact.functie, contactEmail: contact.email, workshopDuurMinuten: 180 };
  const vorigeWorkshop = ago(VORIGE_WORKSHOP);
  const nieuweWorkshop = ago(NIEUWE_WORKSHOP);
  await db
    .insert(scans)
    .values([
      {
        ...basis,
        id: d.vorigeId,
        stap: "afgerond",
        workshopAt: vorigeWorkshop,
        workshopLocatie: "Stadhuis Deventer, raadszaal",
        analysetoolStartedAt: new Date(vorigeWorkshop.getTime() - 21 * DAY),
        analysetoolClosedAt: new Date(vorigeWorkshop.getTime() - 6 * DAY),
        workshopHeldAt: vorigeWorkshop,
        overlegAt: ago(VORIGE_WORKSHOP - 14),
        overlegDuurMinuten: 60,
        top3VastgesteldAt: ago(VORIGE_AFGEROND + 2),
        afgerondAt: ago(VORIGE_AFGEROND),
        createdAt: ago(VORIGE_WORKSHOP + 40),
        updatedAt: ago(VORIGE_AFGEROND),
      },
      {
        ...basis,
        id: d.nieuwId,
        stap: "workshop",
        vorigeScanId: d.vorigeId,
        workshopAt: nieuweWorkshop,
        workshopLocatie: "Stadhuis Deventer, raadszaal",
        analysetoolStartedAt: new Date(nieuweWorkshop.getTime() - 21 * DAY),
        analysetoolClosedAt: new Date(nieuweWorkshop.getTime() - 6 * DAY),
        createdAt: ago(30),
        updatedAt: now,
      },
    ])
    .onConflictDoNothing({ target: scans.id });

  const memberIds = new Map<string, string>();
  const userIds = new Map<string, string>();
  for (const scanId of [d.vorigeId, d.nieuwId]) {
    await db.insert(scanBegeleiders).values({ scanId, userId: begeleiderId, createdAt: now }).onConflictDoNothing();
    const start = scanId === d.vorigeId ? ago(VORIGE_WORKSHOP + 30) : ago(28);
    for (const [i, m] of d.members.entries()) {
      const userId = await upsertUser(db, m, now);
      userIds.set(m.email, userId);
      const values = { scanId, userId, procesregisseur: m.procesregisseur ?? false, rol: m.rol, functie: m.functie, updatedAt: now };
      await db
        .insert(scanMembers)
        .values({ ...values, createdAt: new Date(start.getTime() + i * 60_000) })
        .onConflictDoNothing();
      if (scanId === d.vorigeId) {
        const [row] = await db
          .select({ id: scanMembers.id })
          .from(scanMembers)
          .where(and(eq(scanMembers.scanId, scanId), eq(scanMembers.userId, userId)));
        if (row) memberIds.set(m.email, row.id);
      }
    }
  }
  await seedVorigeUitkomst(db, memberIds, userIds.get(contact.email)!, begeleiderId, ago);
}

/** The first scan's workshop levels, its top 3 and what became of each item. */
async function seedVorigeUitkomst(db: Db, memberIds: Map<string, string>, procesregisseurId: string, begeleiderId: string, ago: (days: number) => Date) {
  const d = DEMO_HERHAALMETING;
  const bestaand = await db.select({ id: handelingsperspectieven.id }).from(handelingsperspectieven).where(eq(handelingsperspectieven.scanId, d.vorigeId));
  if (bestaand.length) return;
  const model = getModel("2026.1");
  await db.insert(workshopResultaten).values(
    model.dimensies.map((dim, i) => ({
      scanId: d.vorigeId,
      dimensieId: dim.id,
      niveau: String([2, 1.5, 2, 2.5, 2, 1.5, 2, 1.5][i % 8]),
      motivering: "Vastgesteld in de workshop van vorig jaar.",
      updatedBy: begeleiderId,
      updatedAt: ago(VORIGE_WORKSHOP),
    })),
  );
  for (const [i, item] of TOP3.entries()) {
    const [hp] = await db
      .insert(handelingsperspectieven)
      .values({
        scanId: d.vorigeId,
        titel: item.titel,
        omschrijving: `${item.titel}: gekozen in het digitale overleg.`,
        dimensieId: item.dimensie,
        proposedBy: procesregisseurId,
        rang: i + 1,
        eigenaar: d.members.find((m) => m.email === item.eigenaarEmail)!.functie,
        eigenaarMemberId: memberIds.get(item.eigenaarEmail) ?? null,
        termijn: ago(-item.termijnDagen),
        eersteStap: "Een eerste overleg plannen",
        createdAt: ago(VORIGE_AFGEROND + 10),
        updatedAt: ago(VORIGE_AFGEROND + 2),
      })
      .returning({ id: handelingsperspectieven.id });
    for (const u of item.updates) {
      await db
        .insert(hpVoortgang)
        .values({ scanId: d.vorigeId, hpId: hp!.id, status: u.status, notitie: u.notitie, userId: procesregisseurId, createdAt: ago(u.dagenGeleden) });
    }
  }
}
