import { MailLayout } from "./components/mail-layout";
import { MailKnop, MailTitel, P } from "./components/parts";

export type StemmenOpenProps = { gemeente: string; hpUrl: string };

/** To the members when stap 6 opens: propose and vote for the top 3 (issue 19.6). */
export function StemmenOpenMail({ gemeente, hpUrl }: StemmenOpenProps) {
  return (
    <MailLayout
      preview="Kies mee: de top 3 handelingsperspectieven"
      reden={`Je krijgt deze mail omdat je meedoet aan de datavolwassenheidsscan van gemeente ${gemeente}.`}
    >
      <MailTitel>Kies mee: de top 3 handelingsperspectieven</MailTitel>
      <P>
        Het concept eindrapport van gemeente {gemeente} is besproken. Nu kiezen we samen de 3 acties waarmee de gemeente aan de slag gaat. Doe een voorstel als
        je iets mist, en verdeel je 3 stemmen over de voorstellen die jij het belangrijkst vindt.
      </P>
      <P>Stemmen kan tot de begeleiders de top 3 vastleggen.</P>
      <MailKnop href={hpUrl}>Voorstellen en stemmen</MailKnop>
    </MailLayout>
  );
}

/** What the React Email preview shows; the app always passes every prop. */
StemmenOpenMail.PreviewProps = { gemeente: "Breda", hpUrl: "http://localhost:3000/scans/voorbeeld/handelingsperspectieven" } satisfies StemmenOpenProps;

export default StemmenOpenMail;
