import { MailLayout } from "./components/mail-layout";
import { Feiten, MailKnop, MailTitel, P } from "./components/parts";

export type UitnodigingProcesregisseurProps = { gemeente: string; begeleiders: string; inlogUrl: string };

/**
 * Sent when an admin accepts a registration. It carries no sign-in token (a magic link lives
 * only 10 minutes): the button opens the sign-in page, which sends a fresh link.
 */
export function UitnodigingProcesregisseurMail({ gemeente, begeleiders, inlogUrl }: UitnodigingProcesregisseurProps) {
  return (
    <MailLayout
      preview={`Je bent procesregisseur van de datavolwassenheidsscan van gemeente ${gemeente}`}
      reden={`Je krijgt deze mail omdat je bent aangewezen als procesregisseur van de datavolwassenheidsscan van gemeente ${gemeente}.`}
    >
      <MailTitel>De scan kan beginnen</MailTitel>
      <P>
        De aanmelding van gemeente {gemeente} is goedgekeurd. Jij bent de procesregisseur: je regelt de planning, bent het aanspreekpunt voor de begeleiders en
        stelt de groep deelnemers samen.
      </P>
      <Feiten
        rows={[
          ["Begeleiders", begeleiders],
          ["Nu te doen", "Deelnemers aanwijzen en een workshopdatum kiezen"],
        ]}
      />
      <P>
        Kies in elk geval een collega van ondermijning, van privacy en van ICT, en als het kan ook iemand van data-analyse. Stel daarna samen met hen een paar
        data voor de workshop voor. Kies een datum die minstens drie weken vooruit ligt: zo lang hebben de deelnemers voor de analysetool.
      </P>
      <MailKnop href={inlogUrl}>Inloggen</MailKnop>
      <P>Log in met het e-mailadres waarop je deze mail ontvangt. Je krijgt dan een inloglink die 10 minuten geldig is. Een wachtwoord is niet nodig.</P>
    </MailLayout>
  );
}

/** What the React Email preview shows; the app always passes every prop. */
UitnodigingProcesregisseurMail.PreviewProps = {
  gemeente: "Amersfoort",
  begeleiders: "Anna van Dijk en Bram de Vries",
  inlogUrl: "http://localhost:3000/inloggen?callbackUrl=/scans/voorbeeld",
} satisfies UitnodigingProcesregisseurProps;

export default UitnodigingProcesregisseurMail;
