import { describe, expect, it } from "vitest";
import { MODEL_2026_1 } from "@/lib/analysetool";
import { benchmarkFixture, rapportInputFixture, vorigeScanFixture } from "@/tests/support/rapport-fixture";
import { buildRapportModel, MAX_CITATEN_PER_DIMENSIE } from "./build";
import { canonicalJson, snapshotSha256 } from "./hash";
import { kernbevindingen } from "./kernbevindingen";
import { alineas, applyTeksten, normaliseerTekst, tekstSleutels } from "./teksten";

const concept = () => buildRapportModel(rapportInputFixture());
const definitief = () => buildRapportModel(rapportInputFixture({ soort: "definitief", versie: 1 }));

describe("buildRapportModel", () => {
  it("numbers the sections of §11; only the definitief has the processed reactions", () => {
    const c = concept();
    expect(c.secties.map((s) => s.nummer)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "B1", "B2"]);
    expect(c.secties.map((s) => s.id)).not.toContain("reacties");
    expect(c.secties.at(-1)!.titel).toBe("Bijlage 2. Vragenlijst zoals uitgezet");
    const d = definitief();
    expect(d.secties.map((s) => s.id)).toContain("reacties");
    expect(d.secties.find((s) => s.id === "vervolg")!.nummer).toBe("12");
  });

  it("a herhaalmeting's report compares with the scan before it, after the profile, and draws it in the radar", () => {
    const eerste = concept();
    expect(eerste.vergelijking).toBeNull();
    expect(eerste.profiel.radar.series.map((s) => s.id)).not.toContain("vorige");
    const h = buildRapportModel(rapportInputFixture({ soort: "definitief", versie: 1, vorige: vorigeScanFixture() }));
    expect(h.secties.map((s) => s.id).slice(3, 6)).toEqual(["profiel", "vergelijking", "dimensies"]);
    expect(h.secties.find((s) => s.id === "vergelijking")!.nummer).toBe("5");
    expect(h.secties.find((s) => s.id === "vervolg")!.nummer).toBe("13");
    const v = h.vergelijking!;
    expect(v.zelfdeVersie).toBe(true);
    expect(v.weggelaten).toEqual([]);
    expect(v.vorigeDatum).toBe("2025-11-03T12:00:00.000Z");
    expect(v.rijen).toHaveLength(MODEL_2026_1.dimensies.length);
    const [eersteRij, tweede] = v.rijen;
    expect(eersteRij!.toen).toBeNull();
    expect(eersteRij!.verschil).toBeNull();
    const nu = h.profiel.dimensies[1]!;
    expect(tweede).toMatchObject({ dimensie: nu.naam, toen: 2, nu: nu.berekend, consensusToen: 2, consensusNu: nu.vastgesteld });
    expect(tweede!.verschil).toBe(Math.round((nu.berekend! - 2) * 10) / 10);
    expect(v.vorigeTop3.map((p) => [p.rang, p.status])).toEqual([
      [1, "Afgerond"],
      [2, "Gestopt"],
      [3, "Bezig"],
    ]);
    const vorige = h.profiel.radar.series.find((s) => s.id === "vorige")!;
    expect(vorige.label).toBe("Vorige scan");
    expect(JSON.parse(JSON.stringify(h))).toEqual(h);
  });

  it("sets the gemeente against the country and its RIEC region, and names a group too small to show", () => {
    const m = buildRapportModel(rapportInputFixture({ soort: "definitief", versie: 1, benchmark: { cijfers: benchmarkFixture(), riec: "Oost-Nederland" } }));
    expect(m.secties.map((s) => s.id).slice(3, 6)).toEqual(["profiel", "benchmark", "dimensies"]);
    const b = m.benchmark!;
    expect(b.datum).toBe("2026-11-15T08:00:00.000Z");
    expect(b.vergeleken).toBe("het in de workshop vastgestelde niveau");
    expect(b.groepen.map((g) => [g.naam, g.getoond])).toEqual([
      ["Nederland", true],
      ["RIEC Oost-Nederland", true],
    ]);
    const [nl, oost] = b.groepen;
    if (!nl?.getoond || !oost?.getoond) throw new Error("getoond");
    expect(nl.gemeenten).toBe(24);
    expect(oost.rijen[0]).toMatchObject({ mediaan: 3, p25: 2, p75: 4, eigen: m.profiel.dimensies[0]!.vastgesteld });
    expect(oost.radar.bands?.map((x) => x.id)).toEqual(["middenveld"]);
    expect(oost.radar.series.map((x) => x.id)).toEqual(["mediaan", "eigen"]);
    const limburg = buildRapportModel(rapportInputFixture({ benchmark: { cijfers: benchmarkFixture(), riec: "Limburg" } })).benchmark!;
    expect(limburg.groepen[1]).toEqual({ naam: "RIEC Limburg", getoond: false });
    expect(JSON.parse(JSON.stringify(m))).toEqual(m);
  });

  it("lists the live rounds of the workshop by dimension and round, with counts only", () => {
    const u = { antwoorden: 4, verdeling: [0, 1, 2, 1, 0], weetNiet: 0, mediaan: 3 };
    const m = buildRapportModel(
      rapportInputFixture({
        rondes: [
          { dimensieId: "data", nummer: 1, uitslag: u },
          { dimensieId: "opgave", nummer: 2, uitslag: { ...u, verdeling: [0, 0, 1, 3, 0] } },
          { dimensieId: "opgave", nummer: 1, uitslag: u },
        ],
      }),
    );
    expect(m.workshop.rondes!.map((r) => [r.dimensie, r.nummer, r.verdeling.join("")])).toEqual([
      ["Ondermijningsopgave en informatiebehoefte", 1, "01210"],
      ["Ondermijningsopgave en informatiebehoefte", 2, "00130"],
      ["Databronnen en datakwaliteit", 1, "01210"],
    ]);
    expect(concept().workshop.rondes).toBeUndefined();
  });

  it("is plain JSON: what is stored as the snapshot reads back identically", () => {
    const m = concept();
    expect(JSON.parse(JSON.stringify(m))).toEqual(m);
    expect(m.datum).toBe("2026-12-20T10:00:00.000Z");
  });

  it("is deterministic, and its hash does not depend on key order (jsonb reorders keys)", () => {
    const a = definitief();
    const b = definitief();
    expect(snapshotSha256(a)).toBe(snapshotSha256(b));
    const reordered = JSON.parse(JSON.stringify(a, Object.keys(a).reverse()));
    expect(Object.keys(reordered)[0]).not.toBe(Object.keys(a)[0]);
    expect(snapshotSha256({ ...reordered, ...a })).toBe(snapshotSha256(a));
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: undefined }] })).toBe('{"a":[{"d":2}],"b":1}');
    expect(snapshotSha256(a)).toMatch(/^[0-9a-f]{64}$/);
  });

  it("carries no names or member ids: quotes have the role only", () => {
    const m = concept();
    const json = canonicalJson(m);
    for (const id of ["m1", "m2", "m8"]) expect(json).not.toContain(`"${id}"`);
    const citaten = m.dimensies.flatMap((d) => d.citaten);
    expect(citaten.length).toBeGreaterThan(0);
    for (const c of citaten) expect(["Ondermijning", "Privacy", "ICT", "Data-analyse", "Overig"]).toContain(c.rol);
    for (const d of m.dimensies) expect(d.citaten.length).toBeLessThanOrEqual(MAX_CITATEN_PER_DIMENSIE);
  });

  it("counts deelnemers per role with their functions", () => {
    const m = concept();
    expect(m.deelnemers.uitgenodigd).toBe(8);
    expect(m.deelnemers.ingediend).toBe(8);
    expect(m.deelnemers.rollen.map((r) => [r.rol, r.uitgenodigd])).toEqual([
      ["ondermijning", 2],
      ["privacy", 2],
      ["ict", 2],
      ["data_analyse", 1],
      ["overig", 1],
    ]);
    expect(m.deelnemers.rollen[0]!.functies).toEqual(["Bibob-adviseur", "Coördinator ondermijning"]);
  });

  it("has every dimension with calculated and agreed level, and the radar with three series", () => {
    const m = concept();
    expect(m.dimensies.map((d) => d.naam)).toEqual([...MODEL_2026_1.dimensies].sort((a, b) => a.volgorde - b.volgorde).map((d) => d.naam));
    expect(m.dimensies[0]!.vastgesteld).toBe(2);
    expect(m.dimensies.every((d) => d.berekend !== null)).toBe(true);
    expect(m.profiel.radar.axes).toHaveLength(8);
    expect(m.profiel.radar.series.map((s) => s.id)).toEqual(["berekend", "vastgesteld", "ambitie"]);
    expect(m.rollen.kolommen).toHaveLength(5);
    expect(m.rollen.rijen).toHaveLength(8);
    expect(m.profiel.themas.map((t) => t.naam)).toEqual(["Ondermijning", "Mens en Organisatie", "Data en Software"]);
  });

  it("writes 3–5 key findings, also without any answers", () => {
    const m = concept();
    expect(m.samenvatting.kernbevindingen.length).toBeGreaterThanOrEqual(3);
    expect(m.samenvatting.kernbevindingen.length).toBeLessThanOrEqual(5);
    expect(m.samenvatting.kernbevindingen[0]).toMatch(/^Het sterkst (is|zijn) /);
    const gelijk = buildRapportModel(
      rapportInputFixture({
        consensus: Object.fromEntries(MODEL_2026_1.dimensies.map((d) => [d.id, { niveau: 3, motivering: null, observaties: null, verbeterpunten: null }])),
      }),
    );
    expect(gelijk.samenvatting.kernbevindingen[0]).toBe("Alle dimensies hebben hetzelfde vastgesteld niveau: 3,0 (Vastgelegd).");
    const leeg = buildRapportModel(rapportInputFixture({ answers: [], consensus: {} }));
    expect(leeg.samenvatting.kernbevindingen.length).toBeGreaterThanOrEqual(3);
    expect(kernbevindingen(leeg.dimensies, { gespreksonderwerpen: 0, kennislacunes: 0 })[0]).toContain("te weinig antwoorden");
  });

  it("never mixes calculated scores and agreed levels in the key findings, and names which it uses (issue 19.12)", () => {
    const [eerste, ...rest] = MODEL_2026_1.dimensies;
    // Agreed levels for all but one dimension: the findings then use the calculated scores throughout.
    const deels = buildRapportModel(
      rapportInputFixture({
        consensus: Object.fromEntries(rest.map((d) => [d.id, { niveau: 2, motivering: null, observaties: null, verbeterpunten: null }])),
      }),
    );
    expect(eerste).toBeDefined();
    const zinnen = deels.samenvatting.kernbevindingen.slice(0, 2).join(" ");
    expect(zinnen).toContain("berekende score van");
    expect(zinnen).not.toContain("vastgesteld niveau");
    for (const getal of zinnen.match(/\d,\d/g) ?? []) {
      expect(deels.dimensies.map((d) => (d.berekend === null ? null : d.berekend.toFixed(1).replace(".", ",")))).toContain(getal);
    }
  });

  it("names a half level by the level reached (issue 19.11)", () => {
    const half = buildRapportModel(
      rapportInputFixture({
        consensus: Object.fromEntries(MODEL_2026_1.dimensies.map((d) => [d.id, { niveau: 3.5, motivering: null, observaties: null, verbeterpunten: null }])),
      }),
    );
    expect(half.samenvatting.kernbevindingen[0]).toBe("Alle dimensies hebben hetzelfde vastgesteld niveau: 3,5 (Vastgelegd).");
  });

  it("concept: the longlist by votes with the workshop candidates; definitief: the top 3 in rank order", () => {
    const c = concept();
    expect(c.handelingsperspectieven.soort).toBe("longlist");
    expect(c.handelingsperspectieven.items.map((h) => h.stemmen)).toEqual([6, 5, 4, 2]);
    expect(c.handelingsperspectieven.kandidaten).toHaveLength(8);
    const d = definitief();
    expect(d.handelingsperspectieven.soort).toBe("top3");
    expect(d.handelingsperspectieven.items.map((h) => [h.rang, h.titel])).toEqual([
      [1, "Data-eigenaarschap beleggen"],
      [2, "Convenant RIEC actualiseren"],
      [3, "Analysecapaciteit delen"],
    ]);
    expect(d.samenvatting.top3).toEqual(d.handelingsperspectieven.items);
    expect(d.handelingsperspectieven.items[0]!.dimensie).toBe("Sturing, eigenaarschap en leiderschap");
    // The optional parts of model §11 travel with the item, and stay empty where not given.
    expect(d.handelingsperspectieven.items[0]).toMatchObject({
      doelNiveau: 3,
      partners: "RIEC Zeeland-West-Brabant",
      indicator: "Elke kernregistratie heeft een eigenaar",
    });
    expect(d.handelingsperspectieven.items[1]).toMatchObject({ doelNiveau: null, partners: null, middelen: null, indicator: null });
  });

  it("only the definitief lists handled reactions, never open ones", () => {
    expect(concept().reacties).toBeNull();
    const d = buildRapportModel(
      rapportInputFixture({
        soort: "definitief",
        feedback: [
          { sectieId: "profiel", tekst: "Verwerkt", status: "verwerkt", antwoord: "Ja" },
          { sectieId: "profiel", tekst: "Nog open", status: "open", antwoord: null },
        ],
      }),
    );
    expect(d.reacties).toEqual([{ sectie: "Profiel", tekst: "Verwerkt", status: "verwerkt", antwoord: "Ja" }]);
  });

  it("puts the begeleider's texts in every place they belong", () => {
    const m = concept();
    expect(m.samenvatting.tekst).toContain("RIEC");
    expect(m.dimensies.find((d) => d.id === "opgave")!.sterk).toBe("Een actueel ondermijningsbeeld.");
    expect(m.sterkePunten.teksten).toEqual([{ dimensie: "Ondermijningsopgave en informatiebehoefte", tekst: "Een actueel ondermijningsbeeld." }]);
    expect(m.verbeterpunten.teksten).toEqual([{ dimensie: "Databronnen en datakwaliteit", tekst: "Datakwaliteit van de BRP-koppeling." }]);
    expect(m.vervolg.conclusies).toBe("Investeer eerst in eigenaarschap van data.");
    const herschreven = applyTeksten(m, { samenvatting: "  Nieuw  ", "dimensie.opgave.sterk": "" });
    expect(herschreven.samenvatting.tekst).toBe("Nieuw");
    expect(herschreven.sterkePunten.teksten).toEqual([]);
    expect(herschreven.vervolg.conclusies).toBeNull();
  });

  it("has the appendices: every question with its distribution, and the questionnaire as sent", () => {
    const m = concept();
    expect(m.bijlageAntwoorden).toHaveLength(39);
    const r = m.bijlageAntwoorden[0]!;
    expect(r.verdeling).toHaveLength(5);
    expect(r.verdeling.reduce((a, b) => a + b, 0)).toBe(r.n);
    expect(m.bijlageVragenlijst.flatMap((d) => d.vragen)).toHaveLength(39);
    expect(m.bijlageVragenlijst[0]!.vragen[0]!.niveaus).toHaveLength(5);
  });
});

describe("texts", () => {
  it("normalises line ends and control characters but keeps markup as text", () => {
    expect(normaliseerTekst("  a\r\nb\u0000c\n\n\n\nd <b>x</b> ")).toBe("a\nbc\n\nd <b>x</b>");
    expect(normaliseerTekst("Belgie\u0308")).toBe("België");
    expect(alineas("een\ntwee\n\n drie ")).toEqual(["een\ntwee", "drie"]);
    expect(alineas(null)).toEqual([]);
  });

  it("knows every key the begeleider can write", () => {
    const keys = tekstSleutels(MODEL_2026_1.dimensies.map((d) => d.id)).map((k) => k.sleutel);
    expect(keys).toHaveLength(2 + 16);
    expect(keys).toContain("dimensie.techniek.verbeter");
  });
});
