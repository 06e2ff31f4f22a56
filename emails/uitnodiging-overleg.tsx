import { MailLayout } from "./components/mail-layout";
import { Feiten, MailKnop, MailTitel, P } from "./components/parts";

export type UitnodigingOverlegProps = {
  gemeente: string;
  moment: string;
  duur: string;
  link: string;
  rapportUrl: string;
  gewijzigd: boolean;
};

export function UitnodigingOverlegMail({ gemeente, moment, duur, link, rapportUrl, gewijzigd }: UitnodigingOverlegProps) {
  return (
    <MailLayout
      preview={`Digitaal overleg over het concept: ${moment}`}
      reden={`Je krijgt deze mail omdat je meedoet aan de datavolwassenheidsscan van gemeente ${gemeente}.`}
    >
      <MailTitel>{gewijzigd ? "Het digitale overleg is verplaatst" : "Uitnodiging: digitaal overleg over het concept eindrapport"}</MailTitel>
      <P>
        In dit overleg bespreken we het concept eindrapport van gemeente {gemeente} en de reacties erop. Daarna kiezen we samen de drie handelingsperspectieven
        waarmee de gemeente aan de slag gaat. De afspraak staat in de bijlage; open die om hem in je agenda te zetten.
      </P>
      <Feiten
        rows={[
          ["Wanneer", moment],
          ["Duur", duur],
          ["Deelnemen via", link],
        ]}
      />
      <MailKnop href={rapportUrl}>Concept lezen</MailKnop>
    </MailLayout>
  );
}

/** What the React Email preview shows; the app always passes every prop. */
UitnodigingOverlegMail.PreviewProps = {
  gemeente: "Breda",
  moment: "dinsdag 12 januari 2027, 10:00",
  duur: "1 uur",
  link: "https://vergaderen.example/dvs-breda",
  rapportUrl: "http://localhost:3000/scans/voorbeeld/rapport",
  gewijzigd: false,
} satisfies UitnodigingOverlegProps;

export default UitnodigingOverlegMail;
