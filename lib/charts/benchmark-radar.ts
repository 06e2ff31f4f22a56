import type { TModel } from "@/lib/analysetool/types";
import type { TEigenRij } from "@/lib/benchmark/eigen-positie";
import type { TBenchmarkGroep } from "@/lib/benchmark/groepen";
import { profielAssen, profielSectoren } from "./profile-radar";
import type { TRadarInput } from "./radar";

/** A gemeente against a benchmark group: its own profile, the group's median and the middle half as a band. */
export function benchmarkRadarInput(model: TModel, rijen: readonly TEigenRij[], groepNaam: string, opts: { size: number; padding?: number }): TRadarInput {
  const ax = profielAssen(model);
  const rij = (id: string) => rijen.find((r) => r.dimensieId === id);
  return {
    axes: ax,
    bands: [
      { id: "middenveld", label: `Middenveld ${groepNaam} (p25–p75)`, low: ax.map((a) => rij(a.id)?.p25 ?? null), high: ax.map((a) => rij(a.id)?.p75 ?? null) },
    ],
    series: [
      { id: "mediaan", label: `Mediaan ${groepNaam}`, values: ax.map((a) => rij(a.id)?.mediaan ?? null) },
      // Without a gemeente of its own (the national picture), only the group is drawn.
      ...(rijen.some((r) => r.eigen !== null) ? [{ id: "eigen", label: "Eigen gemeente", values: ax.map((a) => rij(a.id)?.eigen ?? null) }] : []),
    ],
    size: opts.size,
    padding: opts.padding ?? 70,
    sectors: profielSectoren(model),
  };
}

/** A group on its own: its median agreed level and middle half, for the national picture. */
export function groepRadarInput(model: TModel, groep: Extract<TBenchmarkGroep, { getoond: true }>, opts: { size: number }): TRadarInput {
  const rijen = groep.dimensies.map((d) => ({
    dimensieId: d.dimensieId,
    naam: d.naam,
    eigen: null,
    n: d.vastgesteld?.n ?? 0,
    mediaan: d.vastgesteld?.mediaan ?? null,
    p25: d.vastgesteld?.p25 ?? null,
    p75: d.vastgesteld?.p75 ?? null,
    positie: null,
  }));
  return benchmarkRadarInput(model, rijen, groep.naam, opts);
}
