import { RadarChart } from "@/components/charts/radar-chart";
import type { TRapportBenchmark } from "@/lib/rapport/types";
import { BENCHMARK_KOLOMMEN, benchmarkRijen, benchmarkUitleg } from "@/lib/rapport/weergave";
import { Tabel } from "./html-delen";

/** The gemeente against the country and its RIEC region: on the results page and in the report's HTML twin. */
export function BenchmarkHtml({ b }: { b: TRapportBenchmark }) {
  return (
    <>
      <p className="mt-2">{benchmarkUitleg(b)}</p>
      {b.datum
        ? b.groepen.map((g) => (
            <section key={g.naam} aria-label={g.naam} className="mt-6">
              <h3>{g.naam}</h3>
              {g.getoond ? (
                <>
                  <p className="mt-1">{g.gemeenten} gemeenten.</p>
                  <RadarChart
                    geometry={g.radar}
                    titel={`Eigen profiel tegen ${g.naam}`}
                    beschrijving={`Radar met per dimensie het eigen niveau, de mediaan van ${g.naam} en als vlak het middenveld (25e tot 75e percentiel). De tabel eronder geeft dezelfde cijfers.`}
                  />
                  <Tabel caption={`Eigen niveau tegen ${g.naam}, per dimensie`} kolommen={BENCHMARK_KOLOMMEN} rijen={benchmarkRijen(g)} />
                </>
              ) : (
                <p className="mt-1">Te weinig gemeenten om te tonen.</p>
              )}
            </section>
          ))
        : null}
    </>
  );
}

export function BenchmarkSectieHtml({ model }: { model: { benchmark?: TRapportBenchmark | null } }) {
  return model.benchmark ? <BenchmarkHtml b={model.benchmark} /> : null;
}
