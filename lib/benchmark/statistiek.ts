/**
 * The figures of a benchmark group (issue 17), pure: per dimension the count, the median and
 * the interquartile range of a set of levels, and how the agreed levels spread over 1–5.
 */
export type TGroepStatistiek = { n: number; mediaan: number; p25: number; p75: number };

/**
 * The p-quantile with linear interpolation between the two nearest ranks (the "inclusive"
 * method of spreadsheets), so a median of 2 and 3 is 2,5 as people expect.
 */
export function kwantiel(gesorteerd: readonly number[], p: number): number {
  if (gesorteerd.length === 0) return Number.NaN;
  const h = (gesorteerd.length - 1) * p;
  const laag = Math.floor(h);
  const hoog = Math.min(laag + 1, gesorteerd.length - 1);
  return gesorteerd[laag]! + (h - laag) * (gesorteerd[hoog]! - gesorteerd[laag]!);
}

/** Count, median and quartiles; null without values (a dimension nobody scored). */
export function groepStatistiek(waarden: readonly (number | null)[]): TGroepStatistiek | null {
  const xs = waarden.filter((x): x is number => x !== null && Number.isFinite(x)).sort((a, b) => a - b);
  if (xs.length === 0) return null;
  return { n: xs.length, mediaan: kwantiel(xs, 0.5), p25: kwantiel(xs, 0.25), p75: kwantiel(xs, 0.75) };
}

/**
 * How many levels fall in 1, 2, 3, 4 and 5. An agreed level can be a half step; 2,5 counts as
 * 2, the level it has reached, as its name does (lib/analysetool/format.ts).
 */
export function niveauVerdeling(waarden: readonly (number | null)[]): [number, number, number, number, number] {
  const uit: [number, number, number, number, number] = [0, 0, 0, 0, 0];
  for (const x of waarden) {
    if (x === null || !Number.isFinite(x)) continue;
    uit[Math.min(5, Math.max(1, Math.floor(x + 1e-9))) - 1]!++;
  }
  return uit;
}

export type TPositie = "onder" | "midden" | "boven";

/** Where a gemeente's level stands in its group: below the 25th percentile, between, or above the 75th. */
export function positie(eigen: number, g: Pick<TGroepStatistiek, "p25" | "p75">): TPositie {
  if (eigen < g.p25) return "onder";
  if (eigen > g.p75) return "boven";
  return "midden";
}

export const POSITIE_LABELS: Record<TPositie, string> = {
  onder: "onder het middenveld (onder p25)",
  midden: "in het middenveld",
  boven: "boven het middenveld (boven p75)",
};
