import { sql } from "drizzle-orm";
import { boolean, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
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
    workshopAt: timestamp({ withTimezone: true }),
    workshopDuurMinuten: integer(),
    workshopLocatie: text(),
    // Analysetool (stap 3): null means the default deadline, workshop − 7 days.
    deadlineAt: timestamp({ withTimezone: true }),
    analysetoolStartedAt: timestamp({ withTimezone: true }),
    analysetoolClosedAt: timestamp({ withTimezone: true }),
    workshopHeldAt: timestamp({ withTimezone: true }),
    // Digital meeting (stap 5)
    overlegAt: timestamp({ withTimezone: true }),
    overlegDuurMinuten: integer(),
    overlegLink: text(),
    afgerondAt: timestamp({ withTimezone: true }),
    /** Stap 6: set when the begeleider fixes the top 3; voting and proposing close (lib/scan/stap6.ts). */
    top3VastgesteldAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [
    index().on(t.gemeenteId),
    // One accepted scan in progress per gemeente. A registration waiting for the admin does
    // not count: anyone can register any gemeente, so a fake one must not block the real one.
    uniqueIndex("scans_one_active_per_gemeente").on(t.gemeenteId).where(sql`${t.stap} not in ('aangemeld', 'afgerond', 'afgewezen')`),
  ],
);

export const scanBegeleiders = pgTable(
  "scan_begeleiders",
  {
    scanId: uuid()
      .notNull()
      .references(() => scans.id, { onDelete: "cascade" }),
    userId: text()
      .notNull()
      .references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull(),
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
    scanId: uuid()
      .notNull()
      .references(() => scans.id, { onDelete: "cascade" }),
    userId: text()
      .notNull()
      .references(() => users.id),
    procesregisseur: boolean().notNull().default(false),
    rol: text({ enum: ROLLEN }),
    functie: text(),
    ingediendAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex().on(t.scanId, t.userId), index().on(t.userId)],
);

/** Proposed workshop moments (stap 2), and who can make them. */
export const workshopOpties = pgTable(
  "workshop_opties",
  {
    id: uuid().primaryKey().defaultRandom(),
    scanId: uuid()
      .notNull()
      .references(() => scans.id, { onDelete: "cascade" }),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex().on(t.scanId, t.startsAt)],
);

export const workshopBeschikbaarheid = pgTable(
  "workshop_beschikbaarheid",
  {
    optieId: uuid()
      .notNull()
      .references(() => workshopOpties.id, { onDelete: "cascade" }),
    userId: text()
      .notNull()
      .references(() => users.id),
    kan: boolean().notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.optieId, t.userId] })],
);

export type TScan = typeof scans.$inferSelect;
export type TScanMember = typeof scanMembers.$inferSelect;
