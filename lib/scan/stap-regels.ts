import type { TScanState } from "@/db/schema";
import { UserError } from "@/lib/errors";

/**
 * In which steps stap-2 data may change. Deelnemers can still be added while the tool runs
 * (a late deelnemer is invited at once); the proposed moments only matter before a date is
 * chosen; the workshop may be moved until the tool closes.
 */
export const DEELNEMERS_WIJZIGBAAR: readonly TScanState[] = ["voorbereiding", "analysetool"];
export const OPTIES_WIJZIGBAAR: readonly TScanState[] = ["voorbereiding"];
export const DATUM_WIJZIGBAAR: readonly TScanState[] = ["voorbereiding", "analysetool"];

export function assertStap(stap: TScanState, allowed: readonly TScanState[], message: string): void {
  if (!allowed.includes(stap)) throw new UserError(message);
}
