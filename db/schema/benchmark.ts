import { index, jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { moment } from "./columns";

/**
 * Editions of the benchmark (issue 17): the figures every page and report shows come from the
 * latest edition of their model version. A new edition is made only when, together with every
 * group any earlier edition showed, it exposes no set of fewer than ten gemeenten — so figures
 * shown at different times cannot be subtracted either. `groepen` keeps, per shown group, the
 * scans it was computed from (ids only) for that check.
 */
export const benchmarkEdities = pgTable(
  "benchmark_edities",
  {
    id: uuid().primaryKey().defaultRandom(),
    modelVersie: text().notNull(),
    /** The scans (one per gemeente) this edition was computed from. */
    scans: jsonb().$type<string[]>().notNull(),
    groepen: jsonb().$type<{ id: string; scans: string[] }[]>().notNull(),
    /** The TBenchmark as shown. */
    cijfers: jsonb().notNull(),
    createdAt: moment().notNull(),
  },
  (t) => [index().on(t.modelVersie, t.createdAt)],
);
