import { Button, Heading, Link, Text } from "@react-email/components";
import { MailLayout, mailButton, mailText } from "./components/mail-layout";

export type InloglinkProps = { url: string; geldigTot: string };

/**
 * The sign-in link. It opens a confirm page with a button, never the session itself, so a
 * mail scanner that fetches the link does not spend it. The address is not repeated in
 * the body (CVE-2022-31127: no user-controlled text in this mail).
 */
export function InloglinkMail({ url = "http://localhost:3000/inloggen/bevestigen?token=voorbeeld", geldigTot = "13:45" }: InloglinkProps) {
  return (
    <MailLayout
      preview="Je inloglink voor de Datavolwassenheidsscan"
      reden="Je krijgt deze mail omdat iemand met dit e-mailadres wil inloggen. Was jij dat niet? Dan kun je deze mail negeren."
    >
      <Heading as="h1" style={{ fontSize: "22px" }}>
        Inloggen
      </Heading>
      <Text style={mailText}>Klik op de knop om in te loggen. De link werkt één keer en is 10 minuten geldig (tot {geldigTot}).</Text>
      <Button href={url} style={mailButton}>
        Inloggen bij de Datavolwassenheidsscan
      </Button>
      <Text style={mailText}>
        Werkt de knop niet? Kopieer deze link in je browser: <Link href={url}>{url}</Link>
      </Text>
    </MailLayout>
  );
}

export default InloglinkMail;
