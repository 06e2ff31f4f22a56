import { boolean, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { moment } from "./columns";

export const gemeenten = pgTable("gemeenten", {
  id: uuid().primaryKey().defaultRandom(),
  /** CBS gemeentecode, e.g. GM0363. */
  code: text().notNull().unique(),
  naam: text().notNull(),
  provincie: text().notNull(),
  /** From db/data/gemeenten-regio.csv, editable in /beheer/gemeenten; null when not known (a new gemeente). */
  veiligheidsregioCode: text(),
  riec: text(),
  // Merged or renamed gemeenten stay for history but are no longer offered in the form.
  actief: boolean().notNull().default(true),
  createdAt: moment().notNull(),
});

export type TGemeente = typeof gemeenten.$inferSelect;
