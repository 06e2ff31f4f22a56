import { MailLayout } from "./components/mail-layout";
import { Feiten, MailKnop, MailTitel, P } from "./components/parts";

export type NieuweAanmeldingProps = {
  gemeente: string;
  gemeenteCode: string;
  contact: string;
  voorkeurPeriode: string | null;
  opmerkingen: string | null;
  beoordeelUrl: string;
};

/** To every admin: a registration waits for acceptance. */
export function NieuweAanmeldingMail({ gemeente, gemeenteCode, contact, voorkeurPeriode, opmerkingen, beoordeelUrl }: NieuweAanmeldingProps) {
  return (
    <MailLayout preview={`Nieuwe aanmelding: gemeente ${gemeente}`} reden="Je krijgt deze mail omdat je beheerder bent van de Datavolwassenheidsscan.">
      <MailTitel>Nieuwe aanmelding</MailTitel>
      <P>Gemeente {gemeente} heeft zich aangemeld voor de datavolwassenheidsscan. De aanmelding wacht op je beoordeling.</P>
      <Feiten
        rows={[
          ["Gemeente", `${gemeente} (${gemeenteCode})`],
          ["Contactpersoon", contact],
          ["Voorkeur workshop", voorkeurPeriode ?? "Niet opgegeven"],
          ["Opmerkingen", opmerkingen ?? "Geen"],
        ]}
      />
      <MailKnop href={beoordeelUrl}>Aanmelding beoordelen</MailKnop>
    </MailLayout>
  );
}

/** What the React Email preview shows; the app always passes every prop. */
NieuweAanmeldingMail.PreviewProps = {
  gemeente: "Amersfoort",
  gemeenteCode: "GM0307",
  contact: "Anouk Jansen, programmamanager veiligheid",
  voorkeurPeriode: "Maart of april",
  opmerkingen: null,
  beoordeelUrl: "http://localhost:3000/beheer/aanmeldingen/voorbeeld",
} satisfies NieuweAanmeldingProps;

export default NieuweAanmeldingMail;
