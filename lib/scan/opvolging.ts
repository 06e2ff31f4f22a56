import type { TOpvolgStatus, TScanState } from "@/db/schema";

/** Stap 7: how a top-3 item stands, in the words the gemeente uses. */
export const OPVOLG_STATUS_LABELS: Record<TOpvolgStatus, string> = {
  niet_gestart: "Niet gestart",
  bezig: "Bezig",
  afgerond: "Afgerond",
  bijgesteld: "Bijgesteld",
  gestopt: "Gestopt",
};

/** A longer explanation per status, shown next to the choice. */
export const OPVOLG_STATUS_UITLEG: Record<TOpvolgStatus, string> = {
  niet_gestart: "Er is nog niet aan gewerkt.",
  bezig: "Er wordt aan gewerkt.",
  afgerond: "Het is klaar: de eerste stap en het doel zijn bereikt.",
  bijgesteld: "Het plan is veranderd, bijvoorbeeld een andere termijn of aanpak. Leg in de notitie uit wat.",
  gestopt: "Er wordt niet meer aan gewerkt. Leg in de notitie uit waarom.",
};

export const NOTITIE_MAX = 2000;

/** The follow-up starts once the definitief report is there, and only then. */
export function opvolgingOpen(stap: TScanState): boolean {
  return stap === "afgerond";
}

export type TOpvolgRechten = { procesregisseur: boolean; admin: boolean; memberId: string | null };

/**
 * Who may update one item: the procesregisseur (and the admin, for support), and the member
 * who keeps this item up to date. Everyone else with access to the scan reads it.
 */
export function magVoortgangBijwerken(r: TOpvolgRechten, item: { eigenaarMemberId: string | null }): boolean {
  if (r.procesregisseur || r.admin) return true;
  return r.memberId !== null && item.eigenaarMemberId === r.memberId;
}

/** A status that needs a note: a changed or stopped plan is explained, not just marked. */
export function notitieVerplicht(status: TOpvolgStatus): boolean {
  return status === "bijgesteld" || status === "gestopt";
}
