/** The sections of the eindrapport, in order (analysetool-model §11). */
import type { TRapportSectie, TRapportSoort, TSectieId } from "./types";

const SECTIES: { id: TSectieId; titel: string; bijlage?: string; alleenDefinitief?: boolean; alleenHerhaalmeting?: boolean; alleenBenchmark?: boolean }[] = [
  { id: "samenvatting", titel: "Samenvatting" },
  { id: "werkwijze", titel: "Werkwijze" },
  { id: "deelnemers", titel: "Deelnemers" },
  { id: "profiel", titel: "Profiel" },
  { id: "vergelijking", titel: "Vergelijking met de vorige scan", alleenHerhaalmeting: true },
  { id: "benchmark", titel: "Vergelijking met andere gemeenten", alleenBenchmark: true },
  { id: "dimensies", titel: "Resultaten per dimensie" },
  { id: "rollen", titel: "Verschillen tussen rollen" },
  { id: "workshop", titel: "Workshop" },
  { id: "sterke_punten", titel: "Sterke punten" },
  { id: "verbeterpunten", titel: "Verbeterpunten" },
  { id: "handelingsperspectieven", titel: "Handelingsperspectieven" },
  { id: "reacties", titel: "Verwerkte reacties", alleenDefinitief: true },
  { id: "vervolg", titel: "Conclusies en vervolg" },
  { id: "bijlage_antwoorden", titel: "Antwoorden per vraag", bijlage: "B1" },
  { id: "bijlage_vragenlijst", titel: "Vragenlijst zoals uitgezet", bijlage: "B2" },
];

export const SECTIE_IDS = SECTIES.map((s) => s.id);

/**
 * The sections a version contains, numbered for the reader. The concept has no "reacties"
 * yet, so its numbers run 1–11; a herhaalmeting adds the comparison after the profile, and the
 * benchmark (when the report was built with its figures) follows.
 * Feedback refers to the id, never to the number.
 */
export function sectiesVoor(soort: TRapportSoort, opts: { herhaalmeting?: boolean; benchmark?: boolean } = {}): TRapportSectie[] {
  let n = 0;
  return SECTIES.filter(
    (s) => (soort === "definitief" || !s.alleenDefinitief) && (opts.herhaalmeting || !s.alleenHerhaalmeting) && (opts.benchmark || !s.alleenBenchmark),
  ).map((s) => ({
    id: s.id,
    nummer: s.bijlage ?? String(++n),
    titel: s.bijlage ? `Bijlage ${s.bijlage.slice(1)}. ${s.titel}` : s.titel,
  }));
}

export function sectieTitel(id: string): string {
  return SECTIES.find((s) => s.id === id)?.titel ?? id;
}

export function isSectieId(id: string): id is TSectieId {
  return (SECTIE_IDS as string[]).includes(id);
}
