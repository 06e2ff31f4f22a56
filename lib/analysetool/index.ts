/**
 * Registry of analysetool content models. A scan stores the version it was sent out with,
 * so every version that was ever used must stay resolvable here (§2).
 */
import { actieveVragen, ambitieId } from "./helpers";
import { MODEL_2026_1 } from "./model-2026-1";
import type { TDimensie, TModel, TOpenVraag, TVraag } from "./types";

export { actieveVragen, ambitieId } from "./helpers";
export { MODEL_2026_1 } from "./model-2026-1";
export { NIVEAU_NAMEN, NIVEAU_SCHAAL, ROL_AFKORTINGEN, ROL_LABELS, ROL_VOORBEELDEN } from "./rollen-en-niveaus";
export * from "./scoring";
export * from "./types";

export const CURRENT_MODEL_VERSIE = "2026.1";

/** Max length of a toelichting (§4). */
export const TOELICHTING_MAX = 1000;

// A Map, not an object literal: getModel("toString") must throw, not return a prototype member.
const MODELS: ReadonlyMap<string, TModel> = new Map([[MODEL_2026_1.versie, MODEL_2026_1]]);

/** Every version a scan may refer to (for form schemas that must know all ids ever asked). */
export function modelVersies(): string[] {
  return [...MODELS.keys()];
}

export function getModel(versie: string): TModel {
  const model = MODELS.get(versie);
  if (!model) throw new Error(`Onbekende modelversie van de analysetool: ${versie}`);
  return model;
}

/** Every id a deelnemer can answer, in questionnaire order. */
export function allQuestionIds(model: TModel): string[] {
  const ids: string[] = [];
  for (const d of model.dimensies) {
    for (const v of actieveVragen(d)) ids.push(v.id);
    if (model.parameters.ambitieAan) ids.push(ambitieId(d.id));
  }
  for (const o of model.openVragen) ids.push(o.id);
  return ids;
}

export function countAnswerable(model: TModel): number {
  return allQuestionIds(model).length;
}

export type TFoundQuestion =
  | { kind: "vraag"; dimensie: TDimensie; vraag: TVraag }
  | { kind: "ambitie"; dimensie: TDimensie; tekst: string }
  | { kind: "open"; openVraag: TOpenVraag };

/** Resolves an answer's vraagId; null for ids this model does not ask. */
export function findQuestion(model: TModel, id: string): TFoundQuestion | null {
  for (const d of model.dimensies) {
    if (model.parameters.ambitieAan && id === ambitieId(d.id)) {
      return { kind: "ambitie", dimensie: d, tekst: model.ambitieVraag };
    }
    const vraag = actieveVragen(d).find((v) => v.id === id);
    if (vraag) return { kind: "vraag", dimensie: d, vraag };
  }
  const openVraag = model.openVragen.find((o) => o.id === id);
  return openVraag ? { kind: "open", openVraag } : null;
}
