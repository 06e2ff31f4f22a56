import { formatDatumTijd } from "@/lib/dates";

/**
 * Stap 3 → 4: the begeleider closes the tool once the deadline has passed or everybody has
 * submitted (architecture §2). Returns why it cannot close yet, or null.
 */
export function closeAnalysetoolBlocker(input: { now: Date; deadline: Date | null; ingediend: number; totaal: number }): string | null {
  if (input.totaal > 0 && input.ingediend === input.totaal) return null;
  if (input.deadline && input.now >= input.deadline) return null;
  const deadline = input.deadline ? ` (${formatDatumTijd(input.deadline)})` : "";
  return `De analysetool kan pas dicht na de deadline${deadline} of als iedereen heeft ingediend. Nu hebben ${input.ingediend} van de ${input.totaal} deelnemers ingediend.`;
}

/** Stap 4 → 5: every dimension has an agreed level. Returns the names of those still missing. */
export function closeWorkshopBlockers(dimensies: readonly { id: string; naam: string }[], vastgesteld: ReadonlySet<string>): string[] {
  return dimensies.filter((d) => !vastgesteld.has(d.id)).map((d) => d.naam);
}

/**
 * Stap 4 → 5 records that the workshop took place, so it cannot happen before it could have
 * (issue 19.1: closed a week early, the report showed the workshop after the concept). A
 * workshop held on another day than planned gets its date moved first, on the planning page.
 */
export function workshopNogNietGehouden(input: { now: Date; workshopAt: Date | null }): string | null {
  if (!input.workshopAt) return "Er is nog geen workshopdatum vastgelegd. Leg die eerst vast op de planningspagina.";
  if (input.now < input.workshopAt) {
    return `De workshop staat gepland op ${formatDatumTijd(input.workshopAt)}. Rond hem af als hij is gehouden; is hij op een ander moment gehouden, pas dan eerst de datum aan op de planningspagina.`;
  }
  return null;
}

/** A consensus level that differs 0,5 or more from the calculated score needs a reason (§10). */
export function needsMotivering(niveau: number, berekend: number | null): boolean {
  return berekend !== null && Math.abs(niveau - berekend) >= 0.5 - 1e-9;
}

export const CONSENSUS_NIVEAUS = [1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5] as const;
