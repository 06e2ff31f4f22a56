/**
 * The benchmark groups (issue 17), pure: from one row per gemeente (its latest definitief
 * report on this model version) to the national group, one per RIEC region and one per
 * province, each with its figures per dimension — or, when the disclosure rule
 * (./onthulling.ts) forbids it, only its name. A suppressed group does not even say its size.
 */
import type { TModel } from "@/lib/analysetool/types";
import { PROVINCIES } from "@/lib/scan/provincies";
import { RIEC_REGIOS } from "@/lib/scan/regios";
import { type TGroepKandidaat, toonbareGroepen } from "./onthulling";
import { groepStatistiek, niveauVerdeling, type TGroepStatistiek } from "./statistiek";

export type TBenchmarkRij = {
  gemeenteId: string;
  /** The scan whose definitief report this is: the member of the groups (see ./onthulling.ts). */
  scanId: string;
  riec: string | null;
  provincie: string;
  dimensies: readonly { id: string; berekend: number | null; vastgesteld: number | null }[];
};

export type TGroepSoort = "landelijk" | "riec" | "provincie";

export type TBenchmarkDimensie = {
  dimensieId: string;
  naam: string;
  /** The agreed levels of the workshops. */
  vastgesteld: TGroepStatistiek | null;
  /** How many gemeenten agreed on level 1, 2, 3, 4 and 5 (a half level counts as the level reached). */
  verdeling: [number, number, number, number, number];
  /** The computed scores of the tools. */
  berekend: TGroepStatistiek | null;
  /** How the computed scores spread over 1–5 (by the level reached). Absent in editions made before it existed. */
  verdelingBerekend?: [number, number, number, number, number];
};

export type TBenchmarkGroep =
  | { id: string; soort: TGroepSoort; naam: string; getoond: true; gemeenten: number; dimensies: TBenchmarkDimensie[] }
  | { id: string; soort: TGroepSoort; naam: string; getoond: false };

export type TBenchmark = {
  modelVersie: string;
  /** ISO date-time the figures were computed; null when there is no edition yet. */
  datum: string | null;
  groepen: TBenchmarkGroep[];
};

export type TBerekendeBenchmark = { benchmark: TBenchmark; leden: { id: string; scans: string[] }[] };

const kandidaat = (id: string, soort: TGroepSoort, naam: string, rijen: readonly TBenchmarkRij[]) => ({ id, soort, naam, rijen });

export const groepId = { landelijk: "landelijk", riec: (r: string) => `riec:${r}`, provincie: (p: string) => `provincie:${p}` } as const;

/** `alGetoond`: the scans of every group earlier editions showed (see ./onthulling.ts). */
export function berekenBenchmark(
  model: TModel,
  rijen: readonly TBenchmarkRij[],
  datum: Date,
  alGetoond: readonly (readonly string[])[] = [],
): TBerekendeBenchmark {
  // National first, then the RIEC regions, then the provinces: the order decides which group
  // gives way when two would together expose a few gemeenten.
  const kandidaten = [
    kandidaat(groepId.landelijk, "landelijk", "Nederland", rijen),
    ...RIEC_REGIOS.map((r) =>
      kandidaat(
        groepId.riec(r),
        "riec",
        `RIEC ${r}`,
        rijen.filter((x) => x.riec === r),
      ),
    ),
    ...PROVINCIES.map((p) =>
      kandidaat(
        groepId.provincie(p),
        "provincie",
        `Provincie ${p}`,
        rijen.filter((x) => x.provincie === p),
      ),
    ),
  ];
  const { getoond } = toonbareGroepen(
    kandidaten.map((k): TGroepKandidaat => ({ id: k.id, leden: k.rijen.map((r) => r.scanId) })),
    { alGetoond },
  );
  const dims = [...model.dimensies].sort((a, b) => a.volgorde - b.volgorde);
  const benchmark: TBenchmark = {
    modelVersie: model.versie,
    datum: datum.toISOString(),
    groepen: kandidaten.map((k): TBenchmarkGroep => {
      if (!getoond.includes(k.id)) return { id: k.id, soort: k.soort, naam: k.naam, getoond: false };
      return {
        id: k.id,
        soort: k.soort,
        naam: k.naam,
        getoond: true,
        gemeenten: k.rijen.length,
        dimensies: dims.map((d) => {
          const waarden = k.rijen.map((r) => r.dimensies.find((x) => x.id === d.id));
          const vastgesteld = waarden.map((w) => w?.vastgesteld ?? null);
          const berekend = waarden.map((w) => w?.berekend ?? null);
          return {
            dimensieId: d.id,
            naam: d.naam,
            vastgesteld: groepStatistiek(vastgesteld),
            verdeling: niveauVerdeling(vastgesteld),
            berekend: groepStatistiek(berekend),
            verdelingBerekend: niveauVerdeling(berekend),
          };
        }),
      };
    }),
  };
  return { benchmark, leden: kandidaten.filter((k) => getoond.includes(k.id)).map((k) => ({ id: k.id, scans: k.rijen.map((r) => r.scanId) })) };
}

/** Before the first edition: every group named, none shown. */
export function legeBenchmark(model: TModel): TBenchmark {
  return { ...berekenBenchmark(model, [], new Date(0)).benchmark, datum: null };
}

/** The groups a gemeente is compared with: the country and its own RIEC region. */
export function groepenVoor(b: TBenchmark, riec: string | null): TBenchmarkGroep[] {
  return b.groepen.filter((g) => g.id === groepId.landelijk || (riec !== null && g.id === groepId.riec(riec)));
}
