import type { Metadata } from "next";
import Link from "next/link";
import { GroepRadar, LandelijkeTabel } from "@/components/benchmark/tabellen";
import { CURRENT_MODEL_VERSIE, getModel } from "@/lib/analysetool";
import { groepId } from "@/lib/benchmark/groepen";
import { benchmarkTabellen } from "@/lib/benchmark/landelijke-tabellen";
import { loadHuidigeBenchmark } from "@/lib/data/benchmark";
import { formatDatum } from "@/lib/dates";

export const metadata: Metadata = { title: "Landelijke cijfers" };
export const dynamic = "force-dynamic";

/**
 * For gemeenten considering the scan, without signing in: the national group only, when the
 * disclosure rule shows it. Nothing per gemeente, no region.
 */
export default async function CijfersPage() {
  const benchmark = await loadHuidigeBenchmark();
  const nl = benchmark.groepen.find((g) => g.id === groepId.landelijk);
  const landelijk = { ...benchmark, groepen: benchmark.groepen.filter((g) => g.id === groepId.landelijk) };
  return (
    <div>
      <h1>Landelijke cijfers</h1>
      {nl?.getoond && benchmark.datum ? (
        <>
          <p className="mt-4 max-w-3xl">
            {nl.gemeenten} gemeenten hebben de datavolwassenheidsscan afgerond met een definitief eindrapport (stand van{" "}
            {formatDatum(new Date(benchmark.datum))}
            ). Hieronder staat per dimensie het niveau dat zij in hun workshop vaststelden: de mediaan, het middenveld (de middelste helft van de gemeenten) en
            hoeveel gemeenten op elk niveau uitkwamen. Cijfers van afzonderlijke gemeenten staan nergens.
          </p>
          <GroepRadar model={getModel(CURRENT_MODEL_VERSIE)} groep={nl} />
          {benchmarkTabellen(landelijk)
            .filter((t) => t.rijen.length > 0)
            .map((t) => (
              <LandelijkeTabel key={t.id} tabel={t} />
            ))}
        </>
      ) : (
        <p className="mt-4 max-w-3xl">
          Er zijn nog te weinig gemeenten met een definitief eindrapport om landelijke cijfers te tonen: daarvoor zijn er minstens tien nodig.
        </p>
      )}
      <p className="mt-10">
        <Link href="/aanmelden">Meld uw gemeente aan voor de scan</Link>
      </p>
    </div>
  );
}
