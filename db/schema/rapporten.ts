import { customType, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { userRef, users } from "./auth";
import { moment } from "./columns";
import { scanMembers, scanRef } from "./scans";

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => "bytea",
});

export const RAPPORT_SOORTEN = ["concept", "definitief"] as const;

/** A published report version; never updated once written. */
export const rapporten = pgTable(
  "rapporten",
  {
    id: uuid().primaryKey().defaultRandom(),
    scanId: scanRef(),
    soort: text({ enum: RAPPORT_SOORTEN }).notNull(),
    versie: integer().notNull(),
    snapshot: jsonb().notNull(),
    pdf: bytea().notNull(),
    sha256: text().notNull(),
    createdBy: text().references(() => users.id),
    createdAt: moment().notNull(),
  },
  (t) => [uniqueIndex().on(t.scanId, t.soort, t.versie)],
);

/** Texts the begeleider writes that the data cannot (samenvatting, per-dimension notes). */
export const rapportTeksten = pgTable(
  "rapport_teksten",
  {
    scanId: scanRef(),
    sleutel: text().notNull(),
    tekst: text().notNull(),
    updatedBy: text().references(() => users.id),
    updatedAt: moment().notNull(),
  },
  (t) => [primaryKey({ columns: [t.scanId, t.sleutel] })],
);

export const FEEDBACK_STATUS = ["open", "verwerkt", "afgewezen"] as const;

export const rapportFeedback = pgTable(
  "rapport_feedback",
  {
    id: uuid().primaryKey().defaultRandom(),
    scanId: scanRef(),
    rapportId: uuid()
      .notNull()
      .references(() => rapporten.id, { onDelete: "cascade" }),
    userId: userRef(),
    sectieId: text().notNull(),
    tekst: text().notNull(),
    status: text({ enum: FEEDBACK_STATUS }).notNull().default("open"),
    antwoord: text(),
    handledBy: text().references(() => users.id),
    handledAt: moment(),
    createdAt: moment().notNull(),
  },
  (t) => [index().on(t.scanId)],
);

export const handelingsperspectieven = pgTable(
  "handelingsperspectieven",
  {
    id: uuid().primaryKey().defaultRandom(),
    scanId: scanRef(),
    titel: text().notNull(),
    omschrijving: text().notNull(),
    dimensieId: text().notNull(),
    proposedBy: userRef(),
    /** 1–3 once fixed in the top 3; null for the longlist. */
    rang: integer(),
    eigenaar: text(),
    termijn: moment(),
    eersteStap: text(),
    /** Optional parts of a top-3 item (model §11): the level aimed for, partners, means, and how success shows. */
    doelNiveau: integer(),
    partners: text(),
    middelen: text(),
    indicator: text(),
    /** Stap 7: the member who keeps this top-3 item up to date (may update it besides the procesregisseur). */
    eigenaarMemberId: uuid().references(() => scanMembers.id, { onDelete: "set null" }),
    createdAt: moment().notNull(),
    updatedAt: moment().notNull(),
  },
  (t) => [index().on(t.scanId)],
);

/** The handelingsperspectief a row belongs to; the row goes with it. */
const hpRef = () =>
  uuid()
    .notNull()
    .references(() => handelingsperspectieven.id, { onDelete: "cascade" });

export const OPVOLG_STATUSSEN = ["niet_gestart", "bezig", "afgerond", "bijgesteld", "gestopt"] as const;
export type TOpvolgStatus = (typeof OPVOLG_STATUSSEN)[number];

/**
 * Stap 7, "aan de slag": every update of a top-3 item — its status then and an optional
 * note — kept as a dated history. The latest row is the item's status; the report never changes.
 */
export const hpVoortgang = pgTable(
  "hp_voortgang",
  {
    id: uuid().primaryKey().defaultRandom(),
    scanId: scanRef(),
    hpId: hpRef(),
    status: text({ enum: OPVOLG_STATUSSEN }).notNull(),
    notitie: text(),
    userId: userRef(),
    createdAt: moment().notNull(),
  },
  (t) => [index().on(t.hpId, t.createdAt), index().on(t.scanId)],
);

export const hpStemmen = pgTable(
  "hp_stemmen",
  {
    scanId: scanRef(),
    hpId: hpRef(),
    userId: userRef(),
    createdAt: moment().notNull(),
  },
  (t) => [primaryKey({ columns: [t.hpId, t.userId] }), index().on(t.scanId, t.userId)],
);
