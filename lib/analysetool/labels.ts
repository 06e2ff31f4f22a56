import { actieveVragen, ambitieId } from "./helpers";
import type { TAgendaReden, TModel, TVraagResultaat } from "./types";

export const AGENDA_REDEN_LABELS: Record<TAgendaReden, string> = {
  verdeeld: "Verdeeld: de deelnemers zien dit verschillend",
  eenling: "Eén deelnemer wijkt af: wat ziet die wat anderen niet zien?",
  kennislacune: "Kennislacune: veel deelnemers weten het niet",
};

/** The flags of a question in words, so status never depends on colour or an icon. */
export function vraagMarkeringen(v: TVraagResultaat): string[] {
  const out: string[] = [];
  if (v.gespreksonderwerp) out.push(v.type === "eenling" ? "Gespreksonderwerp (één afwijkende deelnemer)" : "Gespreksonderwerp (verdeeld)");
  if (v.kennislacune) out.push("Kennislacune");
  if (v.eenBron) out.push("Eén bron");
  return out;
}

export function vraagTekst(model: TModel, vraagId: string): string {
  for (const d of model.dimensies) {
    const v = d.vragen.find((x) => x.id === vraagId);
    if (v) return v.stelling;
  }
  return vraagId;
}

/**
 * A question as readers number it: "1.3" is the third question of the first dimension, "1 (ambitie)"
 * its ambition question. Internal ids such as `opgave.q1` stay out of the report (issue 19.13).
 */
export function vraagNummer(model: TModel, vraagId: string): string {
  for (const d of model.dimensies) {
    const i = actieveVragen(d).findIndex((v) => v.id === vraagId);
    if (i >= 0) return `${d.volgorde}.${i + 1}`;
    if (vraagId === ambitieId(d.id)) return `${d.volgorde} (ambitie)`;
  }
  const open = /^open\.q(\d+)$/.exec(vraagId);
  return open ? `open vraag ${open[1]}` : vraagId;
}

export function dimensieNaam(model: TModel, dimensieId: string): string {
  return model.dimensies.find((d) => d.id === dimensieId)?.naam ?? dimensieId;
}
