import { desc, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { benchmarkEdities } from "@/db/schema";
import { getModel, modelVersies } from "@/lib/analysetool";
import { berekenBenchmark, groepId } from "@/lib/benchmark/groepen";
import { loadBenchmarkRijen } from "@/lib/data/benchmark";

export type TEditieUitkomst = "nieuw" | "ongewijzigd" | "wacht";

/** Serializes edition making across instances: two editions made side by side were never checked against each other. */
const SLOT = 161_016;

/**
 * Makes a new edition of the benchmark when the set of finished scans changed and the new
 * figures, with everything earlier editions showed, expose no set of fewer than ten gemeenten
 * (lib/benchmark/onthulling.ts). Otherwise the last edition stays ("wacht": until enough new
 * scans are finished that the country can be shown again). Runs in every tick.
 */
export async function maakBenchmarkEditie(db: Db, modelVersie: string, now: Date): Promise<TEditieUitkomst> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SLOT})`);
    const rijen = await loadBenchmarkRijen(tx, modelVersie);
    const eerdere = await tx
      .select({ scans: benchmarkEdities.scans, groepen: benchmarkEdities.groepen })
      .from(benchmarkEdities)
      .where(eq(benchmarkEdities.modelVersie, modelVersie))
      .orderBy(desc(benchmarkEdities.createdAt));
    const huidig = new Set(rijen.map((r) => r.scanId));
    const laatste = eerdere[0];
    if (laatste && laatste.scans.length === huidig.size && laatste.scans.every((id) => huidig.has(id))) return "ongewijzigd";
    const { benchmark, leden } = berekenBenchmark(
      getModel(modelVersie),
      rijen,
      now,
      eerdere.flatMap((e) => e.groepen.map((g) => g.scans)),
    );
    if (!benchmark.groepen.find((g) => g.id === groepId.landelijk)?.getoond) return "wacht";
    await tx.insert(benchmarkEdities).values({ modelVersie, scans: [...huidig], groepen: leden, cijfers: benchmark, createdAt: now });
    return "nieuw";
  });
}

export async function sweepBenchmark(db: Db, now: Date): Promise<Record<string, TEditieUitkomst>> {
  const uit: Record<string, TEditieUitkomst> = {};
  for (const versie of modelVersies()) uit[versie] = await maakBenchmarkEditie(db, versie, now);
  return uit;
}
