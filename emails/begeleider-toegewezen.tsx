import { MailLayout } from "./components/mail-layout";
import { Feiten, MailKnop, MailTitel, P } from "./components/parts";

export type BegeleiderToegewezenProps = { gemeente: string; procesregisseur: string; scanUrl: string };

/** To each begeleider when an admin accepts a registration and assigns them (issue 19.6). */
export function BegeleiderToegewezenMail({ gemeente, procesregisseur, scanUrl }: BegeleiderToegewezenProps) {
  return (
    <MailLayout
      preview={`Je begeleidt de datavolwassenheidsscan van gemeente ${gemeente}`}
      reden="Je krijgt deze mail omdat het programmateam je als begeleider van deze scan heeft gekozen."
    >
      <MailTitel>Je begeleidt de scan van gemeente {gemeente}</MailTitel>
      <P>
        Het programmateam heeft de aanmelding van gemeente {gemeente} goedgekeurd en jou als begeleider gekozen. De procesregisseur is uitgenodigd en stelt nu
        de deelnemers samen en plant de workshop.
      </P>
      <Feiten
        rows={[
          ["Procesregisseur", procesregisseur],
          ["Nu", "Stap 2: procesregisseur en deelnemers"],
        ]}
      />
      <MailKnop href={scanUrl}>Scan bekijken</MailKnop>
    </MailLayout>
  );
}

/** What the React Email preview shows; the app always passes every prop. */
BegeleiderToegewezenMail.PreviewProps = {
  gemeente: "Breda",
  procesregisseur: "Bas Regisseur",
  scanUrl: "http://localhost:3000/scans/voorbeeld",
} satisfies BegeleiderToegewezenProps;

export default BegeleiderToegewezenMail;
