import { MailLayout } from "./components/mail-layout";
import { Feiten, MailKnop, MailTitel, P } from "./components/parts";

export type AnalysetoolHeropendProps = { gemeente: string; deadline: string; reden: string; toolUrl: string };

/** To a deelnemer whose submitted tool a begeleider opened again, with the begeleider's reason. */
export function AnalysetoolHeropendMail({ gemeente, deadline, reden, toolUrl }: AnalysetoolHeropendProps) {
  return (
    <MailLayout
      preview="Je analysetool staat weer open"
      reden={`Je krijgt deze mail omdat je deelnemer bent in de datavolwassenheidsscan van gemeente ${gemeente}.`}
    >
      <MailTitel>Je analysetool staat weer open</MailTitel>
      <P>Een begeleider heeft je ingediende analysetool weer geopend. Je antwoorden zijn bewaard; je kunt ze aanpassen en daarna opnieuw indienen.</P>
      <Feiten
        rows={[
          ["Reden", reden],
          ["Indienen vóór", deadline],
        ]}
      />
      <MailKnop href={toolUrl}>Analysetool openen</MailKnop>
    </MailLayout>
  );
}

/** What the React Email preview shows; the app always passes every prop. */
AnalysetoolHeropendMail.PreviewProps = {
  gemeente: "Tilburg",
  deadline: "dinsdag 8 december 2026, 13:30",
  reden: "Je gaf aan dat je bij de dimensie Data nog iets wilt aanvullen.",
  toolUrl: "http://localhost:3000/scans/voorbeeld/analysetool",
} satisfies AnalysetoolHeropendProps;

export default AnalysetoolHeropendMail;
