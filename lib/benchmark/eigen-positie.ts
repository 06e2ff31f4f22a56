/**
 * A gemeente next to a benchmark group (issue 17), pure: per dimension its own level, the
 * group's median and middle half, and where it stands. The agreed levels are compared when the
 * gemeente has one for every dimension (after its workshop), otherwise the computed scores:
 * always like with like.
 */
import type { TBenchmarkGroep } from "./groepen";
import { positie, type TPositie } from "./statistiek";

export type TBenchmarkSoort = "vastgesteld" | "berekend";

export type TEigenRij = {
  dimensieId: string;
  naam: string;
  eigen: number | null;
  n: number;
  mediaan: number | null;
  p25: number | null;
  p75: number | null;
  positie: TPositie | null;
};

export type TEigenProfiel = { soort: TBenchmarkSoort; waarden: Readonly<Record<string, number | null>> };

/** Which of the gemeente's figures to compare: the agreed levels once all are there. */
export function eigenProfiel(dimensies: readonly { id: string; berekend: number | null; vastgesteld: number | null }[]): TEigenProfiel {
  const vastgesteld = dimensies.length > 0 && dimensies.every((d) => d.vastgesteld !== null);
  return {
    soort: vastgesteld ? "vastgesteld" : "berekend",
    waarden: Object.fromEntries(dimensies.map((d) => [d.id, vastgesteld ? d.vastgesteld : d.berekend])),
  };
}

export function eigenRijen(eigen: TEigenProfiel, groep: Extract<TBenchmarkGroep, { getoond: true }>): TEigenRij[] {
  return groep.dimensies.map((d) => {
    const g = d[eigen.soort];
    const waarde = eigen.waarden[d.dimensieId] ?? null;
    return {
      dimensieId: d.dimensieId,
      naam: d.naam,
      eigen: waarde,
      n: g?.n ?? 0,
      mediaan: g?.mediaan ?? null,
      p25: g?.p25 ?? null,
      p75: g?.p75 ?? null,
      positie: g && waarde !== null ? positie(waarde, g) : null,
    };
  });
}

export const SOORT_TEKST: Record<TBenchmarkSoort, string> = {
  vastgesteld: "het in de workshop vastgestelde niveau",
  berekend: "de berekende score uit de analysetool (de workshop heeft nog niet alle niveaus vastgesteld)",
};
