import { NIVEAU_NAMEN } from "@/lib/analysetool";
import type { THandelingsperspectief } from "@/lib/data/handelingsperspectieven";
import { formatDatum } from "@/lib/dates";
import { Feiten } from "./html-delen";

export type TTop3Feiten = Pick<THandelingsperspectief, "eigenaar" | "termijn" | "eersteStap" | "doelNiveau" | "partners" | "middelen" | "indicator">;

/** The agreed facts of one top-3 item; the optional ones only when filled in. */
export function Top3Feiten({ h }: { h: TTop3Feiten }) {
  const rijen: [string, string][] = [
    ["Eigenaar", h.eigenaar ?? "–"],
    ["Termijn", h.termijn ? formatDatum(h.termijn) : "–"],
    ["Eerste stap", h.eersteStap ?? "–"],
  ];
  if (h.doelNiveau) rijen.push(["Beoogd niveau", `${h.doelNiveau} (${NIVEAU_NAMEN[h.doelNiveau as 1 | 2 | 3 | 4 | 5]})`]);
  if (h.partners) rijen.push(["Betrokken partners", h.partners]);
  if (h.middelen) rijen.push(["Benodigde middelen", h.middelen]);
  if (h.indicator) rijen.push(["Hier zie je succes aan", h.indicator]);
  return <Feiten rijen={rijen} />;
}
