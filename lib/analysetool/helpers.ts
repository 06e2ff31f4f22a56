/** Model lookups shared by the registry and the scoring code (kept apart to avoid an import cycle). */
import type { TDimensie, TVraag } from "./types";

export function ambitieId(dimensieId: string): string {
  return `${dimensieId}.ambitie`;
}

/** Questions withdrawn in a later version stay in that model for history but are not asked. */
export function actieveVragen(dimensie: TDimensie): readonly TVraag[] {
  return dimensie.vragen.filter((v) => v.vervallenIn === undefined);
}
