import Link from "next/link";
import { ActionForm } from "@/components/ui/action-form";
import { startAnalysetoolAction } from "@/lib/actions/analysetool/start-analysetool";
import { formatDatumTijd } from "@/lib/dates";
import { scheduleFor } from "@/lib/jobs/schedule";
import type { TStartCheck } from "@/lib/scan/start-guard";
import { Stap2Checklist } from "./stap2-checklist";

type Props = {
  scanId: string;
  magPlannen: boolean;
  check: TStartCheck;
  workshopAt: Date | null;
  opties: number;
  openVoorMij: number;
  gevraagd: boolean;
  now: Date;
};

/** What stap 2 asks of this person now, inside the current step of the stepper. */
export function Stap2Actie({ scanId, magPlannen, check, workshopAt, opties, openVoorMij, gevraagd, now }: Props) {
  const beschikbaarheid =
    gevraagd && opties > 0 && openVoorMij > 0 && !workshopAt ? (
      <p>
        <Link href={`/scans/${scanId}/planning`} className="font-semibold">
          Geef aan wanneer je kunt
        </Link>{" "}
        ({openVoorMij} van {opties} {opties === 1 ? "moment" : "momenten"} nog niet ingevuld)
      </p>
    ) : null;

  if (!magPlannen) {
    return (
      <div className="space-y-2">
        <h4 className="font-semibold">Wat vragen we nu van jou?</h4>
        {beschikbaarheid ??
          (workshopAt ? (
            <p>
              De workshop is op {formatDatumTijd(workshopAt)}. Drie weken vooraf krijg je de analysetool per mail. Tot die tijd hoef je niets te doen.{" "}
              <Link href={`/scans/${scanId}/planning`}>Bekijk de planning</Link>
            </p>
          ) : (
            <p>
              Nu nog niets. De procesregisseur plant de workshop; je krijgt bericht. <Link href={`/scans/${scanId}/planning`}>Bekijk de planning</Link>
            </p>
          ))}
      </div>
    );
  }

  const uitnodiging = workshopAt ? scheduleFor(workshopAt).uitnodiging : null;
  return (
    <div className="space-y-4">
      <h4 className="font-semibold">Wat vragen we nu van jou?</h4>
      <ul className="flex flex-wrap gap-x-6 gap-y-2">
        <li>
          <Link href={`/scans/${scanId}/deelnemers`} className="font-semibold">
            Deelnemers aanwijzen
          </Link>
        </li>
        <li>
          <Link href={`/scans/${scanId}/planning`} className="font-semibold">
            Workshop plannen
          </Link>
        </li>
      </ul>
      {beschikbaarheid}
      <Stap2Checklist check={check} />
      {check.ok ? (
        <div className="space-y-2">
          <p>
            Alles staat klaar voor stap 3.{" "}
            {uitnodiging && uitnodiging.getTime() > now.getTime()
              ? `Na de start krijgen de deelnemers de analysetool op ${formatDatumTijd(uitnodiging)}, drie weken voor de workshop.`
              : "Na de start krijgen de deelnemers de analysetool meteen."}
          </p>
          {check.waarschuwingen.map((w) => (
            <p key={w}>Let op: {w}</p>
          ))}
          <ActionForm action={startAnalysetoolAction} fields={{ scanId }} label="Analysetool starten" pendingText="Analysetool wordt gestart…" error="notice" />
        </div>
      ) : (
        <div>
          <p className="font-semibold">Nog nodig voordat de analysetool kan starten:</p>
          <ul className="mt-1 list-disc pl-6" data-testid="ontbreekt">
            {check.ontbreekt.map((o) => (
              <li key={o}>{o}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
