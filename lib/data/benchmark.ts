import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { getDb, type Queryable } from "@/db/client";
import { benchmarkEdities, gemeenten, rapporten, scans } from "@/db/schema";
import { CURRENT_MODEL_VERSIE, getModel } from "@/lib/analysetool";
import { legeBenchmark, type TBenchmark, type TBenchmarkRij } from "@/lib/benchmark/groepen";
import { rapportBenchmark } from "@/lib/rapport/benchmark";
import type { TRapportBenchmark } from "@/lib/rapport/types";

/**
 * One row per gemeente: the profile of its most recent definitief report on this model
 * version, read from the stored snapshot (what the gemeente was told; individual answers are
 * gone after the retention period). Only the profile's dimensions leave the database.
 */
export async function loadBenchmarkRijen(q: Queryable, modelVersie: string): Promise<TBenchmarkRij[]> {
  const rows = await q
    .selectDistinctOn([scans.gemeenteId], {
      gemeenteId: scans.gemeenteId,
      scanId: scans.id,
      riec: gemeenten.riec,
      provincie: gemeenten.provincie,
      dimensies: sql<{ id: string; berekend: number | null; vastgesteld: number | null }[]>`${rapporten.snapshot}->'profiel'->'dimensies'`,
    })
    .from(rapporten)
    .innerJoin(scans, eq(scans.id, rapporten.scanId))
    .innerJoin(gemeenten, eq(gemeenten.id, scans.gemeenteId))
    .where(and(eq(rapporten.soort, "definitief"), sql`${rapporten.snapshot}->'model'->>'versie' = ${modelVersie}`))
    .orderBy(scans.gemeenteId, sql`${scans.afgerondAt} desc nulls last`, desc(rapporten.createdAt));
  return rows.map((r) => ({
    ...r,
    dimensies: (typeof r.dimensies === "string" ? JSON.parse(r.dimensies) : r.dimensies).map(
      (d: { id: string; berekend: number | null; vastgesteld: number | null }) => ({
        id: d.id,
        berekend: d.berekend,
        vastgesteld: d.vastgesteld,
      }),
    ),
  }));
}

/**
 * The benchmark of one model version as every page and report shows it: the latest edition
 * (lib/jobs/benchmark-editie.ts), suppressed groups included without figures; before the first
 * edition, every group suppressed.
 */
export async function loadBenchmark(q: Queryable, modelVersie: string): Promise<TBenchmark> {
  const [laatste] = await q
    .select({ cijfers: benchmarkEdities.cijfers })
    .from(benchmarkEdities)
    .where(eq(benchmarkEdities.modelVersie, modelVersie))
    .orderBy(desc(benchmarkEdities.createdAt))
    .limit(1);
  return laatste ? (laatste.cijfers as TBenchmark) : legeBenchmark(getModel(modelVersie));
}

/**
 * A scan against the latest edition, for its results page: its own figures per dimension
 * (computed score, agreed level where there is one). Call only after the scan's access check.
 */
export async function loadBenchmarkVoorScan(
  scanId: string,
  dimensies: readonly { id: string; berekend: number | null; vastgesteld: number | null }[],
): Promise<TRapportBenchmark> {
  const q = await getDb();
  const [scan] = await q
    .select({ modelVersie: scans.modelVersie, riec: gemeenten.riec })
    .from(scans)
    .innerJoin(gemeenten, eq(gemeenten.id, scans.gemeenteId))
    .where(eq(scans.id, scanId));
  if (!scan) throw new Error("scan not found");
  return rapportBenchmark(getModel(scan.modelVersie), await loadBenchmark(q, scan.modelVersie), scan.riec, dimensies);
}

/** The current model version's benchmark, for the staff and public pages. */
export async function loadHuidigeBenchmark(): Promise<TBenchmark> {
  return loadBenchmark(await getDb(), CURRENT_MODEL_VERSIE);
}
