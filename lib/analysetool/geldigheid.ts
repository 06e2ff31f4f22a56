/** Validity of a scan (analysetool-model §7 "Geldigheid"): a warning, never a block. */
import { ROLLEN, type TRol } from "@/db/schema";
import { ROL_LABELS } from "./rollen-en-niveaus";

export const MIN_DEELNEMERS = 3;
const VERPLICHTE_ROLLEN: readonly TRol[] = ["ondermijning", "privacy", "ict"];

/**
 * Takes the submitted deelnemers, not their answers, so someone who submitted an empty tool
 * still counts. Answers fit the shape too and are deduplicated by member.
 */
export function geldigheidsWaarschuwingen(deelnemers: readonly { memberId: string; rol: TRol }[]): string[] {
  const rolVan = new Map<string, TRol>();
  for (const d of deelnemers) if (!rolVan.has(d.memberId)) rolVan.set(d.memberId, d.rol);
  const rollen = new Set(rolVan.values());
  const waarschuwingen: string[] = [];

  if (rolVan.size < MIN_DEELNEMERS) {
    const wie = rolVan.size === 1 ? "is 1 deelnemer" : `zijn ${rolVan.size} deelnemers`;
    waarschuwingen.push(`Er ${wie} met een ingeleverde analysetool; voor een betrouwbaar beeld zijn er minstens ${MIN_DEELNEMERS} nodig.`);
  }
  for (const rol of ROLLEN) {
    if (rollen.has(rol)) continue;
    if (VERPLICHTE_ROLLEN.includes(rol)) {
      waarschuwingen.push(`Er is geen ingeleverde analysetool van de rol ${ROL_LABELS[rol]}; dat perspectief ontbreekt in het profiel.`);
    } else if (rol === "data_analyse") {
      waarschuwingen.push(`Er is geen ingeleverde analysetool van de rol ${ROL_LABELS[rol]}; betrek deze rol waar mogelijk.`);
    }
  }
  return waarschuwingen;
}
