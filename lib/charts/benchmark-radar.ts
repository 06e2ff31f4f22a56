import type { TModel } from "@/lib/analysetool/types";
import type { TEigenRij } from "@/lib/benchmark/eigen-positie";
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
      { id: "eigen", label: "Eigen gemeente", values: ax.map((a) => rij(a.id)?.eigen ?? null) },
    ],
    size: opts.size,
    padding: opts.padding ?? 70,
    sectors: profielSectoren(model),
  };
}
