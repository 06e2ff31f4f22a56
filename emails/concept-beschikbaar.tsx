import { MailLayout } from "./components/mail-layout";
import { Feiten, MailKnop, MailTitel, P } from "./components/parts";

export type ConceptBeschikbaarProps = { gemeente: string; versie: number; datum: string; overleg: string | null; rapportUrl: string };

export function ConceptBeschikbaarMail({ gemeente, versie, datum, overleg, rapportUrl }: ConceptBeschikbaarProps) {
  const nieuw = versie > 1;
  return (
    <MailLayout
      preview={`Het concept eindrapport${nieuw ? ` (versie ${versie})` : ""} staat klaar`}
      reden={`Je krijgt deze mail omdat je meedoet aan de datavolwassenheidsscan van gemeente ${gemeente}.`}
    >
      <MailTitel>{nieuw ? `Versie ${versie} van het concept eindrapport staat klaar` : "Het concept eindrapport staat klaar"}</MailTitel>
      <P>
        De begeleiders hebben het concept eindrapport van gemeente {gemeente} klaargezet. Lees het op de webpagina of download de PDF, en reageer per onderdeel
        als je iets mist of anders ziet. Je reacties worden besproken in het digitale overleg.
      </P>
      <Feiten
        rows={[
          ["Versie", `${versie}, van ${datum}`],
          ["Digitaal overleg", overleg ?? "Wordt nog gepland; je krijgt een uitnodiging."],
        ]}
      />
      <MailKnop href={rapportUrl}>Concept lezen</MailKnop>
      <P>Je moet inloggen om het rapport te zien; het rapport staat niet in deze mail.</P>
    </MailLayout>
  );
}

/** What the React Email preview shows; the app always passes every prop. */
ConceptBeschikbaarMail.PreviewProps = {
  gemeente: "Breda",
  versie: 1,
  datum: "zondag 20 december 2026",
  overleg: "dinsdag 12 januari 2027, 10:00",
  rapportUrl: "http://localhost:3000/scans/voorbeeld/rapport",
} satisfies ConceptBeschikbaarProps;

export default ConceptBeschikbaarMail;
