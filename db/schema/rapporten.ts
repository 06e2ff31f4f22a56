import { customType, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { scans } from "./scans";

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => "bytea",
});

export const RAPPORT_SOORTEN = ["concept", "definitief"] as const;

/** A published report version; never updated once written. */
export const rapporten = pgTable(
  "rapporten",
  {
    id: uuid().primaryKey().defaultRandom(),
    scanId: uuid()
      .notNull()
      .references(() => scans.id, { onDelete: "cascade" }),
    soort: text({ enum: RAPPORT_SOORTEN }).notNull(),
    versie: integer().notNull(),
    snapshot: jsonb().notNull(),
    pdf: bytea().notNull(),
    sha256: text().notNull(),
    createdBy: text().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex().on(t.scanId, t.soort, t.versie)],
);

/** Texts the begeleider writes that the data cannot (samenvatting, per-dimension notes). */
export const rapportTeksten = pgTable(
  "rapport_teksten",
  {
    scanId: uuid()
      .notNull()
      .references(() => scans.id, { onDelete: "cascade" }),
    sleutel: text().notNull(),
    tekst: text().notNull(),
    updatedBy: text().references(() => users.id),
    updatedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.scanId, t.sleutel] })],
);

export const FEEDBACK_STATUS = ["open", "verwerkt", "afgewezen"] as const;

export const rapportFeedback = pgTable(
  "rapport_feedback",
  {
    id: uuid().primaryKey().defaultRandom(),
    scanId: uuid()
      .notNull()
      .references(() => scans.id, { onDelete: "cascade" }),
    rapportId: uuid()
      .notNull()
      .references(() => rapporten.id, { onDelete: "cascade" }),
    userId: text()
      .notNull()
      .references(() => users.id),
    sectieId: text().notNull(),
    tekst: text().notNull(),
    status: text({ enum: FEEDBACK_STATUS }).notNull().default("open"),
    antwoord: text(),
    handledBy: text().references(() => users.id),
    handledAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index().on(t.scanId)],
);

export const handelingsperspectieven = pgTable(
  "handelingsperspectieven",
  {
    id: uuid().primaryKey().defaultRandom(),
    scanId: uuid()
      .notNull()
      .references(() => scans.id, { onDelete: "cascade" }),
    titel: text().notNull(),
    omschrijving: text().notNull(),
    dimensieId: text().notNull(),
    proposedBy: text()
      .notNull()
      .references(() => users.id),
    /** 1–3 once fixed in the top 3; null for the longlist. */
    rang: integer(),
    eigenaar: text(),
    termijn: timestamp({ withTimezone: true }),
    eersteStap: text(),
    /** Optional parts of a top-3 item (model §11): the level aimed for, partners, means, and how success shows. */
    doelNiveau: integer(),
    partners: text(),
    middelen: text(),
    indicator: text(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index().on(t.scanId)],
);

export const hpStemmen = pgTable(
  "hp_stemmen",
  {
    scanId: uuid()
      .notNull()
      .references(() => scans.id, { onDelete: "cascade" }),
    hpId: uuid()
      .notNull()
      .references(() => handelingsperspectieven.id, { onDelete: "cascade" }),
    userId: text()
      .notNull()
      .references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.hpId, t.userId] }), index().on(t.scanId, t.userId)],
);
