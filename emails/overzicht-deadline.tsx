import { Text } from "@react-email/components";
import { MailLayout, mailText } from "./components/mail-layout";
import { MailKnop, MailTitel, P } from "./components/parts";

export type OverzichtDeadlineProps = {
  gemeente: string;
  deadline: string;
  ingediend: string[];
  nietIngediend: string[];
  scanUrl: string;
};

export function OverzichtDeadlineMail({ gemeente, deadline, ingediend, nietIngediend, scanUrl }: OverzichtDeadlineProps) {
  const totaal = ingediend.length + nietIngediend.length;
  return (
    <MailLayout
      preview={`${ingediend.length} van ${totaal} analysetools ingediend`}
      reden={`Je krijgt deze mail als procesregisseur of begeleider van de scan van gemeente ${gemeente}.`}
    >
      <MailTitel>De deadline van de analysetool is verstreken</MailTitel>
      <P>
        De deadline voor gemeente {gemeente} was {deadline}. {ingediend.length} van de {totaal} deelnemers hebben de analysetool ingediend.
      </P>
      <Text style={{ ...mailText, fontWeight: 700 }}>Ingediend</Text>
      <Text style={mailText}>{ingediend.length ? ingediend.join(", ") : "Nog niemand."}</Text>
      <Text style={{ ...mailText, fontWeight: 700 }}>Nog niet ingediend</Text>
      <Text style={mailText}>{nietIngediend.length ? nietIngediend.join(", ") : "Iedereen heeft ingediend."}</Text>
      <MailKnop href={scanUrl}>Naar de scan</MailKnop>
    </MailLayout>
  );
}

/** What the React Email preview shows; the app always passes every prop. */
OverzichtDeadlineMail.PreviewProps = {
  gemeente: "Tilburg",
  deadline: "dinsdag 8 december 2026, 13:30",
  ingediend: ["Dewi Ondermijning (ondermijning)", "Ilse ICT (ICT)"],
  nietIngediend: ["Pim Privacy (privacy)"],
  scanUrl: "http://localhost:3000/scans/voorbeeld",
} satisfies OverzichtDeadlineProps;

export default OverzichtDeadlineMail;
