import { STAPPEN, type TScanState } from "@/db/schema";

export type TStapInfo = {
  nummer: number;
  titel: string;
  /** What happens in this step, in plain Dutch (paraphrased from the stappenplan). */
  omschrijving: string;
  /** What the gemeente is asked to do. */
  gevraagd: string;
};

export const STAP_INFO: Record<(typeof STAPPEN)[number], TStapInfo> = {
  aangemeld: {
    nummer: 1,
    titel: "Aanmelden",
    omschrijving: "De gemeente meldt zich aan en krijgt uitleg over het verloop, de analysetool en het eindrapport.",
    gevraagd: "Een contactpersoon vult het aanmeldformulier in.",
  },
  voorbereiding: {
    nummer: 2,
    titel: "Procesregisseur en deelnemers",
    omschrijving:
      "De procesregisseur plant de scan, is aanspreekpunt voor de begeleiders en stelt de groep deelnemers samen: in elk geval iemand van ondermijning, privacy en ICT, en waar het kan ook data-analyse. Samen kiezen zij een datum voor de workshop.",
    gevraagd: "Deelnemers aanwijzen en een workshopdatum kiezen.",
  },
  analysetool: {
    nummer: 3,
    titel: "Analysetool invullen",
    omschrijving:
      "Drie weken voor de workshop krijgt iedere deelnemer de analysetool. Je vult die zo volledig mogelijk in vanuit je eigen functie, uiterlijk een week voor de workshop. De begeleiders gebruiken de antwoorden om de workshop voor te bereiden.",
    gevraagd: "De analysetool invullen en indienen vóór de deadline.",
  },
  workshop: {
    nummer: 4,
    titel: "Workshop",
    omschrijving:
      "In de workshop bespreken de begeleiders de ingevulde tools met de deelnemers. Samen komen jullie tot één beeld van de datavolwassenheid van de gemeente.",
    gevraagd: "Deelnemen aan de workshop.",
  },
  concept: {
    nummer: 5,
    titel: "Concept eindrapport",
    omschrijving:
      "De begeleiders schrijven op basis van de tools en de workshop een concept eindrapport. De deelnemers lezen het en bespreken het in een digitaal overleg; waar nodig wordt het aangepast of aangevuld.",
    gevraagd: "Het concept lezen en reageren.",
  },
  handelingsperspectieven: {
    nummer: 6,
    titel: "Top 3 handelingsperspectieven",
    omschrijving:
      "Deelnemers en begeleiders kiezen samen de drie actiepunten waarmee de gemeente aan de slag gaat. Daarmee is de bespreking van het concept afgerond.",
    gevraagd: "Actiepunten voorstellen en stemmen.",
  },
  afgerond: {
    nummer: 7,
    titel: "Eindrapport en aan de slag",
    omschrijving:
      "De deelnemers ontvangen het definitieve eindrapport, met de verwerkte reacties en de top 3 handelingsperspectieven. De gemeente gaat ermee aan de slag.",
    gevraagd: "Aan de slag met de top 3.",
  },
};

export function stapNummer(stap: TScanState): number | null {
  return stap === "afgewezen" ? null : STAP_INFO[stap].nummer;
}

export function stapLabel(stap: TScanState): string {
  if (stap === "afgewezen") return "Afgewezen";
  const info = STAP_INFO[stap];
  return `Stap ${info.nummer}: ${info.titel}`;
}

export { STAPPEN };
