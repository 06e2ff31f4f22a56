import type { Metadata } from "next";
import Link from "next/link";
import { GroepRadar, LandelijkeTabel } from "@/components/benchmark/tabellen";
import { CURRENT_MODEL_VERSIE, getModel } from "@/lib/analysetool";
import { requireStaffPage } from "@/lib/auth/access";
import { groepId } from "@/lib/benchmark/groepen";
import { benchmarkTabellen } from "@/lib/benchmark/landelijke-tabellen";
import { loadHuidigeBenchmark } from "@/lib/data/benchmark";
import { formatDatumTijd } from "@/lib/dates";

export const metadata: Metadata = { title: "Benchmark" };

/** The benchmark groups for begeleiders: aggregates only, never another gemeente's scan. */
export default async function BenchmarkPage() {
  await requireStaffPage("/begeleider/benchmark");
  const benchmark = await loadHuidigeBenchmark();
  const nl = benchmark.groepen.find((g) => g.id === groepId.landelijk);
  return (
    <div>
      <p>
        <Link href="/begeleider">Mijn scans</Link>
      </p>
      <h1 className="mt-2">Benchmark</h1>
      <p className="mt-4 max-w-3xl">
        Het vastgestelde niveau per dimensie over de gemeenten met een definitief eindrapport, landelijk, per RIEC-regio en per provincie. Een groep wordt
        alleen getoond met minstens tien gemeenten, en alleen als hij met de andere getoonde cijfers niet herleidbaar is tot minder dan tien gemeenten.
        {benchmark.datum ? ` Bijgewerkt op ${formatDatumTijd(new Date(benchmark.datum))}.` : " Er zijn nog te weinig gemeenten met een definitief eindrapport."}
      </p>
      {nl?.getoond ? <GroepRadar model={getModel(CURRENT_MODEL_VERSIE)} groep={nl} /> : null}
      {benchmarkTabellen(benchmark).map((t) => (
        <LandelijkeTabel key={t.id} tabel={t} />
      ))}
    </div>
  );
}
