import { MailLayout } from "./components/mail-layout";
import { MailKnop, MailTitel, P } from "./components/parts";

export type DefinitiefRapportProps = { gemeente: string; datum: string; top3: string[]; rapportUrl: string };

export function DefinitiefRapportMail({ gemeente, datum, top3, rapportUrl }: DefinitiefRapportProps) {
  return (
    <MailLayout
      preview="Het definitieve eindrapport staat klaar"
      reden={`Je krijgt deze mail omdat je meedoet aan de datavolwassenheidsscan van gemeente ${gemeente}.`}
    >
      <MailTitel>Het definitieve eindrapport staat klaar</MailTitel>
      <P>
        Het eindrapport van de datavolwassenheidsscan van gemeente {gemeente} is op {datum} vastgesteld, met de verwerkte reacties en de top 3
        handelingsperspectieven:
      </P>
      <ol style={{ fontSize: "16px", lineHeight: "24px", margin: "12px 0", paddingLeft: "24px" }}>
        {top3.map((t) => (
          <li key={t}>{t}</li>
        ))}
      </ol>
      <MailKnop href={rapportUrl}>Eindrapport openen</MailKnop>
      <P>Je moet inloggen om het rapport te lezen of de PDF te downloaden; het rapport staat niet in deze mail.</P>
    </MailLayout>
  );
}

/** What the React Email preview shows; the app always passes every prop. */
DefinitiefRapportMail.PreviewProps = {
  gemeente: "Breda",
  datum: "vrijdag 29 januari 2027",
  top3: ["Data-eigenaarschap beleggen", "Convenant RIEC actualiseren", "Analysecapaciteit delen"],
  rapportUrl: "http://localhost:3000/scans/voorbeeld/rapport",
} satisfies DefinitiefRapportProps;

export default DefinitiefRapportMail;
