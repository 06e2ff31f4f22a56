import type { Metadata } from "next";
import Link from "next/link";
import { RadarChart } from "@/components/charts/radar-chart";
import { AgendaLijst } from "@/components/resultaten/agenda-lijst";
import { Verdeling } from "@/components/resultaten/verdeling";
import { buttonClass } from "@/components/ui/button";
import { formatScore, niveauNaam, ROL_LABELS, type TDimensieId } from "@/lib/analysetool";
import { formatVerschil } from "@/lib/analysetool/format";
import { AGENDA_REDEN_LABELS, vraagTekst } from "@/lib/analysetool/labels";
import { requireScanPage } from "@/lib/auth/access";
import { profielRadarInput } from "@/lib/charts/profile-radar";
import { loadScanResultaten } from "@/lib/data/resultaten";
import { listRondes, loadRondeStand } from "@/lib/data/rondes";
import { loadVergelijking } from "@/lib/data/vergelijking";
import { OPVOLG_STATUS_LABELS } from "@/lib/scan/opvolging";
import { toolVerdeling } from "@/lib/workshop/ronde";
import { PresentatieToetsen } from "./presentatie-toetsen";
import { RondePaneel } from "./ronde-paneel";

export const metadata: Metadata = { title: "Workshop" };

type Props = { params: Promise<{ scanId: string }>; searchParams: Promise<{ d?: string }> };

/**
 * The screen the begeleider shows in the workshop: the profile first, then one dimension per
 * screen with its discussion points. Large type, no names: roles only.
 */
export default async function WorkshopPage({ params, searchParams }: Props) {
  const { scanId } = await params;
  const access = await requireScanPage(scanId, "scan.begeleid");
  const data = await loadScanResultaten(scanId, access.scan.modelVersie);
  const vergelijking = await loadVergelijking(scanId, data);
  const { model, resultaat, agenda, consensus } = data;
  const dims = [...model.dimensies].sort((a, b) => a.volgorde - b.volgorde);
  const raw = Number((await searchParams).d ?? 0);
  const index = Number.isInteger(raw) && raw >= 0 && raw <= dims.length ? raw : 0;
  const href = (i: number) => `/scans/${scanId}/workshop?d=${i}`;
  const vorige = index > 0 ? href(index - 1) : null;
  const volgende = index < dims.length ? href(index + 1) : null;
  const vastgesteld = Object.fromEntries(Object.entries(consensus).map(([k, v]) => [k, v?.niveau ?? null])) as Partial<Record<TDimensieId, number | null>>;
  const dim = index > 0 ? dims[index - 1]! : null;
  const dimResult = dim ? resultaat.dimensies.find((d) => d.dimensieId === dim.id) : null;
  const punten = dim ? agenda.filter((p) => p.dimensieId === dim.id) : agenda;
  const vorigeRij = dim ? vergelijking?.rijen.find((r) => r.dimensieId === dim.id) : undefined;
  const vorigePunten = dim ? (vergelijking?.vorigeTop3.filter((p) => p.dimensieId === dim.id) ?? []) : [];
  const [stand, rondes] = dim && access.scan.stap === "workshop" ? await Promise.all([loadRondeStand(scanId), listRondes(scanId, dim.id)]) : [null, []];

  return (
    <div className="text-xl">
      <PresentatieToetsen vorige={vorige} volgende={volgende} />
      <p className="text-base">
        Workshop gemeente {access.scan.gemeenteNaam} · scherm {index + 1} van {dims.length + 1} · gebruik de pijltjestoetsen om te bladeren
      </p>
      {dim && dimResult ? (
        <>
          <h1 className="mt-2 text-4xl">{dim.naam}</h1>
          <p className="mt-4 text-2xl">
            Berekende score: <strong>{formatScore(dimResult.score)}</strong>
            {dimResult.score !== null ? ` (${niveauNaam(dimResult.score)})` : ""}
            {dimResult.ambitie !== null ? ` · ambitie ${formatScore(dimResult.ambitie)}` : ""}
            {!dimResult.volledig && dimResult.score !== null ? " · indicatief" : ""}
          </p>
          {vorigeRij ? (
            <p className="mt-2 text-2xl" data-testid="workshop-vorige">
              Vorige scan: {formatScore(vorigeRij.toen)}
              {vorigeRij.consensusToen !== null ? `, vastgesteld ${formatScore(vorigeRij.consensusToen)}` : ""} · verschil {formatVerschil(vorigeRij.verschil)}
              {vorigeRij.andereVragen ? " · andere vragen dan toen" : ""}
            </p>
          ) : null}
          {vorigePunten.length ? (
            <p className="mt-2 text-lg">
              Uit de vorige top 3: {vorigePunten.map((p) => `${p.titel} (${OPVOLG_STATUS_LABELS[p.status].toLowerCase()})`).join("; ")}.
            </p>
          ) : null}
          {stand ? (
            <RondePaneel
              scanId={scanId}
              dimensie={dim}
              rondes={rondes}
              stand={stand}
              tool={toolVerdeling(resultaat.vragen.filter((v) => v.dimensieId === dim.id))}
              berekend={formatScore(dimResult.score)}
              consensus={consensus[dim.id]}
            />
          ) : null}
          <h2 className="mt-8 text-3xl">Gespreksonderwerpen</h2>
          {punten.length === 0 ? <p className="mt-2">Geen: de deelnemers zijn het hier grotendeels eens.</p> : null}
          <ol className="mt-4 list-decimal space-y-8 pl-8">
            {punten.map((p) => {
              const v = resultaat.vragen.find((x) => x.vraagId === p.vraagId)!;
              return (
                <li key={p.vraagId}>
                  <p className="font-semibold">{vraagTekst(model, p.vraagId)}</p>
                  <p className="text-lg text-gray-700">{AGENDA_REDEN_LABELS[p.reden]}</p>
                  <div className="mt-2 grid gap-6 text-lg md:grid-cols-2">
                    <Verdeling verdeling={v.verdeling} weetNiet={v.weetNiet} nvt={v.nvt} />
                    <ul>
                      {Object.entries(v.perRol).map(([rol, s]) => (
                        <li key={rol}>
                          {ROL_LABELS[rol as keyof typeof ROL_LABELS]}: {formatScore(s?.gemiddelde ?? null)}
                        </li>
                      ))}
                    </ul>
                  </div>
                </li>
              );
            })}
          </ol>
        </>
      ) : (
        <>
          <h1 className="mt-2 text-4xl">Het datavolwassenheidsprofiel</h1>
          <RadarChart
            input={profielRadarInput(model, resultaat, {
              size: 640,
              vastgesteld,
              ambitie: true,
              padding: 90,
              vorige: vergelijking ? Object.fromEntries(vergelijking.rijen.map((r) => [r.dimensieId, r.toen])) : undefined,
            })}
            titel="Profiel voor de workshop"
            beschrijving={`Berekende score per dimensie: ${resultaat.dimensies.map((d) => `${d.dimensieId} ${formatScore(d.score)}`).join(", ")}.${vergelijking ? ` Vorige scan: ${vergelijking.rijen.map((r) => `${r.dimensieId} ${formatScore(r.toen)}`).join(", ")}.` : ""}`}
          />
          <h2 className="mt-8 text-3xl">Gespreksonderwerpen</h2>
          <div className="mt-4">
            <AgendaLijst agenda={agenda} model={model} links={false} />
          </div>
        </>
      )}
      <nav aria-label="Presentatie" className="mt-10 flex flex-wrap gap-4 niet-printen">
        {vorige ? (
          <Link href={vorige} className={buttonClass("secondary")}>
            ← Vorige
          </Link>
        ) : null}
        {volgende ? (
          <Link href={volgende} className={buttonClass("primary")}>
            Volgende →
          </Link>
        ) : null}
        <Link href={`/scans/${scanId}/workshop/vastleggen`} className={buttonClass("secondary")}>
          Uitkomst vastleggen
        </Link>
      </nav>
    </div>
  );
}
