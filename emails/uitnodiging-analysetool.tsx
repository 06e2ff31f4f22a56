import { MailLayout } from "./components/mail-layout";
import { Feiten, MailKnop, MailTitel, P } from "./components/parts";

export type UitnodigingAnalysetoolProps = { gemeente: string; deadline: string; workshop: string; toolUrl: string };

export function UitnodigingAnalysetoolMail({ gemeente, deadline, workshop, toolUrl }: UitnodigingAnalysetoolProps) {
  return (
    <MailLayout
      preview={`Vul de analysetool in vóór ${deadline}`}
      reden={`Je krijgt deze mail omdat je deelnemer bent in de datavolwassenheidsscan van gemeente ${gemeente}.`}
    >
      <MailTitel>De analysetool staat voor je klaar</MailTitel>
      <P>
        Gemeente {gemeente} doet de datavolwassenheidsscan. Jij vult de analysetool in vanuit je eigen functie. Dat kost ongeveer drie kwartier; je kunt
        tussendoor stoppen en later verder gaan. Elk antwoord wordt meteen bewaard.
      </P>
      <Feiten
        rows={[
          ["Invullen vóór", deadline],
          ["Workshop", workshop],
        ]}
      />
      <MailKnop href={toolUrl}>Analysetool openen</MailKnop>
      <P>De begeleiders gebruiken de antwoorden om de workshop voor te bereiden. Je collega&apos;s zien jouw antwoorden niet.</P>
    </MailLayout>
  );
}

/** What the React Email preview shows; the app always passes every prop. */
UitnodigingAnalysetoolMail.PreviewProps = {
  gemeente: "Tilburg",
  deadline: "dinsdag 8 december 2026, 13:30",
  workshop: "dinsdag 15 december 2026, 13:30",
  toolUrl: "http://localhost:3000/scans/voorbeeld/analysetool",
} satisfies UitnodigingAnalysetoolProps;

export default UitnodigingAnalysetoolMail;
