/**
 * The tables and fact lists of the report as strings, shared by the HTML page and the PDF,
 * so both print the same numbers with the same rounding and the same words.
 */
import { formatScore, formatVerschil, niveauNaam } from "@/lib/analysetool/format";
import { RADAR_LEGENDA_UITLEG } from "@/lib/charts/profile-radar";
import { formatDatum } from "@/lib/dates";
import type { TRapportBenchmark, TRapportDimensie, TRapportHp, TRapportModel, TRapportVergelijking, TRapportVraagRegel } from "./types";

export type TKolomDef = { titel: string; breedte: string; rechts?: boolean };

/** How a question is named in the report: "Vraag 1.3"; older snapshots only have the id. */
export const vraagAanduiding = (v: { vraagId?: string; id?: string; nummer?: string }) => (v.nummer ? `Vraag ${v.nummer}` : (v.vraagId ?? v.id ?? ""));

export const datumTekst = (iso: string | null) => (iso ? formatDatum(new Date(iso)) : "–");

const niveauTekst = (x: number | null) => (x === null ? "–" : `${formatScore(x)} (${niveauNaam(x)})`);

export const PROFIEL_KOLOMMEN: TKolomDef[] = [
  { titel: "Dimensie", breedte: "34%" },
  { titel: "Berekend", breedte: "17%" },
  { titel: "Vastgesteld", breedte: "17%" },
  { titel: "Ambitie", breedte: "10%", rechts: true },
  { titel: "Opmerking", breedte: "22%" },
];

export function profielRijen(m: TRapportModel): string[][] {
  return m.profiel.dimensies.map((d) => [
    d.naam,
    niveauTekst(d.berekend),
    niveauTekst(d.vastgesteld),
    formatScore(d.ambitie),
    [d.berekend !== null && !d.volledig ? "indicatief" : null, d.verdeeld ? "verdeeld" : null].filter(Boolean).join(", ") || "–",
  ]);
}

export function profielUitleg(m: TRapportModel): string {
  const vorige = m.vergelijking ? ", en als groene streepjeslijn de berekende score van de vorige scan" : "";
  return `De figuur toont per dimensie de berekende score uit de analysetool, het in de workshop vastgestelde niveau en de ambitie over twee jaar${vorige}. ${RADAR_LEGENDA_UITLEG}`;
}

export const VERGELIJK_KOLOMMEN: TKolomDef[] = [
  { titel: "Dimensie", breedte: "30%" },
  { titel: "Vorige scan", breedte: "14%", rechts: true },
  { titel: "Nu", breedte: "10%", rechts: true },
  { titel: "Verschil", breedte: "12%", rechts: true },
  { titel: "Vastgesteld toen", breedte: "17%", rechts: true },
  { titel: "Vastgesteld nu", breedte: "17%", rechts: true },
];

export function vergelijkRijen(v: TRapportVergelijking): string[][] {
  return v.rijen.map((r) => [
    `${r.dimensie}${r.andereVragen ? " (andere vragen)" : ""}`,
    formatScore(r.toen),
    formatScore(r.nu),
    formatVerschil(r.verschil),
    formatScore(r.consensusToen),
    formatScore(r.consensusNu),
  ]);
}

export const VORIGE_TOP3_KOLOMMEN: TKolomDef[] = [
  { titel: "Punt", breedte: "40%" },
  { titel: "Dimensie", breedte: "24%" },
  { titel: "Laatste status", breedte: "18%" },
  { titel: "Verandering", breedte: "18%", rechts: true },
];

export function vorigeTop3Rijen(v: TRapportVergelijking): string[][] {
  return v.vorigeTop3.map((p) => [`${p.rang}. ${p.titel}`, p.dimensie, p.status, p.vergeleken ? formatVerschil(p.verschil) : "Niet vergeleken"]);
}

/** The comparison's opening paragraphs, the same on paper and on the page. */
export function vergelijkingUitleg(v: TRapportVergelijking): string[] {
  const uit = [
    `Dit is een herhaalmeting. De vorige scan van deze gemeente werd afgerond op ${datumTekst(v.vorigeDatum)}. Per dimensie staan de berekende score van toen en van nu naast elkaar, met het verschil en het in de workshop vastgestelde niveau van beide.`,
  ];
  if (!v.zelfdeVersie) {
    uit.push(
      `De vorige scan gebruikte versie ${v.versies.toen} van de analysetool, deze scan versie ${v.versies.nu}. Vergeleken worden alleen de dimensies die in beide versies staan.`,
    );
  }
  if (v.rijen.some((r) => r.andereVragen)) {
    uit.push('Bij een dimensie met "andere vragen" stelden de twee versies niet precies dezelfde vragen: vergelijk de scores daar met voorzichtigheid.');
  }
  return uit;
}

export const RONDE_KOLOMMEN: TKolomDef[] = [
  { titel: "Dimensie", breedte: "38%" },
  { titel: "Ronde", breedte: "10%", rechts: true },
  { titel: "Antwoorden", breedte: "14%", rechts: true },
  { titel: "Niveau 1–2–3–4–5", breedte: "24%" },
  { titel: "Weet niet", breedte: "14%", rechts: true },
];

export function rondeRijen(m: TRapportModel): string[][] {
  return (m.workshop.rondes ?? []).map((r) => [r.dimensie, String(r.nummer), String(r.antwoorden), r.verdeling.join(" – "), String(r.weetNiet)]);
}

export const BENCHMARK_KOLOMMEN: TKolomDef[] = [
  { titel: "Dimensie", breedte: "32%" },
  { titel: "Eigen", breedte: "10%", rechts: true },
  { titel: "Mediaan", breedte: "12%", rechts: true },
  { titel: "Middenveld (p25–p75)", breedte: "18%", rechts: true },
  { titel: "Positie", breedte: "28%" },
];

type TGetoondeGroep = Extract<TRapportBenchmark["groepen"][number], { getoond: true }>;

export function benchmarkRijen(g: TGetoondeGroep): string[][] {
  return g.rijen.map((r) => [
    r.dimensie,
    formatScore(r.eigen),
    formatScore(r.mediaan),
    r.p25 === null || r.p75 === null ? "–" : `${formatScore(r.p25)} – ${formatScore(r.p75)}`,
    r.positie ?? "–",
  ]);
}

/** The benchmark's opening paragraph, the same on paper and on the page. */
export function benchmarkUitleg(b: TRapportBenchmark): string {
  if (!b.datum) {
    return "Er zijn nog te weinig gemeenten met een definitief eindrapport om mee te vergelijken. Een groep wordt alleen getoond met minstens tien gemeenten.";
  }
  const nl = b.groepen.find((g) => g.getoond);
  const aantal = nl?.getoond ? `${nl.gemeenten} gemeenten` : "de gemeenten";
  return `De cijfers van andere gemeenten komen uit hun definitieve eindrapporten (versie ${b.modelVersie} van de analysetool), bijgewerkt op ${datumTekst(b.datum)}: ${aantal}, elk met zijn meest recente scan. Vergeleken wordt ${b.vergeleken}. Het middenveld is de middelste helft van de gemeenten (van het 25e tot het 75e percentiel). Een groep wordt alleen getoond met minstens tien gemeenten, en alleen als hij met de andere getoonde cijfers niet herleidbaar is tot minder dan tien gemeenten; geen enkele gemeente is terug te vinden.`;
}

export function rolKolommen(m: TRapportModel): TKolomDef[] {
  const rest = m.rollen.kolommen.length + 1;
  const w = `${Math.floor(62 / rest)}%`;
  return [
    { titel: "Dimensie", breedte: "38%" },
    { titel: "Alle rollen", breedte: w, rechts: true },
    ...m.rollen.kolommen.map((k) => ({ titel: k.label, breedte: w, rechts: true })),
  ];
}

export function rolRijen(m: TRapportModel): string[][] {
  return m.rollen.rijen.map((r) => [
    r.dimensie,
    formatScore(r.alle),
    ...r.cellen.map((c) => (c.score === null ? "–" : `${formatScore(c.score)}${c.afwijkend ? " *" : ""}`)),
  ]);
}

export const VRAAG_KOLOMMEN: TKolomDef[] = [
  { titel: "Vraag", breedte: "14%" },
  { titel: "Stelling", breedte: "56%" },
  { titel: "Score", breedte: "9%", rechts: true },
  { titel: "Markering", breedte: "21%" },
];

export function vraagRijen(vragen: readonly TRapportVraagRegel[]): string[][] {
  return vragen.map((v) => [vraagAanduiding(v), v.stelling, formatScore(v.score), v.markeringen.join(", ") || "–"]);
}

export const BIJLAGE_KOLOMMEN: TKolomDef[] = [
  { titel: "Vraag", breedte: "13%" },
  { titel: "Niveau 1–2–3–4–5", breedte: "17%" },
  { titel: "n", breedte: "5%", rechts: true },
  { titel: "Weet niet", breedte: "8%", rechts: true },
  { titel: "N.v.t.", breedte: "7%", rechts: true },
  { titel: "S", breedte: "6%", rechts: true },
  { titel: "R", breedte: "6%", rechts: true },
  { titel: "G", breedte: "6%", rechts: true },
  { titel: "Markering", breedte: "32%" },
];

export function bijlageRijen(m: TRapportModel): string[][] {
  return m.bijlageAntwoorden.map((r) => [
    vraagAanduiding(r),
    r.verdeling.join(" – "),
    String(r.n),
    String(r.weetNiet),
    String(r.nvt),
    formatScore(r.score),
    formatScore(r.bereik),
    formatScore(r.rolverschil),
    r.markeringen.join(", ") || "–",
  ]);
}

export function dimensieFeiten(d: TRapportDimensie): [string, string][] {
  const rows: [string, string][] = [
    ["Thema", d.thema],
    ["Berekende score", `${niveauTekst(d.berekend)}${d.berekend !== null && !d.volledig ? ", indicatief" : ""}`],
    ["Vastgesteld niveau", niveauTekst(d.vastgesteld)],
    [
      "Ambitie over twee jaar",
      d.ambitie === null ? "–" : `${formatScore(d.ambitie)}${d.ambitiekloof !== null ? ` (kloof ${formatScore(d.ambitiekloof)})` : ""}`,
    ],
    [
      "Spreiding",
      `${d.gespreksonderwerpen} gespreksonderwerp${d.gespreksonderwerpen === 1 ? "" : "en"}${d.verdeeld ? ", verdeelde dimensie" : ""}; gemiddelde SD ${formatScore(d.gemiddeldeSd)}`,
    ],
  ];
  if (d.motivering) rows.push(["Motivering niveau", d.motivering]);
  return rows;
}

export function hpFeiten(h: TRapportHp): [string, string][] {
  const rows: [string, string][] = [["Dimensie", h.dimensie]];
  if (h.eigenaar) rows.push(["Eigenaar", h.eigenaar]);
  if (h.termijn) rows.push(["Termijn", datumTekst(h.termijn)]);
  if (h.eersteStap) rows.push(["Eerste stap", h.eersteStap]);
  if (h.doelNiveau) rows.push(["Beoogd niveau", `${h.doelNiveau} (${niveauNaam(h.doelNiveau)})`]);
  if (h.partners) rows.push(["Betrokken partners", h.partners]);
  if (h.middelen) rows.push(["Benodigde middelen", h.middelen]);
  if (h.indicator) rows.push(["Hier zie je succes aan", h.indicator]);
  rows.push(["Stemmen", String(h.stemmen)]);
  return rows;
}

export const REACTIE_STATUS = { verwerkt: "Verwerkt", afgewezen: "Niet overgenomen" } as const;

/** 64 hex characters in groups of 16, so the kenmerk can wrap on paper. */
export function kenmerkTekst(sha256: string): string {
  return sha256.match(/.{1,16}/g)?.join(" ") ?? sha256;
}
