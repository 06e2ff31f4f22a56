import type { Metadata } from "next";
import Link from "next/link";
import { RadarChart } from "@/components/charts/radar-chart";
import { BenchmarkHtml } from "@/components/rapport/html-benchmark";
import { AgendaLijst } from "@/components/resultaten/agenda-lijst";
import { ProfielTabel } from "@/components/resultaten/profiel-tabel";
import { RolTabel } from "@/components/resultaten/rol-tabel";
import { Vergelijking } from "@/components/resultaten/vergelijking";
import { VraagResultaat } from "@/components/resultaten/vraag-resultaat";
import { MeldingNotice, Notice } from "@/components/ui/notice";
import { ROL_LABELS, type TDimensieId, type TRol } from "@/lib/analysetool";
import { requireScanPage } from "@/lib/auth/access";
import { profielRadarInput, rolRadarInput } from "@/lib/charts/profile-radar";
import { loadBenchmarkVoorScan } from "@/lib/data/benchmark";
import { loadScanResultaten } from "@/lib/data/resultaten";
import { loadVergelijking } from "@/lib/data/vergelijking";
import { StapActies } from "./stap-acties";

export const metadata: Metadata = { title: "Resultaten" };

type Props = { params: Promise<{ scanId: string }>; searchParams: Promise<{ melding?: string }> };

export default async function ResultatenPage({ params, searchParams }: Props) {
  const { scanId } = await params;
  const { melding } = await searchParams;
  const access = await requireScanPage(scanId, "scan.begeleid");
  const data = await loadScanResultaten(scanId, access.scan.modelVersie);
  const vergelijking = await loadVergelijking(scanId, data);
  const { model, resultaat, agenda, respons, consensus } = data;
  const benchmark = await loadBenchmarkVoorScan(
    scanId,
    resultaat.dimensies.map((d) => ({ id: d.dimensieId, berekend: d.score, vastgesteld: consensus[d.dimensieId]?.niveau ?? null })),
  );
  const vastgesteld = Object.fromEntries(Object.entries(consensus).map(([k, v]) => [k, v?.niveau ?? null])) as Partial<Record<TDimensieId, number | null>>;
  const perRol = (Object.entries(resultaat.deelnemers.perRol) as [TRol, number][]).filter(([, n]) => n > 0);
  return (
    <div>
      <p>
        <Link href={`/scans/${scanId}`}>Gemeente {access.scan.gemeenteNaam}</Link>
      </p>
      <h1 className="mt-2">Resultaten van de analysetool</h1>
      <MeldingNotice pagina="resultaten" code={melding} />
      <section aria-labelledby="respons" className="mt-6">
        <h2 id="respons">Respons</h2>
        <p className="mt-2" data-testid="respons">
          {respons.ingediend} van {respons.totaal} deelnemers hebben de analysetool ingediend.
          {perRol.length ? ` Per rol: ${perRol.map(([r, n]) => `${ROL_LABELS[r]} ${n}`).join(", ")}.` : ""}
        </p>
        {data.waarschuwingen.length ? (
          <Notice tone="waarschuwing" title="Let op bij het lezen van de resultaten">
            <ul className="list-disc pl-6">
              {data.waarschuwingen.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          </Notice>
        ) : null}
        <StapActies scanId={scanId} stap={access.scan.stap} />
      </section>

      <section aria-labelledby="profiel" className="mt-10">
        <h2 id="profiel">Profiel</h2>
        <p className="mt-2">Een stippellijn betekent: indicatief, omdat te weinig vragen of rollen een score gaven.</p>
        <RadarChart
          input={profielRadarInput(model, resultaat, {
            size: 520,
            vastgesteld,
            ambitie: true,
            vorige: vergelijking ? Object.fromEntries(vergelijking.rijen.map((r) => [r.dimensieId, r.toen])) : undefined,
          })}
          titel="Datavolwassenheidsprofiel"
          beschrijving={`Radar met de berekende score per dimensie, de ambitie en, na de workshop, het vastgestelde niveau${vergelijking ? ", en de berekende score van de vorige scan" : ""}. ${vergelijking ? "De tabellen hieronder geven" : "De tabel hieronder geeft"} dezelfde cijfers.`}
        />
        <ProfielTabel model={model} resultaat={resultaat} consensus={consensus} />
      </section>

      {vergelijking ? <Vergelijking v={vergelijking} vorigeHref={`/scans/${vergelijking.vorigeScanId}/rapport`} /> : null}

      <section aria-labelledby="benchmark" className="mt-10">
        <h2 id="benchmark">Vergelijking met andere gemeenten</h2>
        <BenchmarkHtml b={benchmark} />
      </section>

      <section aria-labelledby="rollen" className="mt-10">
        <h2 id="rollen">Per rol</h2>
        <RadarChart
          input={rolRadarInput(model, resultaat, { size: 520 })}
          titel="Profiel per rol"
          beschrijving="Radar met één lijn per rol. De tabel hieronder geeft dezelfde cijfers."
        />
        <RolTabel model={model} resultaat={resultaat} />
      </section>

      <section aria-labelledby="agenda" className="mt-10">
        <h2 id="agenda">Gespreksonderwerpen voor de workshop</h2>
        <p className="mt-2">Vragen waarover de deelnemers het oneens zijn of die veel &quot;weet ik niet&quot; kregen, de belangrijkste eerst.</p>
        <div className="mt-4" data-testid="gespreksonderwerpen">
          <AgendaLijst agenda={agenda} model={model} />
        </div>
      </section>

      <section aria-labelledby="per-vraag" className="mt-10">
        <h2 id="per-vraag">Per vraag</h2>
        {[...model.dimensies]
          .sort((a, b) => a.volgorde - b.volgorde)
          .map((d) => (
            <details
              key={d.id}
              className="mt-4 rounded border border-gray-300 p-3"
              open={resultaat.vragen.some((v) => v.dimensieId === d.id && v.gespreksonderwerp)}
            >
              <summary className="cursor-pointer text-lg font-semibold">
                {/* A heading in the summary keeps the outline h2 → h3 → h4 (issue 19.5). */}
                <h3 className="inline text-lg">{d.naam}</h3>
              </summary>
              {resultaat.vragen
                .filter((v) => v.dimensieId === d.id)
                .map((v) => (
                  <VraagResultaat key={v.vraagId} model={model} vraag={v} toelichtingen={data.toelichtingen.get(v.vraagId) ?? []} metNamen />
                ))}
            </details>
          ))}
      </section>
    </div>
  );
}
