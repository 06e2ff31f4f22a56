import { MailLayout } from "./components/mail-layout";
import { Feiten, MailKnop, MailTitel, P } from "./components/parts";

export type AanmeldingOntvangenProps = { gemeente: string; startUrl: string };

/**
 * To the contact who registered. Deliberately holds no text the registrant typed (name,
 * remarks): anyone can fill in any address, and this mail must not become a way to send
 * someone else a message of one's own.
 */
export function AanmeldingOntvangenMail({ gemeente, startUrl }: AanmeldingOntvangenProps) {
  return (
    <MailLayout
      preview={`We hebben de aanmelding van gemeente ${gemeente} ontvangen`}
      reden={`Je krijgt deze mail omdat dit e-mailadres is opgegeven als contactpersoon bij de aanmelding van gemeente ${gemeente}. Heb jij je niet aangemeld? Dan kun je deze mail negeren.`}
    >
      <MailTitel>Bedankt voor de aanmelding</MailTitel>
      <P>
        We hebben de aanmelding van gemeente {gemeente} voor de datavolwassenheidsscan ontvangen. Het programmateam bekijkt de aanmelding en koppelt er twee
        externe begeleiders aan. Je hoort zo snel mogelijk van ons.
      </P>
      <P>Hieronder lees je alvast hoe de scan verloopt.</P>

      <MailTitel>Het verloop</MailTitel>
      <P>
        Na de goedkeuring wijst de gemeente een procesregisseur aan. Die stelt een groep collega&apos;s samen: in elk geval iemand van ondermijning, van privacy
        en van ICT, en als het kan ook iemand van data-analyse. Samen kiezen jullie een datum voor de workshop.
      </P>
      <Feiten
        rows={[
          ["3 weken vooraf", "De deelnemers krijgen de analysetool."],
          ["1 week vooraf", "Deadline voor het invullen."],
          ["Workshop", "Een dagdeel met de begeleiders."],
          ["Daarna", "Concept eindrapport, digitaal overleg en top 3 actiepunten."],
        ]}
      />

      <MailTitel>De analysetool</MailTitel>
      <P>
        Iedere deelnemer vult online een vragenlijst in vanuit de eigen functie. Per onderwerp kies je het niveau dat het beste past bij hoe het in de gemeente
        gaat, van &quot;ad hoc&quot; tot &quot;geoptimaliseerd&quot;. Dat kost ongeveer drie kwartier. Collega&apos;s zien elkaars antwoorden niet; de
        begeleiders gebruiken ze om de workshop voor te bereiden.
      </P>

      <MailTitel>Het eindrapport</MailTitel>
      <P>
        Na de workshop schrijven de begeleiders een eindrapport met het datavolwassenheidsprofiel van de gemeente: waar staat zij per onderwerp, waar
        verschillen de collega&apos;s van inzicht, en welke drie actiepunten pakt de gemeente als eerste op. Eerst bespreken jullie een concept; daarna volgt
        het definitieve rapport.
      </P>
      <MailKnop href={startUrl}>Meer over de scan</MailKnop>
    </MailLayout>
  );
}

/** What the React Email preview shows; the app always passes every prop. */
AanmeldingOntvangenMail.PreviewProps = { gemeente: "Amersfoort", startUrl: "http://localhost:3000" } satisfies AanmeldingOntvangenProps;

export default AanmeldingOntvangenMail;
