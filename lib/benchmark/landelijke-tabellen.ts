/**
 * The programme team's national picture (issue 17) as tables of strings, pure: the page
 * renders exactly these and the CSV export writes exactly these, so the download can never
 * show more than the page (a suppressed group stays suppressed).
 */
import { STAPPEN, type TScanState } from "@/db/schema";
import { formatScore } from "@/lib/analysetool/format";
import { toCsv } from "@/lib/csv";
import { stapLabel } from "@/lib/scan/stappen";
import type { TBenchmark } from "./groepen";

export type TLandelijk = {
  perRiec: { riec: string | null; perStap: Partial<Record<TScanState, number>> }[];
  doorlooptijden: { naam: string; n: number; mediaan: number | null; p90: number | null }[];
  respons: { deelnemers: number; opTijd: number };
  herinneringen: { verstuurd: number; inzendingen: number };
  top3Dimensies: { naam: string; aantal: number }[];
  benchmark: TBenchmark;
};

export type TTabel = { id: string; titel: string; kolommen: string[]; rijen: string[][] };

const middenveld = (g: { p25: number; p75: number } | null) => (g ? `${formatScore(g.p25)} – ${formatScore(g.p75)}` : "–");
const dagen = (x: number | null) => (x === null ? "–" : `${Math.round(x)} dagen`);
const procent = (teller: number, noemer: number) => (noemer === 0 ? "–" : `${Math.round((100 * teller) / noemer)}%`);

export function landelijkeTabellen(d: TLandelijk): TTabel[] {
  const stappen = [...STAPPEN, "afgewezen" as const];
  const totaal = (s: TScanState) => d.perRiec.reduce((n, r) => n + (r.perStap[s] ?? 0), 0);
  const tabellen: TTabel[] = [
    {
      id: "scans",
      titel: "Scans per stap en per RIEC-regio",
      kolommen: ["RIEC-regio", ...stappen.map(stapLabel), "Totaal"],
      rijen: [
        ...d.perRiec.map((r) => [
          r.riec ?? "Onbekend",
          ...stappen.map((s) => String(r.perStap[s] ?? 0)),
          String(stappen.reduce((n, s) => n + (r.perStap[s] ?? 0), 0)),
        ]),
        ["Totaal", ...stappen.map((s) => String(totaal(s))), String(stappen.reduce((n, s) => n + totaal(s), 0))],
      ],
    },
    {
      id: "doorlooptijd",
      titel: "Doorlooptijden van afgeronde scans",
      kolommen: ["Traject", "Scans", "Mediaan", "90e percentiel"],
      rijen: d.doorlooptijden.map((t) => [t.naam, String(t.n), dagen(t.mediaan), dagen(t.p90)]),
    },
    {
      id: "respons",
      titel: "Respons en herinneringen",
      kolommen: ["Maat", "Waarde"],
      rijen: [
        ["Deelnemers die op tijd indienden", `${d.respons.opTijd} van ${d.respons.deelnemers} (${procent(d.respons.opTijd, d.respons.deelnemers)})`],
        [
          "Herinneringen per inzending",
          d.herinneringen.inzendingen === 0
            ? "–"
            : `${formatScore(d.herinneringen.verstuurd / d.herinneringen.inzendingen)} (${d.herinneringen.verstuurd} herinneringen, ${d.herinneringen.inzendingen} inzendingen)`,
        ],
      ],
    },
    {
      id: "top3",
      titel: "Dimensies in de top 3 van afgeronde scans",
      kolommen: ["Dimensie", "Keer gekozen"],
      rijen: d.top3Dimensies.map((x) => [x.naam, String(x.aantal)]),
    },
  ];
  return [...tabellen, ...benchmarkTabellen(d.benchmark)];
}

/** The benchmark groups as tables: one per shown group, and one naming the suppressed groups. */
export function benchmarkTabellen(b: TBenchmark): TTabel[] {
  const tabellen: TTabel[] = [];
  for (const g of b.groepen) {
    if (!g.getoond) continue;
    tabellen.push({
      id: `benchmark-${g.id}`,
      titel: `Benchmark ${g.naam} (${g.gemeenten} gemeenten): vastgesteld niveau per dimensie`,
      kolommen: ["Dimensie", "Gemeenten", "Mediaan", "Middenveld (p25–p75)", "Niveau 1–2–3–4–5"],
      rijen: g.dimensies.map((x) => [
        x.naam,
        String(x.vastgesteld?.n ?? 0),
        formatScore(x.vastgesteld?.mediaan ?? null),
        middenveld(x.vastgesteld),
        x.verdeling.join(" – "),
      ]),
    });
    tabellen.push({
      id: `benchmark-berekend-${g.id}`,
      titel: `Benchmark ${g.naam} (${g.gemeenten} gemeenten): berekende score per dimensie`,
      kolommen: ["Dimensie", "Gemeenten", "Mediaan", "Middenveld (p25–p75)", "Niveau 1–2–3–4–5"],
      rijen: g.dimensies.map((x) => [
        x.naam,
        String(x.berekend?.n ?? 0),
        formatScore(x.berekend?.mediaan ?? null),
        middenveld(x.berekend),
        x.verdelingBerekend?.join(" – ") ?? "–",
      ]),
    });
  }
  tabellen.push({
    id: "onderdrukt",
    titel: "Groepen die niet getoond worden",
    kolommen: ["Groep", "Reden"],
    rijen: b.groepen.filter((g) => !g.getoond).map((g) => [g.naam, "Te weinig gemeenten om te tonen."]),
  });
  return tabellen;
}

/** The same tables as one CSV document (lib/csv.ts): each table's title, its header and rows, a blank line between. */
export function landelijkCsv(tabellen: readonly TTabel[]): string {
  return toCsv(tabellen.flatMap((t, i) => [...(i ? [[]] : []), [t.titel], t.kolommen, ...t.rijen]));
}
