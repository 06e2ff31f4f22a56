import { MailLayout } from "./components/mail-layout";
import { Feiten, MailKnop, MailTitel, P } from "./components/parts";

export type HerinneringProps = { gemeente: string; deadline: string; toolUrl: string };

export function HerinneringMail({ gemeente, deadline, toolUrl }: HerinneringProps) {
  return (
    <MailLayout
      preview={`Herinnering: de analysetool sluit ${deadline}`}
      reden={`Je krijgt deze mail omdat je de analysetool van gemeente ${gemeente} nog niet hebt ingediend.`}
    >
      <MailTitel>Herinnering: vul de analysetool in</MailTitel>
      <P>Je hebt de analysetool voor de datavolwassenheidsscan van gemeente {gemeente} nog niet ingediend. Wat je al hebt ingevuld, is bewaard.</P>
      <Feiten rows={[["Invullen vóór", deadline]]} />
      <MailKnop href={toolUrl}>Verder met de analysetool</MailKnop>
    </MailLayout>
  );
}

/** What the React Email preview shows; the app always passes every prop. */
HerinneringMail.PreviewProps = {
  gemeente: "Tilburg",
  deadline: "dinsdag 8 december 2026, 13:30",
  toolUrl: "http://localhost:3000/scans/voorbeeld/analysetool",
} satisfies HerinneringProps;

export default HerinneringMail;
