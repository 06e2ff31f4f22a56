/**
 * The confirmations a page shows after an action redirected to it (`?melding=<code>`): one
 * table from code to text, per page. The action names the code when it redirects
 * (`withMelding`), the page looks the text up (`meldingTekst`); both are checked against
 * this table at compile time, and a code from the URL that is not in it shows nothing.
 */
export const MELDINGEN = {
  start: { uitgelogd: "Je bent uitgelogd." },
  scan: {
    "analysetool-gestart": "De analysetool is gestart. De deelnemers krijgen hem drie weken voor de workshop per mail.",
    "analysetool-verstuurd": "De analysetool is gestart en de deelnemers krijgen hem nu per mail.",
    "workshop-afgerond": "De workshop is afgerond. De scan staat nu in stap 5: het concept eindrapport.",
    afgerond: "Het eindrapport is vastgesteld en naar alle deelnemers gestuurd.",
    herhaalmeting: "De herhaalmeting is aangevraagd. Het programmateam keurt hem goed en koppelt begeleiders; daarna begint stap 2.",
  },
  deelnemers: {
    toegevoegd: "Deelnemer toegevoegd. Die krijgt een welkomstmail.",
    gewijzigd: "Wijzigingen opgeslagen.",
    verwijderd: "Deelnemer verwijderd.",
    overgenomen: "De deelnemers van de vorige scan zijn toegevoegd. Ze krijgen een welkomstmail; pas rol of functie aan waar dat nodig is.",
  },
  planning: {
    opties: "Momenten voorgesteld. Deelnemers en begeleiders kunnen nu aangeven wanneer ze kunnen.",
    "optie-ingetrokken": "Moment ingetrokken.",
    beschikbaarheid: "Je beschikbaarheid is opgeslagen.",
    datum: "Workshopdatum vastgelegd. Iedereen krijgt een mail met een agenda-afspraak.",
  },
  analysetool: { opgeslagen: "Je antwoorden zijn opgeslagen." },
  "mijn-antwoorden": { ingediend: "Je analysetool is ingediend." },
  voortgang: {
    heropend: "De analysetool is weer geopend. De deelnemer krijgt een mail met de reden.",
    deadline: "De deadline is verlengd. Wie nog niet heeft ingediend, krijgt een herinnering met de nieuwe datum.",
  },
  resultaten: { gesloten: "De analysetool is gesloten. De scan staat nu in stap 4: workshop." },
  rapport: {
    "concept-gepubliceerd": "Het concept is gepubliceerd. Alle deelnemers hebben een mail gekregen.",
    "reactie-geplaatst": "Je reactie is geplaatst. De begeleiders bespreken hem in het digitale overleg.",
  },
  feedback: {
    "reactie-behandeld": "Het besluit over de reactie is opgeslagen.",
    "overleg-gepland": "Het digitale overleg is gepland. Iedereen heeft een uitnodiging met agenda-bestand gekregen.",
  },
  handelingsperspectieven: {
    "stap-6": "De bespreking van het concept is afgerond. Kies nu samen de top 3.",
    "voorstel-toegevoegd": "Je voorstel is toegevoegd.",
    gestemd: "Je stemmen zijn opgeslagen.",
    "top3-vastgelegd": "De top 3 is vastgelegd. Stemmen en voorstellen is gesloten. Stel het eindrapport vast als iedereen het eens is.",
    "stemmen-heropend": "Stemmen en voorstellen is weer open. Leg daarna de top 3 opnieuw vast.",
  },
  opvolging: {
    opgeslagen: "De voortgang is opgeslagen.",
    eigenaar: "De eigenaar van het punt is opgeslagen. Die kan nu ook de voortgang bijwerken.",
  },
  aanmeldingen: {
    geaccepteerd: "Aanmelding goedgekeurd. De procesregisseur krijgt een uitnodiging per mail.",
    afgewezen: "Aanmelding afgewezen. De contactpersoon krijgt de reden per mail.",
  },
  begeleiders: {
    toegevoegd: "Begeleider toegevoegd. Die kan nu inloggen met het opgegeven e-mailadres.",
    gedeactiveerd: "Begeleider gedeactiveerd. Die kan niet meer inloggen.",
    geheractiveerd: "Begeleider weer actief.",
  },
  gemeenten: {
    toegevoegd: "Gemeente toegevoegd. Zij kan zich nu aanmelden.",
    gedeactiveerd: "Gemeente gedeactiveerd. Zij staat niet meer in het aanmeldformulier.",
    geactiveerd: "Gemeente weer actief.",
    regio: "Regio opgeslagen. De benchmark gebruikt de nieuwe RIEC-regio vanaf nu.",
  },
  outbox: { opnieuw: "De mail staat weer in de wachtrij." },
} as const satisfies Record<string, Record<string, string>>;

export type TMeldingPagina = keyof typeof MELDINGEN;
export type TMeldingCode<P extends TMeldingPagina> = keyof (typeof MELDINGEN)[P] & string;

/** `href` with `melding=<code>` added to its query, before any `#fragment`. */
export function withMelding<P extends TMeldingPagina>(_pagina: P, code: TMeldingCode<P>, href: string): string {
  const hashAt = href.indexOf("#");
  const [pad, hash] = hashAt === -1 ? [href, ""] : [href.slice(0, hashAt), href.slice(hashAt)];
  return `${pad}${pad.includes("?") ? "&" : "?"}melding=${code}${hash}`;
}

/** The code from the URL if this page knows it, else null (a made-up code shows nothing). */
export function meldingCode<P extends TMeldingPagina>(pagina: P, value: string | string[] | undefined): TMeldingCode<P> | null {
  return typeof value === "string" && Object.hasOwn(MELDINGEN[pagina], value) ? (value as TMeldingCode<P>) : null;
}

/** The text for the code from the URL, or null. */
export function meldingTekst<P extends TMeldingPagina>(pagina: P, value: string | string[] | undefined): string | null {
  const code = meldingCode(pagina, value);
  return code ? (MELDINGEN[pagina] as Record<string, string>)[code]! : null;
}
