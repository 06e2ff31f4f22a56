import { fromAmsterdamLocal } from "@/lib/dates";

export const MIN_OPTIES = 2;
export const MAX_OPTIES = 5;
export const OPTIE_VELDEN = ["optie1", "optie2", "optie3", "optie4", "optie5"] as const;
export type TOptieVeld = (typeof OPTIE_VELDEN)[number];

/**
 * Reads the proposed moments from the form: empty fields are skipped, each filled one must be
 * a valid future Amsterdam time not already proposed. Returns field errors per input, so the
 * message appears next to the field it is about.
 */
export function leesOpties(
  velden: Partial<Record<TOptieVeld, string>>,
  bestaand: Date[],
  now: Date,
): { nieuw: Date[]; fouten: Partial<Record<TOptieVeld | "_form", string>> } {
  const fouten: Partial<Record<TOptieVeld | "_form", string>> = {};
  const nieuw: Date[] = [];
  const gezien = new Set(bestaand.map((d) => d.getTime()));
  for (const veld of OPTIE_VELDEN) {
    const waarde = velden[veld]?.trim();
    if (!waarde) continue;
    const d = fromAmsterdamLocal(waarde);
    if (!d) fouten[veld] = "Vul een datum en tijd in, zoals 16-03-2027 13:30.";
    else if (d.getTime() <= now.getTime()) fouten[veld] = "Kies een moment in de toekomst.";
    else if (gezien.has(d.getTime())) fouten[veld] = "Dit moment staat er al.";
    else {
      gezien.add(d.getTime());
      nieuw.push(d);
    }
  }
  if (Object.keys(fouten).length) return { nieuw: [], fouten };
  const totaal = bestaand.length + nieuw.length;
  if (nieuw.length === 0) fouten.optie1 = bestaand.length ? "Vul minstens één nieuw moment in." : `Stel minstens ${MIN_OPTIES} momenten voor.`;
  else if (totaal < MIN_OPTIES) fouten[OPTIE_VELDEN[nieuw.length] ?? "optie2"] = `Stel minstens ${MIN_OPTIES} momenten voor, zodat er iets te kiezen is.`;
  else if (totaal > MAX_OPTIES) fouten._form = `Er kunnen hoogstens ${MAX_OPTIES} momenten zijn. Verwijder er eerst een.`;
  return Object.keys(fouten).length ? { nieuw: [], fouten } : { nieuw, fouten };
}

/** A radio value "<optieId>:kan" / "<optieId>:kan_niet" from the availability form. */
export function leesBeschikbaarheid(waarde: string): { optieId: string; kan: boolean } | null {
  const m = /^([0-9a-f-]{36}):(kan|kan_niet)$/i.exec(waarde);
  return m ? { optieId: m[1]!.toLowerCase(), kan: m[2] === "kan" } : null;
}
