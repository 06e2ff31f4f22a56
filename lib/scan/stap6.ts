/**
 * Stap 6 has two phases: the room proposes and votes, then the begeleider fixes the top 3 and
 * finalizes. Before issue 14.2 votes and proposals were still accepted after the top 3 was
 * fixed, while the page said voting was open "tot de top 3 is vastgesteld". This table is the
 * one place that says which action may run in which phase; the actions check it on the scan
 * row they lock, so a vote racing the fixing of the top 3 is either before it or refused.
 */
import type { TScanState } from "@/db/schema";

export type TTop3Fase = "concept" | "stemmen" | "top3" | "gesloten";

export function top3Fase(scan: { stap: TScanState; top3VastgesteldAt: Date | null }): TTop3Fase {
  if (scan.stap === "concept") return "concept";
  if (scan.stap === "handelingsperspectieven") return scan.top3VastgesteldAt ? "top3" : "stemmen";
  return "gesloten";
}

export type TTop3Actie = "proposeHandelingsperspectief" | "saveStemmen" | "fixTop3" | "reopenStemmen" | "finalize";

/** Per action the phases in which it may run, and what to say otherwise. */
export const TOP3_FASEN: Record<TTop3Actie, { mag: readonly TTop3Fase[]; anders: string | ((fase: TTop3Fase) => string) }> = {
  proposeHandelingsperspectief: { mag: ["concept", "stemmen"], anders: "Voorstellen kan in stap 5 en 6, tot de top 3 is vastgesteld." },
  saveStemmen: { mag: ["stemmen"], anders: "Stemmen kan alleen in stap 6, tot de top 3 is vastgesteld." },
  // Fixing it again corrects an owner or a term; it stays fixed.
  fixTop3: { mag: ["stemmen", "top3"], anders: "De top 3 leg je vast in stap 6." },
  reopenStemmen: { mag: ["top3"], anders: "Stemmen heropenen kan alleen als de top 3 is vastgesteld en het eindrapport nog niet." },
  finalize: {
    mag: ["top3"],
    anders: (fase) =>
      fase === "stemmen" ? "Leg eerst de top 3 handelingsperspectieven vast." : "Het eindrapport stel je vast in stap 6, na het vastleggen van de top 3.",
  },
};

/** Why `actie` cannot run on this scan (or on none: it was not found), or null. */
export function top3WeigeringVoor(actie: TTop3Actie, scan: { stap: TScanState; top3VastgesteldAt: Date | null } | undefined): string | null {
  return scan ? top3Weigering(actie, top3Fase(scan)) : "Deze scan bestaat niet (meer).";
}

/** Why `actie` cannot run in `fase`, or null. */
export function top3Weigering(actie: TTop3Actie, fase: TTop3Fase): string | null {
  const regel = TOP3_FASEN[actie];
  if (regel.mag.includes(fase)) return null;
  return typeof regel.anders === "function" ? regel.anders(fase) : regel.anders;
}

/**
 * The proposals that share the votes of place 3, when that decides who is in (issue 19.7: a
 * 3–3 tie was settled silently by the preselection). `lijst` is ordered by votes, most first.
 */
export function gelijkeStandOmPlaats3<T extends { stemmen: number }>(lijst: readonly T[]): T[] {
  if (lijst.length < 4) return [];
  const derde = lijst[2]!.stemmen;
  if (lijst[3]!.stemmen !== derde || derde === 0) return [];
  return lijst.filter((h) => h.stemmen === derde);
}
