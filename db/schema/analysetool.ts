import { index, integer, numeric, pgTable, primaryKey, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { moment } from "./columns";
import { scanMembers, scanRef } from "./scans";

export const GEEN_OORDEEL = ["weet_niet", "nvt"] as const;

/** One row per deelnemer × question; the latest save wins. */
export const antwoorden = pgTable(
  "antwoorden",
  {
    id: uuid().primaryKey().defaultRandom(),
    scanId: scanRef(),
    memberId: uuid()
      .notNull()
      .references(() => scanMembers.id, { onDelete: "cascade" }),
    vraagId: text().notNull(),
    modelVersie: text().notNull(),
    niveau: integer(),
    geenOordeel: text({ enum: GEEN_OORDEEL }),
    toelichting: text(),
    /** Answer to an open question (open.q1–q3). */
    tekst: text(),
    updatedAt: moment().notNull(),
  },
  (t) => [uniqueIndex().on(t.memberId, t.vraagId), index().on(t.scanId)],
);

/** The level agreed in the workshop, per dimension. */
export const workshopResultaten = pgTable(
  "workshop_resultaten",
  {
    scanId: scanRef(),
    dimensieId: text().notNull(),
    niveau: numeric({ precision: 2, scale: 1 }),
    motivering: text(),
    observaties: text(),
    verbeterpunten: text(),
    updatedBy: text().references(() => users.id),
    updatedAt: moment().notNull(),
  },
  (t) => [primaryKey({ columns: [t.scanId, t.dimensieId] })],
);
