import { MailLayout } from "./components/mail-layout";
import { Feiten, MailKnop, MailTitel, P } from "./components/parts";

export type WorkshopdatumVastgelegdProps = {
  gemeente: string;
  workshop: string;
  duur: string;
  locatie: string;
  /** Set for deelnemers: when the tool arrives and when it is due. */
  analysetool: { vanaf: string; deadline: string } | null;
  gewijzigd: boolean;
  planningUrl: string;
};

/** The chosen workshop moment, with an .ics file attached by the caller. */
export function WorkshopdatumVastgelegdMail({ gemeente, workshop, duur, locatie, analysetool, gewijzigd, planningUrl }: WorkshopdatumVastgelegdProps) {
  return (
    <MailLayout
      preview={`Workshop datavolwassenheidsscan: ${workshop}`}
      reden={`Je krijgt deze mail omdat je meedoet aan de datavolwassenheidsscan van gemeente ${gemeente}.`}
    >
      <MailTitel>{gewijzigd ? "De workshop is verplaatst" : "De datum van de workshop staat vast"}</MailTitel>
      <P>
        {gewijzigd
          ? `De workshop van de datavolwassenheidsscan van gemeente ${gemeente} heeft een nieuwe datum.`
          : `De workshop van de datavolwassenheidsscan van gemeente ${gemeente} is gepland.`}{" "}
        In de bijlage vind je een agenda-afspraak die je in je agenda kunt zetten.
      </P>
      <Feiten
        rows={[
          ["Wanneer", workshop],
          ["Duur", duur],
          ["Waar", locatie],
          ...(analysetool
            ? ([
                ["Analysetool", `vanaf ${analysetool.vanaf}`],
                ["Invullen vóór", analysetool.deadline],
              ] as [string, string][])
            : []),
        ]}
      />
      {analysetool ? <P>Je krijgt de analysetool per mail. Tot die tijd hoef je niets te doen.</P> : null}
      <MailKnop href={planningUrl}>Bekijk de planning</MailKnop>
    </MailLayout>
  );
}

/** What the React Email preview shows; the app always passes every prop. */
WorkshopdatumVastgelegdMail.PreviewProps = {
  gemeente: "Amersfoort",
  workshop: "dinsdag 16 maart 2027, 13:30",
  duur: "3 uur",
  locatie: "Stadhuis, zaal 2.14",
  analysetool: { vanaf: "dinsdag 23 februari 2027, 13:30", deadline: "dinsdag 9 maart 2027, 13:30" },
  gewijzigd: false,
  planningUrl: "http://localhost:3000/scans/voorbeeld/planning",
} satisfies WorkshopdatumVastgelegdProps;

export default WorkshopdatumVastgelegdMail;
