/**
 * Guards of stap 5 → 6 → 7 (architecture §2), pure so their wording and edge cases are
 * unit-tested. Each returns why the step cannot happen yet, or null.
 */
import { formatDatumTijd } from "@/lib/dates";

export const STEMMEN_PER_DEELNEMER = 3;

/** Stap 5 → 6: a concept exists, the digital meeting took place, every reaction is handled. */
export function startHandelingsperspectievenBlocker(i: {
  concepten: number;
  overlegAt: Date | null;
  overlegDuurMinuten: number | null;
  now: Date;
  bevestigd: boolean;
  openReacties: number;
}): string | null {
  if (i.concepten === 0) return "Publiceer eerst een concept eindrapport.";
  if (!i.overlegAt) return "Plan eerst het digitale overleg over het concept.";
  const einde = new Date(i.overlegAt.getTime() + (i.overlegDuurMinuten ?? 0) * 60_000);
  if (i.now < einde && !i.bevestigd) {
    return `Het digitale overleg (${formatDatumTijd(i.overlegAt)}) is nog niet voorbij. Vink aan dat het is gehouden als het eerder klaar was.`;
  }
  if (i.openReacties > 0) {
    const wat = i.openReacties === 1 ? "is nog 1 reactie" : `zijn nog ${i.openReacties} reacties`;
    return `Er ${wat} niet behandeld. Verwerk ze of wijs ze af, met een antwoord.`;
  }
  return null;
}

/** Exactly three different proposals of this scan. */
export function stemmenBlocker(hpIds: readonly string[], vanDezeScan: ReadonlySet<string>): string | null {
  if (vanDezeScan.size < STEMMEN_PER_DEELNEMER) return "Er zijn nog geen drie voorstellen om op te stemmen.";
  const uniek = new Set(hpIds);
  if (uniek.size !== hpIds.length || hpIds.length !== STEMMEN_PER_DEELNEMER) {
    return `Kies precies ${STEMMEN_PER_DEELNEMER} verschillende voorstellen; je hebt er nu ${uniek.size} gekozen.`;
  }
  if ([...uniek].some((id) => !vanDezeScan.has(id))) return "Een van de gekozen voorstellen bestaat niet (meer). Laad de pagina opnieuw.";
  return null;
}

/** Stap 6 → 7: ranks 1, 2 and 3 are taken, each with an owner, a term and a first step. */
export function finalizeBlocker(
  top: readonly { rang: number | null; eigenaar: string | null; termijn: Date | null; eersteStap: string | null }[],
): string | null {
  const gerangschikt = top.filter((t) => t.rang !== null);
  const rangen = gerangschikt.map((t) => t.rang).sort();
  if (gerangschikt.length !== 3 || rangen.join() !== "1,2,3") return "Leg eerst de top 3 handelingsperspectieven vast.";
  if (gerangschikt.some((t) => !t.eigenaar || !t.termijn || !t.eersteStap)) {
    return "Elk handelingsperspectief in de top 3 heeft een eigenaar, een termijn en een eerste stap nodig.";
  }
  return null;
}
