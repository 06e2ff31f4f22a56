import { MailLayout } from "./components/mail-layout";
import { Feiten, MailKnop, MailTitel, P } from "./components/parts";

export type CheckinOpvolgingProps = { gemeente: string; maanden: number; punten: [string, string][]; opvolgingUrl: string };

/** Stap 7: 3, 6 or 12 months after the eindrapport, how the top 3 stands (issue 16). */
export function CheckinOpvolgingMail({ gemeente, maanden, punten, opvolgingUrl }: CheckinOpvolgingProps) {
  return (
    <MailLayout
      preview={`Hoe staat het met de top 3 van gemeente ${gemeente}?`}
      reden={`Je krijgt deze mail omdat je de voortgang van de top 3 van gemeente ${gemeente} bijhoudt.`}
    >
      <MailTitel>Hoe staat het met de top 3?</MailTitel>
      <P>
        Het eindrapport van de datavolwassenheidsscan van gemeente {gemeente} is {maanden} maanden geleden vastgesteld. Van deze punten is de afgelopen maand
        geen voortgang bijgehouden:
      </P>
      <Feiten rows={punten} />
      <P>Laat weten hoe het ervoor staat: bezig, afgerond, bijgesteld of gestopt. Een korte notitie helpt de anderen.</P>
      <MailKnop href={opvolgingUrl}>Voortgang bijwerken</MailKnop>
    </MailLayout>
  );
}

export default CheckinOpvolgingMail;
