/**
 * What an answer may be, checked against the model version of the scan (analysetool-model
 * §2, §4). Pure and shared by the autosave action, the no-JavaScript form post and the
 * tests: one place decides what is refused, always with a Dutch message naming the field.
 */
import { findQuestion, type TFoundQuestion, type TGeenOordeel, type TModel, TOELICHTING_MAX } from "@/lib/analysetool";
import { UserError } from "@/lib/errors";
import { dropControlChars } from "@/lib/security/control-chars";

/** Answers to the open questions may be a little longer than a toelichting. */
export const OPEN_ANTWOORD_MAX = 2000;

/** A begeleider's reason for reopening a tool. */
export const REDEN_MAX = 500;

export const KEUZES = ["1", "2", "3", "4", "5", "weet_niet", "nvt"] as const;
export type TKeuze = (typeof KEUZES)[number] | "";

export const MELDINGEN = {
  vraagOnbekend: "Deze vraag hoort niet bij de analysetool van deze scan. Laad de pagina opnieuw.",
  keuze: "Kies een niveau van 1 tot en met 5, ‘Weet ik niet’ of ‘Niet van toepassing’.",
  ambitieKeuze: "Kies bij de ambitie een niveau van 1 tot en met 5 of ‘Weet ik niet’.",
  toelichting: `Een toelichting mag niet langer zijn dan ${TOELICHTING_MAX} tekens.`,
  openTekst: `Je antwoord mag niet langer zijn dan ${OPEN_ANTWOORD_MAX} tekens.`,
  openZonderKeuze: "Bij een open vraag hoort alleen een tekst, geen niveau.",
  tekstBijNiveauvraag: "Bij deze vraag hoort een niveau, geen open antwoord.",
  ingediend: "Je hebt je analysetool al ingediend. Je antwoorden kunnen niet meer worden gewijzigd.",
  gesloten: "De analysetool is niet (meer) open voor antwoorden. Er is niets gewijzigd.",
} as const;

export type TAntwoordInvoer = { vraagId: string; keuze?: string; toelichting?: string; tekst?: string };

/** An answer as it is stored: `niveau` 1–5, or null with `geenOordeel` (or nothing chosen yet). */
export type TNormaalAntwoord = {
  vraagId: string;
  niveau: number | null;
  geenOordeel: TGeenOordeel | null;
  toelichting: string | null;
  tekst: string | null;
};

/**
 * Browsers submit a textarea's line breaks as CRLF while `maxlength` counts them as one
 * character, so the length is measured after turning CRLF back into LF. Control characters
 * go (lib/security/control-chars.ts).
 */
export function normaliseerTekst(value: string | undefined | null): string | null {
  const v = dropControlChars((value ?? "").replace(/\r\n?/g, "\n")).trim();
  return v === "" ? null : v;
}

/** Field names: `keuze`, `toelichting`, `tekst` for autosave; the form post prefixes them per question. */
export type TVeldnaam = (veld: "keuze" | "toelichting" | "tekst" | "vraagId") => string;
const zelfdeVeld: TVeldnaam = (veld) => veld;

/**
 * The answer as stored, or a UserError naming the offending field. An id the scan's model
 * does not ask (unknown, withdrawn, or only in another model version) is refused here.
 */
export function normaliseerAntwoord(model: TModel, invoer: TAntwoordInvoer, veld: TVeldnaam = zelfdeVeld): TNormaalAntwoord {
  const vraag = findQuestion(model, invoer.vraagId);
  if (!vraag) throw new UserError(MELDINGEN.vraagOnbekend, veld("vraagId"));
  const keuze = invoer.keuze ?? "";
  const toelichting = normaliseerTekst(invoer.toelichting);
  const tekst = normaliseerTekst(invoer.tekst);

  if (vraag.kind === "open") {
    if (keuze !== "" || toelichting !== null) throw new UserError(MELDINGEN.openZonderKeuze, veld("keuze"));
    if (tekst !== null && tekst.length > OPEN_ANTWOORD_MAX) throw new UserError(MELDINGEN.openTekst, veld("tekst"));
    return { vraagId: invoer.vraagId, niveau: null, geenOordeel: null, toelichting: null, tekst };
  }
  if (tekst !== null) throw new UserError(MELDINGEN.tekstBijNiveauvraag, veld("tekst"));
  if (toelichting !== null && toelichting.length > TOELICHTING_MAX) throw new UserError(MELDINGEN.toelichting, veld("toelichting"));
  return { vraagId: invoer.vraagId, ...leesKeuze(vraag, keuze, veld), toelichting, tekst: null };
}

function leesKeuze(vraag: TFoundQuestion, keuze: string, veld: TVeldnaam): Pick<TNormaalAntwoord, "niveau" | "geenOordeel"> {
  if (keuze === "") return { niveau: null, geenOordeel: null };
  if (/^[1-5]$/.test(keuze)) return { niveau: Number(keuze), geenOordeel: null };
  if (keuze === "weet_niet") return { niveau: null, geenOordeel: "weet_niet" };
  // "Niet van toepassing" makes no sense for an ambition (§4: 1–5 or weet_niet).
  if (keuze === "nvt" && vraag.kind === "vraag") return { niveau: null, geenOordeel: "nvt" };
  throw new UserError(vraag.kind === "ambitie" ? MELDINGEN.ambitieKeuze : MELDINGEN.keuze, veld("keuze"));
}

/** A stored row back into the form's terms. */
export function keuzeVan(row: { niveau: number | null; geenOordeel: TGeenOordeel | null }): TKeuze {
  if (row.niveau !== null && row.niveau >= 1 && row.niveau <= 5) return String(row.niveau) as TKeuze;
  return row.geenOordeel ?? "";
}

/**
 * A short fingerprint of what a question showed when the page was rendered. The form post
 * (no JavaScript) sends it back, so only questions the person actually changed on this
 * page are written: an untouched question never overwrites a later change from another tab.
 */
export function vingerafdruk(waarde: { keuze: string; toelichting: string | null; tekst: string | null }): string {
  const s = JSON.stringify([waarde.keuze, normaliseerTekst(waarde.toelichting), normaliseerTekst(waarde.tekst)]);
  // FNV-1a over UTF-16 units, two lanes: not a secret, only "did this change?".
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x811c9dc5) >>> 0;
  }
  return `${a.toString(36)}.${b.toString(36)}.${s.length.toString(36)}`;
}
