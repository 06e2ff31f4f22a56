import { sql } from "drizzle-orm";
import { type AnyPgColumn, boolean, index, integer, pgTable, primaryKey, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { userRef } from "./auth";
import { moment } from "./columns";
import { gemeenten } from "./gemeenten";

export const STAPPEN = ["aangemeld", "voorbereiding", "analysetool", "workshop", "concept", "handelingsperspectieven", "afgerond"] as const;
/** `afgewezen` is not one of the seven steps: a declined registration ends there. */
export const SCAN_STATES = [...STAPPEN, "afgewezen"] as const;
export type TScanState = (typeof SCAN_STATES)[number];

export const ROLLEN = ["ondermijning", "privacy", "ict", "data_analyse", "overig"] as const;
export type TRol = (typeof ROLLEN)[number];

export const scans = pgTable(
  "scans",
  {
    id: uuid().primaryKey().defaultRandom(),
    gemeenteId: uuid()
      .notNull()
      .references(() => gemeenten.id),
    stap: text({ enum: SCAN_STATES }).notNull().default("aangemeld"),
    modelVersie: text().notNull().default("2026.1"),
    // Registration (stap 1): the contact is not a user until an admin accepts.
    contactNaam: text().notNull(),
    contactFunctie: text().notNull(),
    contactEmail: text().notNull(),
    contactTelefoon: text(),
    voorkeurPeriode: text(),
    opmerkingen: text(),
    afwijsReden: text(),
    // Planning (stap 2)
    workshopAt: moment(),
    workshopDuurMinuten: integer(),
    workshopLocatie: text(),
    // Analysetool (stap 3): null means the default deadline, workshop − 7 days.
    deadlineAt: moment(),
    analysetoolStartedAt: moment(),
    analysetoolClosedAt: moment(),
    workshopHeldAt: moment(),
    // Digital meeting (stap 5)
    overlegAt: moment(),
    overlegDuurMinuten: integer(),
    overlegLink: text(),
    afgerondAt: moment(),
    /** Stap 6: set when the begeleider fixes the top 3; voting and proposing close (lib/scan/stap6.ts). */
    top3VastgesteldAt: moment(),
    /** A herhaalmeting: the earlier scan of the same gemeente it is compared with (issue 16). */
    vorigeScanId: uuid().references((): AnyPgColumn => scans.id),
    createdAt: moment().notNull(),
    updatedAt: moment().notNull(),
  },
  (t) => [
    index().on(t.gemeenteId),
    // One accepted scan in progress per gemeente. A registration waiting for the admin does
    // not count: anyone can register any gemeente, so a fake one must not block the real one.
    uniqueIndex("scans_one_active_per_gemeente").on(t.gemeenteId).where(sql`${t.stap} not in ('aangemeld', 'afgerond', 'afgewezen')`),
  ],
);

/** The scan a row belongs to; the row goes when the scan goes. */
export const scanRef = () =>
  uuid()
    .notNull()
    .references(() => scans.id, { onDelete: "cascade" });

export const scanBegeleiders = pgTable(
  "scan_begeleiders",
  {
    scanId: scanRef(),
    userId: userRef(),
    createdAt: moment().notNull(),
  },
  (t) => [primaryKey({ columns: [t.scanId, t.userId] }), index().on(t.userId)],
);

/**
 * A person's place in one scan. `rol` set = deelnemer who fills in the analysetool;
 * a procesregisseur without `rol` only coordinates.
 */
export const scanMembers = pgTable(
  "scan_members",
  {
    id: uuid().primaryKey().defaultRandom(),
    scanId: scanRef(),
    userId: userRef(),
    procesregisseur: boolean().notNull().default(false),
    rol: text({ enum: ROLLEN }),
    functie: text(),
    ingediendAt: moment(),
    createdAt: moment().notNull(),
    updatedAt: moment().notNull(),
  },
  (t) => [uniqueIndex().on(t.scanId, t.userId), index().on(t.userId)],
);

/** Proposed workshop moments (stap 2), and who can make them. */
export const workshopOpties = pgTable(
  "workshop_opties",
  {
    id: uuid().primaryKey().defaultRandom(),
    scanId: scanRef(),
    startsAt: moment().notNull(),
    createdAt: moment().notNull(),
  },
  (t) => [uniqueIndex().on(t.scanId, t.startsAt)],
);

export const workshopBeschikbaarheid = pgTable(
  "workshop_beschikbaarheid",
  {
    optieId: uuid()
      .notNull()
      .references(() => workshopOpties.id, { onDelete: "cascade" }),
    userId: userRef(),
    kan: boolean().notNull(),
    updatedAt: moment().notNull(),
  },
  (t) => [primaryKey({ columns: [t.optieId, t.userId] })],
);

export type TScan = typeof scans.$inferSelect;
export type TScanMember = typeof scanMembers.$inferSelect;
