import { sql } from "drizzle-orm";
import { boolean, integer, numeric, pgTable, primaryKey, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { userRef } from "./auth";
import { moment } from "./columns";
import { scanMembers, scanRef } from "./scans";

export const RONDE_STATUSSEN = ["open", "gesloten"] as const;
export type TRondeStatus = (typeof RONDE_STATUSSEN)[number];

/**
 * A live round in the workshop (issue 18): the room answers one question for one dimension
 * from their phones. One round at a time per scan is open (partial unique index).
 */
export const workshopRondes = pgTable(
  "workshop_rondes",
  {
    id: uuid().primaryKey().defaultRandom(),
    scanId: scanRef(),
    dimensieId: text().notNull(),
    /** 1 for the first round on this dimension, 2 for the next (Delphi). */
    nummer: integer().notNull(),
    status: text({ enum: RONDE_STATUSSEN }).notNull().default("open"),
    /** Set when the begeleider shows the distribution to the room. */
    onthuldAt: moment(),
    geopendDoor: userRef(),
    createdAt: moment().notNull(),
    geslotenAt: moment(),
  },
  (t) => [uniqueIndex("workshop_rondes_een_open_per_scan").on(t.scanId).where(sql`${t.status} = 'open'`), uniqueIndex().on(t.scanId, t.dimensieId, t.nummer)],
);

/** One answer per member per round; a new answer replaces the old (the last one counts). */
export const rondeStemmen = pgTable(
  "ronde_stemmen",
  {
    rondeId: uuid()
      .notNull()
      .references(() => workshopRondes.id, { onDelete: "cascade" }),
    /** For the audit only: the room and the report see counts, never who voted what. */
    memberId: uuid()
      .notNull()
      .references(() => scanMembers.id, { onDelete: "cascade" }),
    niveau: numeric({ precision: 2, scale: 1 }),
    weetNiet: boolean().notNull().default(false),
    toelichting: text(),
    updatedAt: moment().notNull(),
  },
  (t) => [primaryKey({ columns: [t.rondeId, t.memberId] })],
);
