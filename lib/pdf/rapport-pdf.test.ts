/**
 * The PDF as a reader and a records officer meet it: rendered for a scan with 8 deelnemers,
 * then read back with PDF.js (tests/support/pdf.ts). Text must be extractable (so
 * selectable and searchable), every font embedded, Dutch characters intact, and only the
 * concept may say CONCEPT.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { buildRapportModel } from "@/lib/rapport/build";
import { snapshotSha256 } from "@/lib/rapport/hash";
import { benchmarkRijen, vergelijkRijen, vorigeTop3Rijen } from "@/lib/rapport/weergave";
import { readPdf, type TPdf as TGelezen } from "@/tests/support/pdf";
import { benchmarkFixture, rapportInputFixture, vorigeScanFixture } from "@/tests/support/rapport-fixture";
import { renderRapportPdf } from "./render";

const teksten = {
  ...rapportInputFixture().teksten,
  samenvatting: "Een goede basis; naïeve aannames kosten € 0. <script>alert(1)</script> & ‘zo’ verder.\nTweede regel.\n\nTweede alinea.",
};

type TPdf = TGelezen & { bytes: number };

async function render(soort: "concept" | "definitief"): Promise<TPdf & { kenmerk: string }> {
  const model = buildRapportModel(rapportInputFixture({ soort, versie: soort === "concept" ? 2 : 1, teksten }));
  const kenmerk = snapshotSha256(model);
  const pdf = await renderRapportPdf(model, { kenmerk: soort === "definitief" ? kenmerk : null });
  return { ...(await readPdf(pdf)), bytes: pdf.length, kenmerk };
}

const flat = (s: string) => s.replace(/\s+/g, " ");
const compact = (s: string) => s.replace(/\s+/g, "");
const count = (hay: string, needle: string) => hay.split(needle).length - 1;

let concept: Awaited<ReturnType<typeof render>>;
let definitief: Awaited<ReturnType<typeof render>>;

beforeAll(async () => {
  concept = await render("concept");
  definitief = await render("definitief");
}, 120_000);

describe("eindrapport als PDF", () => {
  it("is a real PDF of several pages, well under 1 MB", () => {
    for (const pdf of [concept, definitief]) {
      expect(pdf.pageCount).toBeGreaterThan(10);
      expect(pdf.bytes).toBeLessThan(1_000_000);
    }
  });

  it("embeds every font it uses (no unembedded Helvetica)", () => {
    for (const pdf of [concept, definitief]) {
      expect(pdf.fonts.length).toBeGreaterThanOrEqual(2);
      for (const font of pdf.fonts) {
        expect(font.name).toContain("SourceSans3");
        expect(font.embedded, font.name).toBe(true);
      }
    }
  });

  it("names the gemeente, every dimension and the top 3, with Dutch characters intact", () => {
    const model = buildRapportModel(rapportInputFixture());
    for (const pdf of [concept, definitief]) {
      const t = flat(pdf.text);
      expect(t).toContain("Gemeente Súdwest-Fryslân");
      for (const d of model.dimensies) expect(t).toContain(d.naam);
      for (const titel of ["Data-eigenaarschap beleggen", "Convenant RIEC actualiseren", "Analysecapaciteit delen"]) expect(t).toContain(titel);
      for (const woord of ["naïeve", "€ 0", "geëvalueerd", "één", "‘zo’", "Coördinator"]) expect(t).toContain(woord);
    }
  });

  it("a herhaalmeting's report has the comparison section: both profiles, the table per dimension and the previous top 3", async () => {
    const model = buildRapportModel(rapportInputFixture({ soort: "definitief", versie: 1, teksten, vorige: vorigeScanFixture() }));
    const pdf = await readPdf(await renderRapportPdf(model, { kenmerk: snapshotSha256(model) }));
    const t = flat(pdf.text);
    expect(pdf.pages[1]!.text).toMatch(/^\s*5\s+Vergelijking met de vorige scan\s+\d+\s*$/m);
    expect(t).toContain("Dit is een herhaalmeting. De vorige scan van deze gemeente werd afgerond op maandag 3 november 2025.");
    expect(t).toContain("Vorige scan");
    const all = compact(pdf.text);
    // A long name wraps inside its cell, so the figures of a row are checked after it, in order.
    for (const rij of vergelijkRijen(model.vergelijking!)) expect(all).toContain(compact(rij.slice(1).join("")));
    for (const rij of vorigeTop3Rijen(model.vergelijking!)) {
      expect(all).toContain(compact(rij[0]!));
      expect(all).toContain(compact(rij.slice(2).join("")));
    }
    expect(all).toContain(compact("Wat werd er van de vorige top 3?"));
    expect(flat(definitief.text)).not.toContain("Vergelijking met de vorige scan");
  }, 60_000);

  it("the benchmark section: the date, the number of gemeenten, both groups' figures, and a suppressed group by name", async () => {
    const model = buildRapportModel(
      rapportInputFixture({ soort: "definitief", versie: 1, teksten, benchmark: { cijfers: benchmarkFixture(), riec: "Oost-Nederland" } }),
    );
    const pdf = await readPdf(await renderRapportPdf(model, { kenmerk: snapshotSha256(model) }));
    const t = flat(pdf.text);
    expect(pdf.pages[1]!.text).toMatch(/^\s*5\s+Vergelijking met andere gemeenten\s+\d+\s*$/m);
    expect(t).toContain("bijgewerkt op zondag 15 november 2026: 24 gemeenten");
    expect(t).toContain("12 gemeenten.");
    const all = compact(pdf.text);
    for (const g of model.benchmark!.groepen) {
      if (!g.getoond) continue;
      expect(all).toContain(compact(`Middenveld ${g.naam} (p25–p75)`));
      for (const rij of benchmarkRijen(g)) expect(all).toContain(compact(rij.slice(1).join("")));
    }
    const klein = buildRapportModel(rapportInputFixture({ benchmark: { cijfers: benchmarkFixture(), riec: "Limburg" } }));
    const kleinPdf = flat((await readPdf(await renderRapportPdf(klein))).text);
    expect(kleinPdf).toContain("RIEC Limburg Te weinig gemeenten om te tonen.");
  }, 60_000);

  it("prints the optional top-3 details where they were given", () => {
    const t = flat(definitief.text);
    for (const tekst of [
      "Beoogd niveau",
      "RIEC Zeeland-West-Brabant",
      "0,2 fte informatiemanager",
      "Hier zie je succes aan",
      "Elke kernregistratie heeft een eigenaar",
    ])
      expect(t).toContain(tekst);
  });

  it("shows typed markup as the plain text it is", () => {
    expect(flat(concept.text)).toContain("<script>alert(1)</script> &");
  });

  it("has a table of contents with page numbers and 'Pagina X van Y' on every page", () => {
    // The definitief: the concept's watermark runs through the contents page and scrambles -layout.
    const inhoud = definitief.pages[1]!.text;
    expect(inhoud).toMatch(/^\s*1\s+Samenvatting\s+3\s*$/m);
    expect(inhoud).toMatch(/^\s*5\s+Resultaten per dimensie\s+\d+\s*$/m);
    expect(inhoud).toMatch(/^\s*Bijlage 2\. Vragenlijst zoals uitgezet\s+\d+\s*$/m);
    for (const pdf of [concept, definitief]) {
      const t = flat(pdf.text);
      for (let p = 1; p <= pdf.pageCount; p++) expect(t).toContain(`Pagina ${p} van ${pdf.pageCount}`);
    }
  });

  it("never leaves a table header alone at the foot of a page (issue 19.14)", () => {
    for (const pdf of [concept, definitief]) {
      // Lines between the running head and the page number.
      const inhoud = pdf.pages.map((p) => p.lines.slice(1, -1).filter((l) => !/^\s*C\s*O\s*N\s*C\s*E\s*P\s*T\s*$/.test(l)));
      for (let i = 0; i + 1 < inhoud.length; i++) {
        const laatste = inhoud[i]!.at(-1);
        // A header repeats at the top of the next page; seen last here too, it had no rows under it.
        expect(laatste !== undefined && laatste === inhoud[i + 1]![0], `pagina ${i + 1} eindigt met de kop "${laatste}"`).toBe(false);
      }
    }
  });

  it("names questions by number, never by internal code (issue 19.13)", () => {
    for (const pdf of [concept, definitief]) {
      expect(pdf.text).not.toMatch(/\b[a-z]+\.(q\d|ambitie)\b/);
      expect(pdf.text).toContain("Vraag 1.1");
    }
  });

  it("marks the concept with CONCEPT on every page (watermark and header), and the definitief nowhere", () => {
    // The watermark is rotated, so only the drawing order (raw) spells it in one piece.
    expect(count(concept.raw, "CONCEPT")).toBeGreaterThanOrEqual(2 * concept.pageCount);
    expect(flat(concept.text)).toContain("CONCEPT versie 2");
    expect(definitief.raw).not.toContain("CONCEPT");
  });

  it("the definitief states its vaststellingsdatum, model version and the sha256 of its snapshot", () => {
    const t = flat(definitief.text);
    expect(t).toContain("vastgesteld op zondag 20 december 2026");
    expect(t).toContain("dvs-analysetool 2026.1");
    expect(compact(definitief.text)).toContain(definitief.kenmerk);
    expect(compact(concept.text)).not.toContain(concept.kenmerk);
    expect(t).toContain("Verwerkte reacties");
    expect(flat(concept.text)).not.toContain("Verwerkte reacties");
  });
});

/**
 * Hostile names, not only a text field (security.md row 19): the gemeente, the functies of
 * the deelnemers, a handelingsperspectief and its owner, a toelichting and a reaction carry
 * markup, a right-to-left override and a zero-width space. React-PDF draws text, so
 * the text read back must be each as the literal characters typed.
 */
describe("eindrapport met vijandige namen", () => {
  const SCRIPT = "<script>alert(1)</script>";
  const IMG = '"><img src=x onerror=alert(1)>';
  const RTL = "\u202egnp.exe";
  const ZW = "Zero\u200bbreed";
  let text = "";

  beforeAll(async () => {
    const base = rapportInputFixture();
    const input = rapportInputFixture({
      gemeente: `Gemeente ${SCRIPT}`,
      leden: base.leden.map((l, i) => ({ ...l, functie: [IMG, RTL, ZW, SCRIPT][i % 4]! })),
      answers: base.answers.map((a) => (a.toelichting ? { ...a, toelichting: `${IMG} toelichting` } : a)),
      handelingsperspectieven: base.handelingsperspectieven.map((h, i) => (i === 0 ? { ...h, titel: `${SCRIPT} titel`, eigenaar: IMG } : h)),
      feedback: base.feedback.map((f) => ({ ...f, tekst: `${IMG} reactie` })),
      teksten,
    });
    const pdf = await renderRapportPdf(buildRapportModel(input), { kenmerk: null });
    text = (await readPdf(pdf)).text;
  }, 120_000);

  it("shows the markup in names as literal text", () => {
    const all = compact(text);
    expect(all).toContain(compact(`Gemeente ${SCRIPT}`));
    expect(all).toContain(compact(IMG));
    expect(all).toContain(compact(`${SCRIPT} titel`));
    // Every place: the gemeente on the cover and in the running text, the functies, the owner.
    expect(count(all, compact(SCRIPT))).toBeGreaterThanOrEqual(3);
    expect(count(all, compact(IMG))).toBeGreaterThanOrEqual(2);
  });

  it("drops a right-to-left override, so a name cannot reverse itself or the names after it", () => {
    expect(text).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    const all = compact(text);
    expect(all).toContain("gnp.exe");
    expect(all).not.toContain("exe.png");
    // The functies are listed together; the one after the override still reads forwards.
    expect(all).not.toContain(compact("deerbreZ"));
    expect(all.replace(/\u200b/g, "")).toContain("Zerobreed");
  });
});
