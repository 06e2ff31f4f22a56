import { MailLayout } from "./components/mail-layout";
import { MailKnop, MailTitel, P } from "./components/parts";

export type WorkshopMomentenProps = { gemeente: string; momenten: string[]; planningUrl: string };

/** To the members when moments for the workshop are proposed: the welcome mail asked them to say when they can (issue 19.6). */
export function WorkshopMomentenMail({ gemeente, momenten, planningUrl }: WorkshopMomentenProps) {
  return (
    <MailLayout
      preview="Geef aan wanneer je kunt voor de workshop"
      reden={`Je krijgt deze mail omdat je meedoet aan de datavolwassenheidsscan van gemeente ${gemeente}.`}
    >
      <MailTitel>Wanneer kun je naar de workshop?</MailTitel>
      <P>Voor de workshop van gemeente {gemeente} zijn deze momenten voorgesteld:</P>
      <ul>
        {momenten.map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>
      <P>Geef per moment aan of je kunt. Daarna kiest de procesregisseur de datum.</P>
      <MailKnop href={planningUrl}>Beschikbaarheid doorgeven</MailKnop>
    </MailLayout>
  );
}

/** What the React Email preview shows; the app always passes every prop. */
WorkshopMomentenMail.PreviewProps = {
  gemeente: "Breda",
  momenten: ["dinsdag 16 februari 2027, 13:30", "donderdag 18 februari 2027, 13:30"],
  planningUrl: "http://localhost:3000/scans/voorbeeld/planning",
} satisfies WorkshopMomentenProps;

export default WorkshopMomentenMail;
