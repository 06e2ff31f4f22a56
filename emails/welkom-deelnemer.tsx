import { MailLayout } from "./components/mail-layout";
import { Feiten, MailKnop, MailTitel, P } from "./components/parts";

export type WelkomDeelnemerProps = {
  gemeente: string;
  procesregisseur: string;
  rol: string;
  /** The workshop moment when it is known, else null. */
  workshop: string | null;
  /** When the analysetool will arrive, when the date is known. */
  analysetoolVanaf: string | null;
  deadline: string | null;
  planningUrl: string;
  /** Added while stap 3 runs: the tool is already open and arrives in a separate mail. */
  toolGestart: boolean;
};

/** A deelnemer was added: what the scan is, what will come and when. No tool yet. */
export function WelkomDeelnemerMail({ gemeente, procesregisseur, rol, workshop, analysetoolVanaf, deadline, planningUrl, toolGestart }: WelkomDeelnemerProps) {
  return (
    <MailLayout
      preview={`Je doet mee aan de datavolwassenheidsscan van gemeente ${gemeente}`}
      reden={`Je krijgt deze mail omdat ${procesregisseur} je heeft toegevoegd als deelnemer aan de scan van gemeente ${gemeente}.`}
    >
      <MailTitel>Welkom bij de datavolwassenheidsscan</MailTitel>
      <P>
        Gemeente {gemeente} doet de datavolwassenheidsscan: samen met collega&apos;s breng je in beeld hoe goed de gemeente data gebruikt in de aanpak van
        ondermijning. {procesregisseur} heeft je als deelnemer toegevoegd, vanuit het perspectief {rol.toLowerCase()}.
      </P>
      <Feiten
        rows={[
          ["Workshop", workshop ?? "Wordt nog gepland"],
          ["Analysetool", analysetoolVanaf ?? "Drie weken voor de workshop"],
          ["Invullen vóór", deadline ?? "Een week voor de workshop"],
        ]}
      />
      <P>
        Wat komt er? {workshop ? "" : "Eerst kiezen jullie samen een datum voor de workshop. "}
        {toolGestart
          ? "De analysetool is al open: je krijgt er zo een aparte mail over. "
          : "Drie weken voor de workshop krijg je een mail met de analysetool. "}
        Die vul je in vanuit je eigen functie; dat kost ongeveer drie kwartier. Tijdens de workshop bespreek je de uitkomsten met je collega&apos;s en de
        begeleiders. Daarna volgen een concept eindrapport en een digitaal overleg.
      </P>
      {toolGestart ? null : <P>Je hoeft nu nog niets in te vullen.{workshop ? "" : " Geef wel aan op welke van de voorgestelde data je kunt:"}</P>}
      <MailKnop href={planningUrl}>{workshop ? "Bekijk de planning" : "Geef aan wanneer je kunt"}</MailKnop>
      <P>Log in met het e-mailadres waarop je deze mail ontvangt. Je krijgt dan een inloglink; een wachtwoord is niet nodig.</P>
    </MailLayout>
  );
}

/** What the React Email preview shows; the app always passes every prop. */
WelkomDeelnemerMail.PreviewProps = {
  gemeente: "Amersfoort",
  procesregisseur: "Anouk Jansen",
  rol: "Privacy",
  workshop: null,
  analysetoolVanaf: null,
  deadline: null,
  planningUrl: "http://localhost:3000/inloggen?callbackUrl=/scans/voorbeeld/planning",
  toolGestart: false,
} satisfies WelkomDeelnemerProps;

export default WelkomDeelnemerMail;
