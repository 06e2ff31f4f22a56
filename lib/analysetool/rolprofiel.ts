/** Role profile D(r,d) (analysetool-model §7.5) and its deviation marking (§9). */
import type { TRol } from "@/db/schema";
import { actieveVragen } from "./helpers";
import { atLeast, mean } from "./stats";
import type { TDimensie, TRolProfielCel, TVraagResultaat } from "./types";

/** §9: role-profile cells this far from D(d) are marked. Not a §12 parameter, so fixed here. */
export const ROL_AFWIJKING_MARKERING = 1.0;

/** D(r,d) for one role and dimension (§7.5). */
export function rolProfielCel(rol: TRol, dimensie: TDimensie, vraagResultaten: readonly TVraagResultaat[], dimensieScore: number | null): TRolProfielCel {
  const vragen = actieveVragen(dimensie);
  const ids = new Set(vragen.map((v) => v.id));
  const m = vraagResultaten.flatMap((v) => {
    const g = ids.has(v.vraagId) ? v.perRol[rol]?.gemiddelde : null;
    return g === null || g === undefined ? [] : [g];
  });
  // Half the questions is enough to show a role's view; fewer would let one or two
  // questions stand for the whole dimension.
  const score = vragen.length > 0 && atLeast(m.length / vragen.length, 0.5) ? mean(m) : null;
  const afwijking = score !== null && dimensieScore !== null ? score - dimensieScore : null;
  return {
    score,
    aantalVragen: m.length,
    afwijking,
    afwijkend: afwijking !== null && atLeast(Math.abs(afwijking), ROL_AFWIJKING_MARKERING),
  };
}
