/**
 * The texts the begeleider writes (rapport_teksten): which keys exist, how long they may be,
 * and how they land in a report model. Pure, so the writing page can re-render its preview
 * in the browser from the form state with exactly the code the server uses.
 */

import { dropControlChars } from "@/lib/security/control-chars";
import type { TRapportModel } from "./types";

export const TEKST_MAX = { samenvatting: 4000, conclusies: 4000, dimensie: 2000 } as const;

export type TTeksten = Record<string, string>;

export function dimensieSleutel(dimensieId: string, soort: "sterk" | "verbeter"): string {
  return `dimensie.${dimensieId}.${soort}`;
}

/** Every key a report of this model can hold, with its limit. */
export function tekstSleutels(dimensieIds: readonly string[]): { sleutel: string; max: number }[] {
  return [
    { sleutel: "samenvatting", max: TEKST_MAX.samenvatting },
    ...dimensieIds.flatMap((id) => [
      { sleutel: dimensieSleutel(id, "sterk"), max: TEKST_MAX.dimensie },
      { sleutel: dimensieSleutel(id, "verbeter"), max: TEKST_MAX.dimensie },
    ]),
    { sleutel: "conclusies", max: TEKST_MAX.conclusies },
  ];
}

/**
 * Plain text as it is stored: composed characters (NFC, so "e" + combining diaeresis becomes
 * "ë", which the PDF font draws without shaping tables), Windows line ends made \n, control characters other than
 * newline and tab dropped (they cannot be stored in jsonb or shown), at most one empty line
 * between paragraphs, no surrounding whitespace. Markup is kept as typed: it is text, and
 * every renderer escapes it.
 */
export function normaliseerTekst(value: string): string {
  return dropControlChars(value.normalize("NFC").replace(/\r\n?/g, "\n"))
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Paragraphs of a text: separated by an empty line; single line breaks stay inside. */
export function alineas(tekst: string | null): string[] {
  if (!tekst) return [];
  return tekst
    .split(/\n\s*\n/)
    .map((a) => a.trim())
    .filter(Boolean);
}

const leeg = (s: string | undefined) => (s?.trim() ? s.trim() : null);

/** The model with the given texts in every place they appear; the rest is untouched. */
export function applyTeksten(model: TRapportModel, teksten: TTeksten): TRapportModel {
  const dimensies = model.dimensies.map((d) => ({
    ...d,
    sterk: leeg(teksten[dimensieSleutel(d.id, "sterk")]),
    verbeter: leeg(teksten[dimensieSleutel(d.id, "verbeter")]),
  }));
  return {
    ...model,
    samenvatting: { ...model.samenvatting, tekst: leeg(teksten.samenvatting) },
    dimensies,
    sterkePunten: {
      ...model.sterkePunten,
      teksten: dimensies.flatMap((d) => (d.sterk ? [{ dimensie: d.naam, tekst: d.sterk }] : [])),
    },
    verbeterpunten: {
      ...model.verbeterpunten,
      teksten: dimensies.flatMap((d) => (d.verbeter ? [{ dimensie: d.naam, tekst: d.verbeter }] : [])),
    },
    vervolg: { ...model.vervolg, conclusies: leeg(teksten.conclusies) },
  };
}
