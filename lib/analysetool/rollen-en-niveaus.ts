/**
 * Names that hold for every model version: the roles a deelnemer can have and the five
 * maturity levels. A version's questions live in its own file (model-2026-1.ts, …).
 */
import type { TRol } from "@/db/schema";
import type { TNiveau, TNiveauSchaal } from "./types";

export const ROL_LABELS: Readonly<Record<TRol, string>> = {
  ondermijning: "Ondermijning",
  privacy: "Privacy",
  ict: "ICT",
  data_analyse: "Data-analyse",
  overig: "Overig",
};

export const ROL_AFKORTINGEN: Readonly<Record<TRol, string>> = {
  ondermijning: "ONM",
  privacy: "PRV",
  ict: "ICT",
  data_analyse: "DA",
  overig: "OV",
};

/** "wie bijvoorbeeld" from §3, to help a deelnemer pick a role. */
export const ROL_VOORBEELDEN: Readonly<Record<TRol, string>> = {
  ondermijning: "coördinator/adviseur ondermijning, OOV, Bibob, toezicht & handhaving",
  privacy: "FG, privacy officer, jurist gegevensbescherming",
  ict: "informatiemanager, CISO/security officer, architect, functioneel beheer",
  data_analyse: "data-analist, BI, onderzoek & statistiek (waar mogelijk)",
  overig: "procesregisseur, OOV-manager, bestuursadviseur, andere betrokkenen",
};

export const NIVEAU_SCHAAL: TNiveauSchaal = {
  1: { naam: "Ad hoc", kern: "hangt af van personen en toeval; niets vastgelegd" },
  2: { naam: "Herhaalbaar", kern: "er is een werkwijze, maar informeel of per afdeling" },
  3: { naam: "Vastgelegd", kern: "afspraken/beleid vastgesteld en bekend bij wie het aangaat" },
  4: { naam: "Gestuurd", kern: "wordt uitgevoerd, gemeten en bijgestuurd; eigenaar legt verantwoording af" },
  5: { naam: "Geoptimaliseerd", kern: "wordt geëvalueerd en verbeterd, samen met partners; voorbeeld voor anderen" },
};

export const NIVEAU_NAMEN: Readonly<Record<TNiveau, string>> = {
  1: NIVEAU_SCHAAL[1].naam,
  2: NIVEAU_SCHAAL[2].naam,
  3: NIVEAU_SCHAAL[3].naam,
  4: NIVEAU_SCHAAL[4].naam,
  5: NIVEAU_SCHAAL[5].naam,
};
