import { MailLayout } from "./components/mail-layout";
import { Feiten, MailKnop, MailTitel, P } from "./components/parts";

export type DeadlineVandaagProps = { gemeente: string; deadline: string; toolUrl: string };

export function DeadlineVandaagMail({ gemeente, deadline, toolUrl }: DeadlineVandaagProps) {
  return (
    <MailLayout
      preview="Vandaag is de laatste dag voor de analysetool"
      reden={`Je krijgt deze mail omdat je de analysetool van gemeente ${gemeente} nog niet hebt ingediend.`}
    >
      <MailTitel>Vandaag is de laatste dag</MailTitel>
      <P>
        De analysetool voor gemeente {gemeente} sluit vandaag. Dien je antwoorden in, ook als je niet alle vragen kunt beantwoorden: kies dan &quot;weet ik
        niet&quot;. Zo kunnen de begeleiders de workshop goed voorbereiden.
      </P>
      <Feiten rows={[["Deadline", deadline]]} />
      <MailKnop href={toolUrl}>Analysetool afronden</MailKnop>
    </MailLayout>
  );
}

/** What the React Email preview shows; the app always passes every prop. */
DeadlineVandaagMail.PreviewProps = {
  gemeente: "Tilburg",
  deadline: "dinsdag 8 december 2026, 13:30",
  toolUrl: "http://localhost:3000/scans/voorbeeld/analysetool",
} satisfies DeadlineVandaagProps;

export default DeadlineVandaagMail;
