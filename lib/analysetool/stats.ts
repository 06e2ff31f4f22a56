/** Small numeric helpers shared by scoring, agenda and formatting. */

/**
 * Role means are fractions like 13/3, and 13/3 − 7/3 evaluates to 1.9999999999999996. A
 * role gap of exactly two levels must still reach `drempel_rolverschil = 2.0`, so every
 * threshold comparison allows for floating-point noise far below display precision.
 */
const EPS = 1e-9;

export function atLeast(x: number, drempel: number): boolean {
  return x >= drempel - EPS;
}

export function atMost(x: number, drempel: number): boolean {
  return x <= drempel + EPS;
}

/** Half-up rounding to `decimals`, robust against 2.5 being stored as 2.4999999999999996. */
export function roundHalfUp(x: number, decimals = 0): number {
  const f = 10 ** decimals;
  return Math.floor(x * f + 0.5 + EPS) / f;
}

export function mean(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  let sum = 0;
  for (const x of xs) sum += x;
  return sum / xs.length;
}

export function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  // Non-null assertions are safe: mid and mid − 1 lie inside a non-empty array.
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Population formula: describes this group, not an estimate for a larger one (§8). */
export function populationSd(xs: readonly number[]): number | null {
  const m = mean(xs);
  if (m === null) return null;
  let sq = 0;
  for (const x of xs) sq += (x - m) ** 2;
  return Math.sqrt(sq / xs.length);
}

export function range(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  return Math.max(...xs) - Math.min(...xs);
}
