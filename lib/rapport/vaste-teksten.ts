/** The fixed prose of the report, kept in the model so the page and the PDF say the same. */
import { actieveVragen, type TModel } from "@/lib/analysetool";
import type { TRapportSoort } from "./types";

export function werkwijzeAlineas(model: TModel, soort: TRapportSoort): string[] {
  const vragen = model.dimensies.reduce((n, d) => n + actieveVragen(d).length, 0);
  return [
    "De datavolwassenheidsscan brengt in beeld hoe goed de gemeente data gebruikt, in het algemeen en in de bestuurlijke aanpak van ondermijning. Het resultaat is een profiel om over te praten, geen rapportcijfer: het laat zien waar de gemeente staat en welke stappen het meeste opleveren.",
    `Deelnemers uit ondermijning, privacy, ICT, data-analyse en andere functies vulden ieder vanuit hun eigen functie de analysetool in (model ${model.modelId}, versie ${model.versie}: ${vragen} vragen over ${model.dimensies.length} dimensies in ${model.themas.length} thema's). Per vraag kozen zij de beschrijving die het best past bij de huidige situatie, of "weet ik niet".`,
    "De scores zijn gewogen gemiddelden: elke rol telt als één stem en de rollen die het best over een vraag kunnen oordelen tellen dubbel. Waar de antwoorden sterk uiteenliepen, is dat in de workshop besproken. Daar stelde de groep per dimensie het niveau vast.",
    soort === "definitief"
      ? "Het concept van dit rapport is besproken in een digitaal overleg. De reacties zijn verwerkt of met een toelichting afgewezen; daarna kozen de deelnemers samen de drie handelingsperspectieven waarmee de gemeente aan de slag gaat."
      : "Dit is een concept. Het wordt besproken in een digitaal overleg; reacties op het concept worden verwerkt in het definitieve rapport. Daarna kiezen de deelnemers samen de drie handelingsperspectieven waarmee de gemeente aan de slag gaat.",
    "Leeswijzer: scores lopen van 1 tot 5 en worden met één decimaal getoond. De naam van het niveau hoort bij de afgeronde score.",
  ];
}

export const VERVOLG_ADVIEZEN = [
  "Begin binnen vier weken met de eerste stap van elk van de drie handelingsperspectieven en bespreek de voortgang elk kwartaal met de eigenaren.",
  "Doe over 12 tot 18 maanden een herhaalmeting met dezelfde modelversie of een versie met een vergelijkingstabel, zodat de ontwikkeling per dimensie zichtbaar wordt.",
  "Betrek bij de herhaalmeting weer alle rollen, en vooral de rollen die deze keer ontbraken of weinig antwoorden gaven.",
];

export const VERWIJZINGEN = [
  {
    naam: "Zicht op Ondermijning",
    omschrijving: "Dashboard met geaggregeerde gegevens over ondermijning per gemeente en wijk.",
    url: "https://www.zichtopondermijning.nl/",
  },
  {
    naam: "De Ethische Data Assistent (DEDA)",
    omschrijving: "Werkblad en handleiding om ethische vragen in dataprojecten te bespreken en vast te leggen.",
    url: "https://dataschool.nl/deda/",
  },
  {
    naam: "Baseline Informatiebeveiliging Overheid (BIO)",
    omschrijving: "Het normenkader voor informatiebeveiliging van alle overheidslagen.",
    url: "https://minbzk.github.io/Baseline-Informatiebeveiliging-Overheid/",
  },
];
