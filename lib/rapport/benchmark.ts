/**
 * The benchmark as the results page and the report show it (issue 17), pure: the gemeente's
 * own profile against the country and its RIEC region, every label in words and the radar's
 * geometry computed, so a report stores exactly what it showed.
 */
import type { TModel } from "@/lib/analysetool/types";
import { eigenProfiel, eigenRijen, SOORT_TEKST } from "@/lib/benchmark/eigen-positie";
import { groepenVoor, type TBenchmark } from "@/lib/benchmark/groepen";
import { POSITIE_LABELS } from "@/lib/benchmark/statistiek";
import { benchmarkRadarInput } from "@/lib/charts/benchmark-radar";
import { radarGeometry } from "@/lib/charts/radar";
import type { TRapportBenchmark } from "./types";

export function rapportBenchmark(
  model: TModel,
  benchmark: TBenchmark,
  riec: string | null,
  dimensies: readonly { id: string; berekend: number | null; vastgesteld: number | null }[],
): TRapportBenchmark {
  const eigen = eigenProfiel(dimensies);
  return {
    datum: benchmark.datum,
    modelVersie: benchmark.modelVersie,
    vergeleken: SOORT_TEKST[eigen.soort],
    groepen: groepenVoor(benchmark, riec).map((g) => {
      if (!g.getoond) return { naam: g.naam, getoond: false as const };
      const rijen = eigenRijen(eigen, g);
      return {
        naam: g.naam,
        getoond: true as const,
        gemeenten: g.gemeenten,
        rijen: rijen.map((r) => ({
          dimensie: r.naam,
          eigen: r.eigen,
          mediaan: r.mediaan,
          p25: r.p25,
          p75: r.p75,
          positie: r.positie ? POSITIE_LABELS[r.positie] : null,
        })),
        radar: radarGeometry(benchmarkRadarInput(model, rijen, g.naam, { size: 520 })),
      };
    }),
  };
}
