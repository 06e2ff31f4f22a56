import type { Metadata } from "next";
import Link from "next/link";
import { AnalysetoolSchema } from "@/components/scan/analysetool-schema";
import { ActionForm } from "@/components/ui/action-form";
import { MeldingNotice } from "@/components/ui/notice";
import { removeWorkshopOptieAction } from "@/lib/actions/planning/remove-workshop-optie";
import { can, requireScanPage } from "@/lib/auth/access";
import { getPlanning } from "@/lib/data/planning";
import { formatDatumTijd, formatMomentKort, toAmsterdamLocal } from "@/lib/dates";
import { ongewoneDag } from "@/lib/feestdagen";
import { formatDuur } from "@/lib/scan/duur";
import { MAX_OPTIES } from "@/lib/scan/planning-invoer";
import { DATUM_WIJZIGBAAR, OPTIES_WIJZIGBAAR } from "@/lib/scan/stap-regels";
import { beoordeelWorkshopDatum } from "@/lib/scan/workshop-datum";
import { BeschikbaarheidForm } from "./beschikbaarheid-form";
import { BeschikbaarheidTabel } from "./beschikbaarheid-tabel";
import { DatumForm } from "./datum-form";
import { OptiesForm } from "./opties-form";

export const metadata: Metadata = { title: "Planning workshop" };

type Props = { params: Promise<{ scanId: string }>; searchParams: Promise<{ melding?: string; intrekken?: string }> };

export default async function PlanningPage({ params, searchParams }: Props) {
  const { scanId } = await params;
  const access = await requireScanPage(scanId, "scan.view");
  const sp = await searchParams;
  const planning = await getPlanning(scanId);
  const now = new Date();
  const mag = can(access, "scan.plan");
  const stap = access.scan.stap;
  const optiesOpen = OPTIES_WIJZIGBAAR.includes(stap);
  const zelfGevraagd = planning.personen.some((p) => p.userId === access.user.id);
  const w = planning.workshop;
  const intrekken = mag && optiesOpen ? planning.opties.find((o) => o.id === sp.intrekken) : undefined;
  const huidigeOptie = w?.workshopAt ? planning.opties.find((o) => o.startsAt.getTime() === w.workshopAt!.getTime()) : undefined;

  return (
    <div className="max-w-4xl">
      <p>
        <Link href={`/scans/${scanId}`}>Terug naar de scan</Link>
      </p>
      <h1 className="mt-2">Planning workshop gemeente {access.scan.gemeenteNaam}</h1>
      <MeldingNotice pagina="planning" code={sp.melding} className="mt-4" />

      <h2 className="mt-8">Workshop</h2>
      {w?.workshopAt ? (
        <>
          <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1">
            <dt className="font-semibold">Wanneer</dt>
            <dd data-testid="workshopdatum">{metDagWaarschuwing(w.workshopAt)}</dd>
            <dt className="font-semibold">Duur</dt>
            <dd>{w.workshopDuurMinuten ? formatDuur(w.workshopDuurMinuten) : "Niet opgegeven"}</dd>
            <dt className="font-semibold">Waar</dt>
            <dd className="break-words">{w.workshopLocatie ?? "Niet opgegeven"}</dd>
          </dl>
          <h3 className="mt-6">Schema van de analysetool (stap 3)</h3>
          <div className="mt-2">
            <AnalysetoolSchema workshopAt={w.workshopAt} deadlineAt={w.deadlineAt} startedAt={w.analysetoolStartedAt} now={now} />
          </div>
        </>
      ) : (
        <p className="mt-2">
          Er is nog geen datum gekozen.{" "}
          {mag
            ? "Stel hieronder twee tot vijf momenten voor, of kies meteen een datum."
            : "De procesregisseur stelt een paar momenten voor; geef aan wanneer je kunt."}
        </p>
      )}

      {planning.opties.length ? (
        <>
          <h2 className="mt-10">Wie kan wanneer?</h2>
          <BeschikbaarheidTabel planning={planning} />
        </>
      ) : null}

      {optiesOpen && zelfGevraagd && planning.opties.length ? (
        <section aria-labelledby="beschikbaarheid-titel" className="mt-10 max-w-2xl">
          <h2 id="beschikbaarheid-titel">Wanneer kun jij?</h2>
          <p className="mt-2 mb-4">Geef per moment aan of je kunt. Je kunt je antwoord later nog veranderen.</p>
          <BeschikbaarheidForm
            scanId={scanId}
            opties={planning.opties.map((o) => {
              const a = planning.antwoord.get(`${o.id}/${access.user.id}`);
              return { id: o.id, label: metDagWaarschuwing(o.startsAt), antwoord: a === undefined ? null : a };
            })}
          />
        </section>
      ) : null}

      {intrekken ? (
        <section id="intrekken" aria-labelledby="intrekken-titel" className="mt-10 border-4 border-fout p-4">
          <h2 id="intrekken-titel">Moment intrekken</h2>
          <p className="mt-2">
            Weet je zeker dat je <strong>{formatDatumTijd(intrekken.startsAt)}</strong> wilt intrekken? De antwoorden die voor dit moment zijn gegeven,
            vervallen.
          </p>
          <div className="mt-4 flex flex-wrap items-center gap-6">
            <ActionForm
              action={removeWorkshopOptieAction}
              fields={{ scanId, optieId: intrekken.id }}
              label={`Ja, trek ${formatMomentKort(intrekken.startsAt)} in`}
              variant="danger"
              error="notice"
            />
            <Link href={`/scans/${scanId}/planning`}>Nee, terug</Link>
          </div>
        </section>
      ) : null}

      {mag && optiesOpen ? (
        <section aria-labelledby="voorstellen-titel" className="mt-10 max-w-2xl">
          <h2 id="voorstellen-titel">Momenten voorstellen</h2>
          {planning.opties.length ? (
            <ul className="mt-2 space-y-1">
              {planning.opties.map((o) => (
                <li key={o.id}>
                  {metDagWaarschuwing(o.startsAt)}{" "}
                  <Link href={`/scans/${scanId}/planning?intrekken=${o.id}#intrekken`}>
                    Intrekken<span className="sr-only">: {formatDatumTijd(o.startsAt)}</span>
                  </Link>
                </li>
              ))}
            </ul>
          ) : null}
          {planning.opties.length < MAX_OPTIES ? (
            <>
              <p className="mt-4 mb-4">
                Stel twee tot vijf momenten voor. Kies ze minstens drie weken vooruit: zo lang hebben de deelnemers voor de analysetool.
              </p>
              <OptiesForm scanId={scanId} vrij={MAX_OPTIES - planning.opties.length} bestaand={planning.opties.length} minimum={toAmsterdamLocal(now)} />
            </>
          ) : (
            <p className="mt-4">Er zijn al vijf momenten voorgesteld. Trek er een in om een ander voor te stellen.</p>
          )}
        </section>
      ) : null}

      {mag && DATUM_WIJZIGBAAR.includes(stap) ? (
        <section aria-labelledby="kiezen-titel" className="mt-10 max-w-2xl">
          <h2 id="kiezen-titel">{w?.workshopAt ? "Workshopdatum wijzigen" : "Workshopdatum kiezen"}</h2>
          <p className="mt-2 mb-4">
            Kies een van de voorgestelde momenten, of vul meteen een datum in. Iedereen krijgt de datum per mail, met een agenda-afspraak.
          </p>
          <DatumForm
            scanId={scanId}
            opties={planning.opties.map((o) => {
              const kort = beoordeelWorkshopDatum(o.startsAt, now).status !== "ok";
              return {
                id: o.id,
                startsAt: o.startsAt.toISOString(),
                label: `${metDagWaarschuwing(o.startsAt)}: ${o.kan} van ${planning.personen.length} kunnen, ${o.kanNiet} niet${kort ? " (minder dan drie weken vooruit)" : ""}`,
              };
            })}
            standaard={{
              keuze: huidigeOptie?.id ?? (w?.workshopAt ? "anders" : ""),
              andereDatum: w?.workshopAt && !huidigeOptie ? toAmsterdamLocal(w.workshopAt) : "",
              duurMinuten: String(w?.workshopDuurMinuten ?? 180),
              locatie: w?.workshopLocatie ?? "",
            }}
          />
        </section>
      ) : null}
    </div>
  );
}

/** A moment as text, with a warning when it falls in a weekend or on a public holiday (issue 19.9). */
function metDagWaarschuwing(at: Date): string {
  const dag = ongewoneDag(at);
  return dag ? `${formatDatumTijd(at)} (let op: ${dag.replace(/\.$/, "")})` : formatDatumTijd(at);
}
