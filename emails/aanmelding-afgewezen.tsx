import { MailLayout } from "./components/mail-layout";
import { MailTitel, P } from "./components/parts";

export type AanmeldingAfgewezenProps = { gemeente: string; reden: string; contactEmail: string };

/** To the contact of a declined registration, with the reason the admin gave. */
export function AanmeldingAfgewezenMail({ gemeente, reden, contactEmail }: AanmeldingAfgewezenProps) {
  return (
    <MailLayout
      preview={`Over de aanmelding van gemeente ${gemeente}`}
      reden={`Je krijgt deze mail omdat je contactpersoon bent bij de aanmelding van gemeente ${gemeente}.`}
    >
      <MailTitel>We kunnen de aanmelding niet goedkeuren</MailTitel>
      <P>Bedankt voor de aanmelding van gemeente {gemeente} voor de datavolwassenheidsscan. Helaas kunnen we de aanmelding niet goedkeuren.</P>
      <P>De reden:</P>
      <P>{reden}</P>
      <P>Heb je vragen, of wil je het bespreken? Mail dan naar {contactEmail}.</P>
    </MailLayout>
  );
}

/** What the React Email preview shows; the app always passes every prop. */
AanmeldingAfgewezenMail.PreviewProps = {
  gemeente: "Amersfoort",
  reden: "Dit jaar zijn alle plekken voor de scan al vergeven. Meld je gerust opnieuw aan in het nieuwe jaar.",
  contactEmail: "zichtopondermijning@minbzk.nl",
} satisfies AanmeldingAfgewezenProps;

export default AanmeldingAfgewezenMail;
