/**
 * Content model `dvs-analysetool` 2026.1, transcribed from analysetool-model.md (§3–§6, §12).
 * The texts are the questionnaire as deelnemers see it; a scan stores a copy of them when
 * it is sent out, so changing a text here needs a `revisie` bump or a new id (§2).
 */
import { NIVEAU_SCHAAL } from "./rollen-en-niveaus";
import type { TDimensie, TModel, TModelParameters, TThema, TVraag } from "./types";

const VERSIE = "2026.1";

const PARAMETERS: TModelParameters = {
  gewichtPrimair: 2,
  drempelBereik: 3,
  drempelRolverschil: 2.0,
  drempelWeetniet: 0.5,
  drempelVerdeeldeDimensie: 0.4,
  minVragenDimensie: 3,
  minRollenDimensie: 2,
  maxAgendapunten: 10,
  ambitieAan: true,
};

const THEMAS: TThema[] = [
  { id: "ondermijning", naam: "Ondermijning", volgorde: 1 },
  { id: "mens_en_organisatie", naam: "Mens en Organisatie", volgorde: 2 },
  { id: "data_en_software", naam: "Data en Software", volgorde: 3 },
];

// opgave — Ondermijningsopgave en informatiebehoefte
const OPGAVE: TVraag[] = [
  {
    id: "opgave.q1",
    revisie: 1,
    sinds: VERSIE,
    stelling: "Onze gemeente heeft een actueel beeld van aard en omvang van ondermijning binnen de gemeentegrenzen.",
    primair: ["ondermijning", "data_analyse"],
    niveaus: {
      1: "Er is geen beeld; kennis zit bij enkele collega's en signalen worden niet samengebracht.",
      2: "Er is een eenmalig of verouderd beeld dat weinig wordt gedeeld.",
      3: "Er is een vastgesteld ondermijningsbeeld op basis van eigen en partnerinformatie, intern bekend.",
      4: "Het beeld wordt periodiek met data bijgewerkt (o.a. Zicht op Ondermijning, eigen registraties) en bepaalt prioriteiten.",
      5: "Het beeld wordt doorlopend bijgehouden, met partners gevalideerd, en nieuwe trends worden actief opgespoord.",
    },
  },
  {
    id: "opgave.q2",
    revisie: 1,
    sinds: VERSIE,
    stelling: "De doelen van onze ondermijningsaanpak zijn vertaald in concrete informatievragen.",
    primair: ["ondermijning", "overig"],
    niveaus: {
      1: "Doelen zijn algemeen geformuleerd; informatievragen ontstaan pas bij een incident.",
      2: "Per casus of afdeling zijn enkele informatievragen benoemd.",
      3: "Per prioritair fenomeen (bv. vastgoed, drugs, horeca, uitbuiting) is een vaste set informatievragen vastgesteld.",
      4: "Informatievragen zijn gekoppeld aan bronnen en eigenaren en worden jaarlijks herijkt.",
      5: "De informatievragen sturen de data-agenda; nieuwe fenomenen leiden snel tot nieuwe vragen, samen met partners.",
    },
  },
  {
    id: "opgave.q3",
    revisie: 1,
    sinds: VERSIE,
    stelling:
      "Signalen van ondermijning uit onze eigen organisatie (vergunningen, toezicht, burgerzaken, belastingen, sociaal domein) worden herkend en gemeld.",
    primair: ["ondermijning", "overig"],
    niveaus: {
      1: "Medewerkers weten niet goed waarop ze moeten letten of waar ze een signaal kwijt kunnen.",
      2: "Er is een aanspreekpunt, maar melden gebeurt sporadisch en wisselend.",
      3: "Er is een intern meldproces met registratie; medewerkers van kernafdelingen zijn getraind in signaalherkenning.",
      4: "Signalen worden gestructureerd vastgelegd, opgevolgd en teruggekoppeld; aantallen en doorlooptijden worden gevolgd.",
      5: "Signalen worden ook in samenhang geanalyseerd; patronen leiden tot verbeteringen in werkprocessen.",
    },
  },
  {
    id: "opgave.q4",
    revisie: 1,
    sinds: VERSIE,
    stelling: "We weten welke gemeentelijke processen kwetsbaar zijn voor misbruik door criminelen.",
    primair: ["ondermijning", "overig"],
    niveaus: {
      1: "Daar is geen zicht op.",
      2: "Kwetsbaarheden worden pas duidelijk na een concrete casus.",
      3: "Er is een analyse van kwetsbare processen gemaakt en vastgelegd (bv. met een barrièremodel of Bibob-beleid).",
      4: "Per kwetsbaar proces zijn maatregelen belegd en wordt het effect met data gevolgd.",
      5: "De analyse wordt periodiek herhaald; data-analyse signaleert zelf nieuwe kwetsbaarheden.",
    },
  },
  {
    id: "opgave.q5",
    revisie: 1,
    sinds: VERSIE,
    stelling: "We kennen en gebruiken beschikbare informatieproducten, zoals het dashboard Zicht op Ondermijning en RIEC-analyses.",
    primair: ["ondermijning", "data_analyse"],
    niveaus: {
      1: "Deze producten zijn onbekend of worden niet gebruikt.",
      2: "Enkelen bekijken ze af en toe.",
      3: "Ze worden gebruikt bij het maken van beleid of het ondermijningsbeeld.",
      4: "Ze worden structureel gecombineerd met eigen data en vertaald naar gebiedsgerichte acties.",
      5: "We geven feedback voor doorontwikkeling en delen onze ervaringen met andere gemeenten.",
    },
  },
];

// samenwerking — Samenwerking en informatiedeling
const SAMENWERKING: TVraag[] = [
  {
    id: "samenwerking.q1",
    revisie: 1,
    sinds: VERSIE,
    stelling: "Onze gemeente benut de samenwerking met het RIEC ten volle.",
    primair: ["ondermijning", "overig"],
    niveaus: {
      1: "Het contact met het RIEC is beperkt of onbekend bij de betrokkenen.",
      2: "Soms wordt een casus of vraag ingebracht, afhankelijk van persoonlijke contacten.",
      3: "Er is een vaste contactpersoon; inbreng van casussen en terugkoppeling verlopen volgens bekende afspraken.",
      4: "We brengen structureel in, gebruiken RIEC-producten in onze eigen aanpak en evalueren de afspraken.",
      5: "We zijn een actieve partner die kennis en data deelt en bijdraagt aan regionale analyses en vernieuwing.",
    },
  },
  {
    id: "samenwerking.q2",
    revisie: 1,
    sinds: VERSIE,
    stelling: "Informatiedeling met partners (politie, OM, Belastingdienst, andere gemeenten, LBB) berust op heldere afspraken.",
    primair: ["privacy", "ondermijning"],
    niveaus: {
      1: "Niemand weet precies welke afspraken gelden; er wordt informeel gedeeld of juist niets uit onzekerheid.",
      2: "Afspraken bestaan, maar zijn niet bij iedereen bekend; per geval wordt uitgezocht wat mag.",
      3: "Convenant, privacyprotocol en het WGS-kader zijn bekend, worden toegepast en verstrekkingen worden gedocumenteerd.",
      4: "Verstrekkingen worden periodiek getoetst (wat, aan wie, op welke grondslag); knelpunten worden opgelost.",
      5: "Afspraken worden met de partners geëvalueerd en verbeterd; ervaringen worden breder gedeeld.",
    },
  },
  {
    id: "samenwerking.q3",
    revisie: 1,
    sinds: VERSIE,
    stelling: "Afdelingen die relevante gegevens beheren, werken actief mee aan de ondermijningsaanpak.",
    primair: ["ondermijning", "overig"],
    niveaus: {
      1: "Ondermijning geldt als taak van één persoon of afdeling; anderen zijn niet aangehaakt.",
      2: "Samenwerking loopt via persoonlijke contacten, per casus.",
      3: "Er is een intern kernteam of overleg met vaste deelnemers uit de relevante afdelingen.",
      4: "Rollen en werkafspraken (bv. informatieverzoeken, termijnen) zijn vastgelegd en worden nageleefd.",
      5: "Integraal werken is vanzelfsprekend; afdelingen brengen uit zichzelf signalen en data in.",
    },
  },
  {
    id: "samenwerking.q4",
    revisie: 1,
    sinds: VERSIE,
    stelling: "Gegevens worden met partners veilig en gestructureerd uitgewisseld.",
    primair: ["ict", "privacy"],
    niveaus: {
      1: "Via gewone e-mail, USB-sticks of papier, zonder vaste werkwijze.",
      2: "Er is een beveiligd kanaal, maar het wordt niet consequent gebruikt.",
      3: "Per partner is een veilig kanaal vastgesteld en bekend bij de gebruikers.",
      4: "Uitwisseling loopt via beheerde voorzieningen met toegangsbeheer en logging; afwijkingen worden opgemerkt.",
      5: "Uitwisseling is gestandaardiseerd, deels geautomatiseerd en wordt periodiek getest en geaudit.",
    },
  },
  {
    id: "samenwerking.q5",
    revisie: 1,
    sinds: VERSIE,
    stelling: "Partners laten ons weten wat er met gedeelde informatie is gebeurd, en daar leren we van.",
    primair: ["ondermijning", "data_analyse"],
    niveaus: {
      1: "Er komt geen terugkoppeling.",
      2: "Alleen als wij er zelf om vragen.",
      3: "Terugkoppeling is afgesproken en komt meestal ook.",
      4: "Terugkoppeling wordt vastgelegd en gebruikt om onze eigen informatieproducten te verbeteren.",
      5: "Resultaten worden periodiek samen met partners geëvalueerd (wat werkte, wat niet).",
    },
  },
];

// governance — Sturing, eigenaarschap en leiderschap
const GOVERNANCE: TVraag[] = [
  {
    id: "governance.q1",
    revisie: 1,
    sinds: VERSIE,
    stelling: "Bestuur en directie dragen datagedreven werken binnen de ondermijningsaanpak actief uit.",
    primair: ["overig", "ondermijning"],
    niveaus: {
      1: "Er is geen uitgesproken steun; het onderwerp komt alleen bij incidenten op tafel.",
      2: "Er is steun in woorden, maar zonder concrete opdracht of middelen.",
      3: "Er is een expliciete opdracht (bv. in het integraal veiligheidsplan) met een benoemde opdrachtgever.",
      4: "Bestuur en directie sturen op voortgang en resultaat en stellen structureel middelen beschikbaar.",
      5: "De leiding vraagt bij besluiten naar onderbouwing met data, geeft het goede voorbeeld en evalueert periodiek met de raad.",
    },
  },
  {
    id: "governance.q2",
    revisie: 1,
    sinds: VERSIE,
    stelling: "Er is een vastgestelde visie op datagedreven werken waarin veiligheid en ondermijning een plek hebben.",
    primair: ["overig", "data_analyse", "ict"],
    niveaus: {
      1: "Er is geen visie.",
      2: "Een visie is in voorbereiding of wordt alleen in losse stukken genoemd.",
      3: "Er is een vastgestelde datastrategie of informatiebeleid met aandacht voor veiligheid.",
      4: "De visie is uitgewerkt in een uitvoeringsagenda met mijlpalen, budget en voortgangsrapportage.",
      5: "De visie wordt periodiek geëvalueerd en bijgesteld op basis van resultaten en nieuwe regelgeving.",
    },
  },
  {
    id: "governance.q3",
    revisie: 1,
    sinds: VERSIE,
    stelling: "Verantwoordelijkheden rond data zijn belegd (eigenaar per bron, gegevensbeheer, privacy- en securityrollen).",
    primair: ["ict", "privacy", "data_analyse"],
    niveaus: {
      1: "Onduidelijk wie waarover beslist; vragen worden doorgeschoven.",
      2: "Voor sommige bronnen is dat informeel bekend.",
      3: "Voor de belangrijkste bronnen zijn eigenaar en beheerder benoemd en vastgelegd.",
      4: "Eigenaren handelen actief (kwaliteitsafspraken, toegangsbesluiten) en leggen verantwoording af.",
      5: "Dataverantwoordelijkheden zijn organisatiebreed geborgd en worden periodiek getoetst en verbeterd.",
    },
  },
  {
    id: "governance.q4",
    revisie: 1,
    sinds: VERSIE,
    stelling: "Er is structureel geld en capaciteit voor datagedreven werken in de ondermijningsaanpak.",
    primair: ["overig", "ondermijning"],
    niveaus: {
      1: "Nee; het werk gebeurt ernaast.",
      2: "Alleen tijdelijk (project, pilot, subsidie).",
      3: "Er is structurele formatie of budget vastgesteld, al is het beperkt.",
      4: "De middelen passen bij de ambities en worden jaarlijks herijkt.",
      5: "Investeringen worden onderbouwd met behaalde resultaten; capaciteit is flexibel, bv. regionaal gedeeld.",
    },
  },
  {
    id: "governance.q5",
    revisie: 1,
    sinds: VERSIE,
    stelling: "Nieuwe datatoepassingen (bronnen koppelen, een dashboard, een risicomodel) doorlopen een vaste afwegingsprocedure.",
    primair: ["privacy", "data_analyse", "ict"],
    niveaus: {
      1: "Er is geen procedure; initiatieven starten op eigen houtje.",
      2: "Per geval wordt afgewogen, steeds met andere betrokkenen.",
      3: "Er is een vastgestelde intake (privacy, ICT, juridisch, ethiek) die meestal wordt gevolgd.",
      4: "De procedure wordt altijd gevolgd; afwegingen en besluiten worden gedocumenteerd.",
      5: "De procedure wordt geëvalueerd; besluiten worden openbaar verantwoord (bv. algoritmeregister) en achteraf getoetst.",
    },
  },
];

// juridisch — Privacy, rechtmatigheid en ethiek
const JURIDISCH: TVraag[] = [
  {
    id: "juridisch.q1",
    revisie: 1,
    sinds: VERSIE,
    stelling: "Voor de gegevensverwerkingen in de ondermijningsaanpak zijn doel, grondslag en bewaartermijn vastgelegd.",
    primair: ["privacy", "ondermijning"],
    niveaus: {
      1: "Onbekend of dat is vastgelegd.",
      2: "Voor enkele verwerkingen, per geval beoordeeld.",
      3: "Alle verwerkingen voor de ondermijningsaanpak staan in het verwerkingsregister met doel, grondslag en termijn.",
      4: "Het register is actueel en wordt bij nieuwe verzoeken gebruikt; de FG of privacy officer toetst.",
      5: "Het wordt periodiek geaudit; bevindingen leiden tot aanpassing van werkwijze en documentatie.",
    },
  },
  {
    id: "juridisch.q2",
    revisie: 1,
    sinds: VERSIE,
    stelling: "Bij nieuwe of risicovolle verwerkingen voeren we vooraf een DPIA (of pre-DPIA) uit.",
    primair: ["privacy", "data_analyse"],
    niveaus: {
      1: "DPIA's worden niet gedaan of zijn onbekend.",
      2: "Soms, meestal achteraf of op verzoek.",
      3: "Een pre-DPIA is standaard en bij hoog risico volgt een DPIA met advies van de FG.",
      4: "Maatregelen uit DPIA's worden tot en met uitvoering gevolgd; DPIA's worden herzien bij wijzigingen.",
      5: "De DPIA is een ontwerpinstrument vanaf de start (privacy by design) en wordt met partners gedeeld of hergebruikt.",
    },
  },
  {
    id: "juridisch.q3",
    revisie: 1,
    sinds: VERSIE,
    stelling: "Wie aan de ondermijningsaanpak werkt, weet welke gegevens voor welk doel gebruikt mogen worden.",
    primair: ["privacy", "ondermijning"],
    niveaus: {
      1: "Grote onzekerheid: er wordt te veel gebruikt, of uit voorzichtigheid juist niets.",
      2: "Enkelen weten het; anderen vragen het telkens opnieuw na.",
      3: "Een werkinstructie of privacyprotocol voor de aanpak is beschikbaar en bekend.",
      4: "Medewerkers worden periodiek getraind; naleving wordt steekproefsgewijs gecontroleerd.",
      5: "Zorgvuldig omgaan met gegevens is vanzelfsprekend; medewerkers signaleren zelf risico's en verbeteringen.",
    },
  },
  {
    id: "juridisch.q4",
    revisie: 1,
    sinds: VERSIE,
    stelling: "Bij analyses maken we ethische afwegingen expliciet, zoals het risico op stigmatisering van wijken of groepen.",
    primair: ["data_analyse", "privacy", "ondermijning"],
    niveaus: {
      1: "Dat komt niet aan de orde.",
      2: "Het wordt soms besproken, afhankelijk van wie er aan tafel zit.",
      3: "Bij nieuwe analyses wordt een hulpmiddel gebruikt (bv. DEDA of IAMA).",
      4: "Afwegingen worden vastgelegd en wegen mee in besluiten; er is een aanspreekpunt of commissie voor ethiek.",
      5: "Uitkomsten worden getoetst op ongewenste effecten (bias) en de afwegingen worden openbaar verantwoord.",
    },
  },
  {
    id: "juridisch.q5",
    revisie: 1,
    sinds: VERSIE,
    stelling: "Rechten van betrokkenen (inzage, correctie) en transparantie naar inwoners zijn geregeld voor deze aanpak.",
    primair: ["privacy"],
    niveaus: {
      1: "Dit is niet geregeld of onbekend.",
      2: "Verzoeken worden per geval uitgezocht.",
      3: "Er is een vastgestelde procedure en de privacyverklaring noemt de ondermijningsaanpak.",
      4: "Verzoeken worden binnen de termijn afgehandeld en geregistreerd; knelpunten worden geanalyseerd.",
      5: "We zijn uit onszelf open over werkwijze en gebruikte analyses en evalueren dit met raad of toezichthouder.",
    },
  },
];

// cultuur — Cultuur, kennis en vaardigheden
const CULTUUR: TVraag[] = [
  {
    id: "cultuur.q1",
    revisie: 1,
    sinds: VERSIE,
    stelling: "Wie aan de ondermijningsaanpak werkt, kan data en analyses lezen en kritisch duiden.",
    primair: ["ondermijning", "data_analyse", "overig"],
    niveaus: {
      1: "Data worden nauwelijks gebruikt; cijfers roepen vooral vragen op.",
      2: "Enkelen kunnen ermee werken; de rest is van hen afhankelijk.",
      3: "Basisvaardigheden zijn breed aanwezig en er is trainingsaanbod.",
      4: "De opleidingsbehoefte wordt periodiek bepaald en gericht ingevuld; medewerkers stellen analisten scherpe vragen.",
      5: "Datavaardigheid hoort bij functieprofielen en ontwikkelgesprekken; kennis wordt ook met partners gedeeld.",
    },
  },
  {
    id: "cultuur.q2",
    revisie: 1,
    sinds: VERSIE,
    stelling: 'Binnen onze gemeente is het delen van informatie de norm, niet "mijn data".',
    primair: ["ondermijning", "ict", "overig"],
    niveaus: {
      1: "Gegevens worden afgeschermd; verzoeken stuiten op weerstand.",
      2: "Delen hangt af van vertrouwen tussen personen.",
      3: "Delen binnen de juridische kaders is de norm; een weigering wordt gemotiveerd.",
      4: "Afdelingen zien het belang en werken actief mee; afspraken over delen zijn geborgd.",
      5: "Er is een open, lerende cultuur waarin successen en fouten worden gedeeld en benut.",
    },
  },
  {
    id: "cultuur.q3",
    revisie: 1,
    sinds: VERSIE,
    stelling: "Ondermijning, privacy en ICT zoeken samen naar wat kan, mag én wenselijk is.",
    primair: ["privacy", "ict", "ondermijning"],
    niveaus: {
      1: "De disciplines werken langs elkaar heen of houden elkaar tegen.",
      2: "Afstemming komt laat, vaak pas als er een probleem is.",
      3: "Privacy en ICT worden vroeg betrokken bij nieuwe initiatieven.",
      4: "Initiatieven starten met een multidisciplinair team dat van begin tot eind samenwerkt.",
      5: "De disciplines voelen zich samen verantwoordelijk, versterken elkaar en leren van evaluaties.",
    },
  },
  {
    id: "cultuur.q4",
    revisie: 1,
    sinds: VERSIE,
    stelling: "We leren van eerdere data-initiatieven en casussen, en die kennis blijft behouden.",
    primair: ["overig", "data_analyse", "ondermijning"],
    niveaus: {
      1: "Ervaring verdwijnt zodra iemand vertrekt.",
      2: "Ervaringen worden soms informeel gedeeld.",
      3: "Projecten en casussen worden geëvalueerd en de lessen vastgelegd.",
      4: "Lessen leiden aantoonbaar tot aangepaste werkwijzen.",
      5: "Kennis wordt structureel gedeeld in regionale en landelijke netwerken.",
    },
  },
];

// data — Databronnen en datakwaliteit
const DATA: TVraag[] = [
  {
    id: "data.q1",
    revisie: 1,
    sinds: VERSIE,
    stelling: "Er is een overzicht van databronnen die relevant zijn voor de ondermijningsaanpak, met eigenaar en vindplaats.",
    primair: ["data_analyse", "ict", "ondermijning"],
    niveaus: {
      1: "Er is geen overzicht; men kent een paar bronnen.",
      2: "Een deel staat op een lijst bij een of enkele medewerkers.",
      3: "Er is een vastgelegd overzicht (bv. BRP, HR/KvK, BAG, WOZ, BRK, vergunningen, meldingen, Bibob) met eigenaar en toegang.",
      4: "Het overzicht wordt beheerd, bevat metadata (definities, actualiteit, grondslag) en wordt bij nieuwe vragen gebruikt.",
      5: "Er is een gemeentebrede datacatalogus, afgestemd met partners; ontbrekende bronnen worden actief aangepakt.",
    },
  },
  {
    id: "data.q2",
    revisie: 1,
    sinds: VERSIE,
    stelling: "Basisregistraties (BRP, HR, BAG, WOZ, BRK) zijn voor de ondermijningsaanpak rechtmatig en praktisch toegankelijk.",
    primair: ["ict", "privacy", "data_analyse"],
    niveaus: {
      1: "Toegang ontbreekt of is onduidelijk; gegevens worden via collega's opgevraagd.",
      2: "Er is toegang via losse raadplegingen, zonder vaste autorisatie voor deze taak.",
      3: "Autorisaties voor de relevante rollen zijn vastgelegd en raadplegen werkt.",
      4: "Bronnen zijn, met logging, gekoppeld beschikbaar voor analyse in een afgeschermde omgeving.",
      5: "Toegang is geautomatiseerd en actueel en wordt periodiek herbeoordeeld op noodzaak en evenredigheid.",
    },
  },
  {
    id: "data.q3",
    revisie: 1,
    sinds: VERSIE,
    stelling: "Eigen registraties (vergunningen, meldingen, toezicht en handhaving, signalen) zijn digitaal, gestructureerd en te koppelen.",
    primair: ["ict", "data_analyse", "ondermijning"],
    niveaus: {
      1: "Vooral vrije tekst, papier of losse spreadsheets.",
      2: "Digitaal, maar per afdeling in eigen systemen zonder gedeelde sleutels (adres, KvK-nummer, BSN).",
      3: "De belangrijkste registraties zijn gestructureerd en bevatten bruikbare sleutels.",
      4: "Registraties volgen afgesproken standaarden en zijn via een datavoorziening herbruikbaar.",
      5: "Registratie is ingericht op hergebruik: één keer vastleggen, vaker gebruiken, afgestemd met partners.",
    },
  },
  {
    id: "data.q4",
    revisie: 1,
    sinds: VERSIE,
    stelling: "De kwaliteit van de gebruikte data (juist, volledig, actueel) is bekend en wordt bewaakt.",
    primair: ["data_analyse", "ict"],
    niveaus: {
      1: "De kwaliteit is onbekend; fouten blijken pas in een casus.",
      2: "Gebruikers kennen de problemen, maar melden ze niet structureel.",
      3: "Kwaliteitseisen zijn vastgelegd; fouten worden teruggemeld, ook aan de basisregistraties.",
      4: "Kwaliteit wordt met indicatoren gemeten en gerapporteerd aan data-eigenaren, die bijsturen.",
      5: "Kwaliteit wordt aan de bron geborgd; verbeteren is een doorlopend, gemeten proces.",
    },
  },
  {
    id: "data.q5",
    revisie: 1,
    sinds: VERSIE,
    stelling: "Data en afgeleide analysebestanden worden volgens bewaartermijnen bewaard en vernietigd.",
    primair: ["privacy", "ict"],
    niveaus: {
      1: "Onbekend; gegevens blijven onbeperkt staan.",
      2: "Termijnen zijn bekend, maar worden niet toegepast op analysebestanden.",
      3: "Per verwerking zijn termijnen vastgelegd, ook voor afgeleide bestanden.",
      4: "Vernietiging gebeurt aantoonbaar en wordt gecontroleerd.",
      5: "Opschonen gaat geautomatiseerd en wordt periodiek geaudit.",
    },
  },
];

// techniek — Techniek, tooling en informatieveiligheid
const TECHNIEK: TVraag[] = [
  {
    id: "techniek.q1",
    revisie: 1,
    sinds: VERSIE,
    stelling: "Er is een geschikte, afgeschermde omgeving om data voor de ondermijningsaanpak te analyseren.",
    primair: ["ict", "data_analyse"],
    niveaus: {
      1: "Analyses gebeuren in persoonlijke bestanden of mailboxen.",
      2: "Op een gedeelde schijf of met losse tools, beperkt afgeschermd.",
      3: "Er is een afgeschermde analyseomgeving met passende tooling (bv. BI, GIS, netwerkanalyse).",
      4: "De omgeving wordt beheerd en ondersteund, en de tooling sluit aan op de behoefte van gebruikers.",
      5: "De omgeving is schaalbaar; analyses worden hergebruikt en regionale of landelijke voorzieningen benut.",
    },
  },
  {
    id: "techniek.q2",
    revisie: 1,
    sinds: VERSIE,
    stelling: "Alleen wie het nodig heeft, heeft toegang tot gevoelige ondermijningsinformatie.",
    primair: ["ict", "privacy"],
    niveaus: {
      1: "Er is geen specifieke afscherming.",
      2: "Afscherming op mapniveau; autorisaties worden niet herzien.",
      3: "Rolgebonden autorisaties zijn vastgesteld en ingericht; gebruik wordt gelogd.",
      4: "Autorisaties en logbestanden worden periodiek gecontroleerd; afwijkingen worden opgevolgd.",
      5: "Monitoring is geautomatiseerd en autorisatiebeheer is onderdeel van de audit- en ENSIA-cyclus.",
    },
  },
  {
    id: "techniek.q3",
    revisie: 1,
    sinds: VERSIE,
    stelling: "De beveiliging van ondermijningsinformatie is ingericht volgens de BIO (risicoanalyse, maatregelen, incidenten).",
    primair: ["ict", "privacy"],
    niveaus: {
      1: "Onbekend hoe de BIO hierop van toepassing is.",
      2: "Algemene BIO-maatregelen gelden, maar deze informatie is niet apart beoordeeld.",
      3: "Voor systemen met ondermijningsinformatie is een risicoanalyse (BIV-classificatie) gedaan en zijn maatregelen benoemd.",
      4: "Maatregelen zijn ingevoerd en getest; verantwoording loopt via ENSIA of audit.",
      5: "Incidenten en oefeningen leiden aantoonbaar tot verbeteringen.",
    },
  },
  {
    id: "techniek.q4",
    revisie: 1,
    sinds: VERSIE,
    stelling: "Medewerkers gaan veilig om met vertrouwelijke informatie en weten hoe ze ongewenste benadering herkennen.",
    primair: ["ict", "ondermijning"],
    niveaus: {
      1: "Hier is geen aandacht voor.",
      2: "Alleen algemene bewustwordingscampagnes.",
      3: "Er zijn specifieke afspraken en trainingen voor wie met ondermijningsinformatie werkt, inclusief lekken en intimidatie.",
      4: "Naleving wordt getoetst; (bijna-)incidenten worden gemeld en besproken.",
      5: "Veiligheidsbewustzijn is verankerd; medewerkers melden uit zichzelf en verbeteren samen de maatregelen.",
    },
  },
  {
    id: "techniek.q5",
    revisie: 1,
    sinds: VERSIE,
    stelling: "Applicaties en leveranciers maken hergebruik van data mogelijk, en afspraken over gegevens zijn contractueel vastgelegd.",
    primair: ["ict", "data_analyse"],
    niveaus: {
      1: "Data zitten opgesloten in applicaties; gegevens eruit halen lukt niet of vergt maatwerk.",
      2: "Handmatige exports zijn mogelijk; afspraken zijn niet vastgelegd.",
      3: "Kernsystemen hebben koppelvlakken volgens standaarden; verwerkersovereenkomsten zijn aanwezig.",
      4: "Bij aanbesteding worden eisen gesteld aan datatoegang, standaarden en beveiliging, en leveranciers worden daarop aangesproken.",
      5: "De architectuur is ingericht op hergebruik bij de bron; afhankelijkheid van leveranciers wordt actief beheerst.",
    },
  },
];

// analyse — Analysecapaciteit en benutting
const ANALYSE: TVraag[] = [
  {
    id: "analyse.q1",
    revisie: 1,
    sinds: VERSIE,
    stelling: "Er is voldoende analysecapaciteit voor ondermijningsvragen (eigen, regionaal gedeeld of via het RIEC).",
    primair: ["data_analyse", "ondermijning", "overig"],
    niveaus: {
      1: "Die is er niet; vragen blijven liggen.",
      2: "Incidenteel, via een collega die het erbij doet of via inhuur.",
      3: "Er is vaste (eventueel gedeelde) capaciteit die de ondermijningsaanpak weet te vinden.",
      4: "De capaciteit wordt gepland op basis van een vraagagenda; prioritering is transparant.",
      5: "Er is een multidisciplinair analyseteam (data, domein, juridisch) met ruimte voor vernieuwing.",
    },
  },
  {
    id: "analyse.q2",
    revisie: 1,
    sinds: VERSIE,
    stelling: "Analisten beschikken over de benodigde methoden én kennis van ondermijningsfenomenen.",
    primair: ["data_analyse"],
    niveaus: {
      1: "Alleen eenvoudige tellingen en overzichten.",
      2: "Beschrijvende analyses, met beperkte kennis van het domein.",
      3: "Beschrijvende en gebiedsgerichte analyses; analisten kennen de fenomenen en de bronnen.",
      4: "Ook verbindende analyses (netwerken, patronen) met beproefde methoden en collegiale toetsing.",
      5: "Methoden worden doorontwikkeld en gedeeld; geavanceerde technieken alleen als ze uitlegbaar, getoetst en rechtmatig zijn.",
    },
  },
  {
    id: "analyse.q3",
    revisie: 1,
    sinds: VERSIE,
    stelling: "Analyses zijn herleidbaar en herhaalbaar (herkomst, bewerkingen en aannames vastgelegd).",
    primair: ["data_analyse", "ict"],
    niveaus: {
      1: "Niets vastgelegd; alleen de maker begrijpt de analyse.",
      2: "Er zijn summiere notities.",
      3: "Er is een vaste werkwijze voor documentatie en versiebeheer.",
      4: "Collega's kunnen analyses herhalen; vóór gebruik is er een kwaliteitscontrole.",
      5: "Analyses lopen via geteste, geautomatiseerde stappen en zijn extern toetsbaar.",
    },
  },
  {
    id: "analyse.q4",
    revisie: 1,
    sinds: VERSIE,
    stelling: "Uitkomsten van analyses leiden tot concrete interventies (bestuurlijke maatregelen, controles, preventie).",
    primair: ["ondermijning", "data_analyse", "overig"],
    niveaus: {
      1: "Analyses blijven op de plank liggen.",
      2: "Soms, afhankelijk van wie het leest.",
      3: "Analyses worden in een vast overleg besproken dat over opvolging besluit.",
      4: "Opvolging en resultaat worden bijgehouden en teruggekoppeld aan de analisten.",
      5: "De cyclus signaal–analyse–interventie–evaluatie is rond en stuurt de aanpak bij.",
    },
  },
  {
    id: "analyse.q5",
    revisie: 1,
    sinds: VERSIE,
    stelling: "We meten met data wat onze ondermijningsaanpak oplevert.",
    primair: ["ondermijning", "data_analyse", "overig"],
    niveaus: {
      1: "Er wordt niets gemeten.",
      2: "We tellen activiteiten (aantal controles, sluitingen).",
      3: "Er zijn vastgestelde indicatoren met periodieke rapportage.",
      4: "Effecten worden geanalyseerd en gebruikt bij het stellen van prioriteiten.",
      5: "Evaluaties gebeuren met partners en onderzoekers; lessen worden breed gedeeld.",
    },
  },
];

const DIMENSIES: TDimensie[] = [
  { id: "opgave", naam: "Ondermijningsopgave en informatiebehoefte", thema: "ondermijning", volgorde: 1, vragen: OPGAVE },
  { id: "samenwerking", naam: "Samenwerking en informatiedeling", thema: "ondermijning", volgorde: 2, vragen: SAMENWERKING },
  { id: "governance", naam: "Sturing, eigenaarschap en leiderschap", thema: "mens_en_organisatie", volgorde: 3, vragen: GOVERNANCE },
  { id: "juridisch", naam: "Privacy, rechtmatigheid en ethiek", thema: "mens_en_organisatie", volgorde: 4, vragen: JURIDISCH },
  { id: "cultuur", naam: "Cultuur, kennis en vaardigheden", thema: "mens_en_organisatie", volgorde: 5, vragen: CULTUUR },
  { id: "data", naam: "Databronnen en datakwaliteit", thema: "data_en_software", volgorde: 6, vragen: DATA },
  { id: "techniek", naam: "Techniek, tooling en informatieveiligheid", thema: "data_en_software", volgorde: 7, vragen: TECHNIEK },
  { id: "analyse", naam: "Analysecapaciteit en benutting", thema: "data_en_software", volgorde: 8, vragen: ANALYSE },
];

export const MODEL_2026_1: TModel = {
  modelId: "dvs-analysetool",
  versie: VERSIE,
  parameters: PARAMETERS,
  niveauSchaal: NIVEAU_SCHAAL,
  themas: THEMAS,
  dimensies: DIMENSIES,
  ambitieVraag: "Welk niveau is over twee jaar nodig en haalbaar voor onze gemeente?",
  openVragen: [
    { id: "open.q1", vraag: "Waarin is onze gemeente op dit gebied het sterkst?" },
    { id: "open.q2", vraag: "Wat belemmert ons het meest?" },
    { id: "open.q3", vraag: "Welke ene verbetering levert het komende jaar het meeste op?" },
  ],
  equivalenties: [],
};
