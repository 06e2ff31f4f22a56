/**
 * Renders the full eindrapport (concept and definitief) for a scan with 8 deelnemers and a
 * one-page PDF with the same fonts in the same run, and prints time and size of each with
 * the ratio. Target for the full report: under 2 s and under 1 MB on this machine.
 *
 *   npm run bench:rapport            (BENCH_RUNS=5 warm runs per document after a cold one)
 */
import { performance } from "node:perf_hooks";
import { Document, Page, renderToBuffer, Text } from "@react-pdf/renderer";
import { createElement } from "react";
import { PDF_FONT, registerPdfFonts } from "@/lib/pdf/fonts";
import { renderRapportPdf } from "@/lib/pdf/render";
import { buildRapportModel } from "@/lib/rapport/build";
import { snapshotSha256 } from "@/lib/rapport/hash";
import { exitWithUsageOnHelp } from "../scripts/usage";
import { rapportInputFixture } from "../tests/support/rapport-fixture";

exitWithUsageOnHelp("npm run bench:rapport — rendertijd en grootte van het volledige eindrapport tegen een PDF van één pagina (BENCH_RUNS=5).");

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

type TMeting = { naam: string; koud: number; ms: number[]; cpu: number[]; bytes: number; paginas: number };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const paginas = (pdf: Buffer) => (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;

async function meet(naam: string, render: () => Promise<Buffer>): Promise<TMeting> {
  const t0 = performance.now();
  const eerste = await render();
  const koud = performance.now() - t0;
  const ms: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    await render();
    ms.push(performance.now() - t);
    const u = process.cpuUsage(c);
    cpu.push((u.user + u.system) / 1000);
  }
  return { naam, koud, ms, cpu, bytes: eerste.length, paginas: paginas(eerste) };
}

registerPdfFonts();
const eenPagina = () =>
  renderToBuffer(
    createElement(
      Document,
      { title: "Eén pagina", language: "nl" },
      createElement(
        Page,
        { size: "A4", style: { fontFamily: PDF_FONT, fontSize: 10.5, padding: 52 } },
        createElement(Text, { style: { fontSize: 18, fontWeight: 700 } }, "Gemeente Súdwest-Fryslân"),
        createElement(Text, null, "Eén pagina met dezelfde lettertypen: naïeve ‘aanhalingstekens’ en € 5.000."),
      ),
    ) as never,
  );

const tb = performance.now();
const concept = buildRapportModel(rapportInputFixture({ soort: "concept" }));
const definitief = buildRapportModel(rapportInputFixture({ soort: "definitief" }));
const bouwMs = (performance.now() - tb) / 2;

const basis = await meet("één pagina (zelfde fonts)", eenPagina);
const metingen = [
  basis,
  await meet("eindrapport concept", () => renderRapportPdf(concept)),
  await meet("eindrapport definitief", () => renderRapportPdf(definitief, { kenmerk: snapshotSha256(definitief) })),
];

const f = (n: number) => n.toFixed(0).padStart(7);
console.log(`\nEindrapport voor een scan met 8 deelnemers; ${RUNS} warme runs na een koude, Node ${process.version}.`);
console.log(`Rapportmodel bouwen: ${bouwMs.toFixed(0)} ms.\n`);
console.log(
  `${"document".padEnd(28)} ${"koud ms".padStart(7)} ${"med ms".padStart(7)} ${"min ms".padStart(7)} ${"cpu ms".padStart(7)} ${"KB".padStart(7)} ${"pag.".padStart(5)} ${"× tijd".padStart(7)} ${"× KB".padStart(6)}`,
);
for (const m of metingen) {
  console.log(
    `${m.naam.padEnd(28)} ${f(m.koud)} ${f(median(m.ms))} ${f(Math.min(...m.ms))} ${f(median(m.cpu))} ${f(m.bytes / 1024)} ${String(m.paginas).padStart(5)} ${(median(m.ms) / median(basis.ms)).toFixed(1).padStart(7)} ${(m.bytes / basis.bytes).toFixed(1).padStart(6)}`,
  );
}
const slechtste = metingen.slice(1).reduce((a, b) => (median(a.ms) > median(b.ms) ? a : b));
const tijd = median(slechtste.ms) + bouwMs;
console.log(
  `\nDoel: < 2 s en < 1 MB → ${tijd < 2000 && slechtste.bytes < 1_000_000 ? "gehaald" : "NIET gehaald"} (${(tijd / 1000).toFixed(2)} s inclusief model, ${(slechtste.bytes / 1024).toFixed(0)} KB).`,
);
