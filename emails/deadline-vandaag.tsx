import { MailLayout } from "./components/mail-layout";
import { Feiten, MailKnop, MailTitel, P } from "./components/parts";

export type DeadlineVandaagProps = { gemeente: string; deadline: string; toolUrl: string };

export function DeadlineVandaagMail({
  gemeente = "Tilburg",
  deadline = "dinsdag 8 december 2026, 13:30",
  toolUrl = "http://localhost:3000/scans/voorbeeld/analysetool",
}: Partial<DeadlineVandaagProps>) {
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

export default DeadlineVandaagMail;
