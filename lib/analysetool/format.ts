/**
 * Display of scores: one decimal (analysetool-model §7.7), and the name of the level the score
 * has reached. §7.7 named it after the nearest level; a management team read "3,5 (Gestuurd)"
 * as "Gestuurd reached" (issue 19.11), so a score is named by the whole level at or below it.
 */
import { NIVEAU_NAMEN } from "./rollen-en-niveaus";
import { roundHalfUp } from "./stats";
import type { TNiveau } from "./types";

/**
 * Level names are the same in every model version so far; take them from the model's
 * `niveauSchaal` instead once a version changes them.
 */
export function niveauNaam(score: number): string {
  // The epsilon keeps 2,9999999 (a sum of floats meant as 3) at level 3.
  return NIVEAU_NAMEN[Math.min(5, Math.max(1, Math.floor(score + 1e-9))) as TNiveau];
}

/** "3,1"; null (no score) becomes an en dash so tables never show "NaN" or an empty cell. */
export function formatScore(x: number | null): string {
  if (x === null || !Number.isFinite(x)) return "–";
  // Round the magnitude so −0,45 and 0,45 mirror each other, and −0,04 does not print as "-0,0".
  const r = roundHalfUp(Math.abs(x), 1);
  const sign = x < 0 && r > 0 ? "-" : "";
  return sign + r.toFixed(1).replace(".", ",");
}

/** A change between two scores: "+0,4", "−0,3" (a real minus sign, read as "min"), "0" or an en dash. */
export function formatVerschil(x: number | null): string {
  if (x === null || !Number.isFinite(x)) return "–";
  const r = roundHalfUp(Math.abs(x), 1);
  if (r === 0) return "0";
  return `${x > 0 ? "+" : "\u2212"}${r.toFixed(1).replace(".", ",")}`;
}
