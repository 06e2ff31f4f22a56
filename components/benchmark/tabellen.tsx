import { RadarChart } from "@/components/charts/radar-chart";
import { DataTable } from "@/components/ui/data-table";
import type { TModel } from "@/lib/analysetool/types";
import type { TBenchmarkGroep } from "@/lib/benchmark/groepen";
import type { TTabel } from "@/lib/benchmark/landelijke-tabellen";
import { groepRadarInput } from "@/lib/charts/benchmark-radar";

/** One table of the national picture, exactly as the CSV export writes it. */
export function LandelijkeTabel({ tabel, kop: Kop = "h2" }: { tabel: TTabel; kop?: "h2" | "h3" }) {
  return (
    <section aria-labelledby={`tabel-${tabel.id}`} className="mt-10">
      <Kop id={`tabel-${tabel.id}`} className={Kop === "h3" ? "text-xl" : undefined}>
        {tabel.titel}
      </Kop>
      {tabel.rijen.length === 0 ? (
        <p className="mt-2">Nog niets om te tonen.</p>
      ) : (
        <DataTable
          caption={tabel.titel}
          className="mt-3"
          wide={tabel.kolommen.length > 6}
          rows={tabel.rijen}
          rowKey={(r) => r.join("|")}
          columns={tabel.kolommen.map((k, c) => ({
            header: k,
            rowHeader: c === 0,
            numeric: c > 0 && /^[\d–]/.test(tabel.rijen[0]?.[c] ?? ""),
            cell: (r: string[]) => r[c],
          }))}
        />
      )}
    </section>
  );
}

/** A shown group's median agreed level and middle half as a radar; the table next to it gives the figures. */
export function GroepRadar({ model, groep }: { model: TModel; groep: Extract<TBenchmarkGroep, { getoond: true }> }) {
  return (
    <RadarChart
      input={groepRadarInput(model, groep, { size: 520 })}
      titel={`Vastgesteld niveau, ${groep.naam}`}
      beschrijving={`Radar met per dimensie de mediaan van het vastgestelde niveau van ${groep.gemeenten} gemeenten in ${groep.naam}, en als vlak het middenveld (25e tot 75e percentiel). De tabel geeft dezelfde cijfers.`}
    />
  );
}
