/** Disagreement and knowledge-gap markers per question (analysetool-model §8). */
import type { TRol } from "@/db/schema";
import { atLeast, populationSd, range } from "./stats";
import type { TModelParameters, TSpreidingType } from "./types";

export type TSpreiding = {
  bereik: number | null;
  rolverschil: number | null;
  sd: number | null;
  gespreksonderwerp: boolean;
  type: TSpreidingType | null;
  eenBron: boolean;
};

/**
 * `niveaus`: all numeric answers to one question; `rolGemiddelden`: m(r,q) of every role
 * with a numeric answer.
 */
export function spreiding(niveaus: readonly number[], rolGemiddelden: readonly number[], parameters: TModelParameters): TSpreiding {
  const eenBron = niveaus.length === 1;
  // Spread needs two numbers; with one answer there is a score but nothing to compare (§8).
  const bereik = niveaus.length >= 2 ? range(niveaus) : null;
  const sd = niveaus.length >= 2 ? populationSd(niveaus) : null;
  const rolverschil = rolGemiddelden.length >= 2 ? range(rolGemiddelden) : null;
  const gespreksonderwerp =
    (bereik !== null && atLeast(bereik, parameters.drempelBereik)) || (rolverschil !== null && atLeast(rolverschil, parameters.drempelRolverschil));
  return {
    bereik,
    rolverschil,
    sd,
    gespreksonderwerp,
    type: gespreksonderwerp ? spreidingType(niveaus) : null,
    eenBron,
  };
}

/**
 * "eenling" when one answer, left out, leaves the rest within one level. Only the lowest
 * or the highest answer can shrink the range, so those two are the only ones to try.
 */
export function spreidingType(niveaus: readonly number[]): TSpreidingType {
  if (niveaus.length < 3) return "verdeeld";
  const s = [...niveaus].sort((a, b) => a - b);
  const zonderLaagste = range(s.slice(1));
  const zonderHoogste = range(s.slice(0, -1));
  const eenling = (zonderLaagste !== null && zonderLaagste <= 1) || (zonderHoogste !== null && zonderHoogste <= 1);
  return eenling ? "eenling" : "verdeeld";
}

export type TKennislacune = { aandeelWeetNietPrimair: number | null; kennislacune: boolean };

/**
 * §8 speaks of "deelnemers in de primaire rollen"; we count the answers those deelnemers
 * gave to this question, of any kind (niveau, weet_niet or nvt), as the denominator. A
 * deelnemer without a row for the question expressed nothing, so cannot be half of a gap;
 * an nvt does count, because that person did form a view on the question.
 */
export function kennislacune(
  antwoorden: readonly { rol: TRol; soort: "niveau" | "weet_niet" | "nvt" }[],
  primair: readonly TRol[],
  parameters: TModelParameters,
): TKennislacune {
  let totaal = 0;
  let weetNiet = 0;
  for (const a of antwoorden) {
    if (!primair.includes(a.rol)) continue;
    totaal++;
    if (a.soort === "weet_niet") weetNiet++;
  }
  if (totaal === 0) return { aandeelWeetNietPrimair: null, kennislacune: false };
  const aandeel = weetNiet / totaal;
  return { aandeelWeetNietPrimair: aandeel, kennislacune: atLeast(aandeel, parameters.drempelWeetniet) };
}
