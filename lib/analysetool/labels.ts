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

export function dimensieNaam(model: TModel, dimensieId: string): string {
  return model.dimensies.find((d) => d.id === dimensieId)?.naam ?? dimensieId;
}
