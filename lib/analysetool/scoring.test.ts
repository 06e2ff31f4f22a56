import { describe, expect, it } from "vitest";
import type { TRol } from "@/db/schema";
import {
  berekenScan,
  formatScore,
  geldigheidsWaarschuwingen,
  MODEL_2026_1,
  niveauNaam,
  suggesties,
  type TAnswer,
  type TModel,
  type TNiveau,
  type TScanResultaat,
  type TVraagResultaat,
  workshopAgenda,
} from "./index";
import { atLeast } from "./stats";

const model = MODEL_2026_1;

/** One answer; members are named so the same person can answer several questions. */
function a(memberId: string, rol: TRol, vraagId: string, x: TNiveau | "weet_niet" | "nvt", toelichting?: string): TAnswer {
  return typeof x === "number"
    ? { memberId, rol, vraagId, niveau: x, geenOordeel: null, toelichting }
    : { memberId, rol, vraagId, niveau: null, geenOordeel: x, toelichting };
}

/** Answers from fresh members of one role to one question. */
function rol(r: TRol, vraagId: string, ...xs: (TNiveau | "weet_niet" | "nvt")[]): TAnswer[] {
  return xs.map((x, i) => a(`${r}-${i + 1}`, r, vraagId, x));
}

function vraag(result: TScanResultaat, id: string): TVraagResultaat {
  const v = result.vragen.find((q) => q.vraagId === id);
  if (!v) throw new Error(`no result for ${id}`);
  return v;
}

function dim(result: TScanResultaat, id: string) {
  const d = result.dimensies.find((x) => x.dimensieId === id);
  if (!d) throw new Error(`no dimension ${id}`);
  return d;
}

function vindNaN(x: unknown, pad = "result"): string[] {
  if (typeof x === "number") return Number.isFinite(x) ? [] : [pad];
  if (x && typeof x === "object") return Object.entries(x).flatMap(([k, v]) => vindNaN(v, `${pad}.${k}`));
  return [];
}

describe("vraagscore (§7.1–7.2)", () => {
  // opgave.q1 has primary roles ONM and DA, so ICT and PRV weigh 1.
  const worked = berekenScan(model, [...rol("ondermijning", "opgave.q1", 4, 4, 3), ...rol("ict", "opgave.q1", 2), ...rol("privacy", "opgave.q1", "weet_niet")]);
  const q = vraag(worked, "opgave.q1");

  it("reproduces the worked example of §7", () => {
    expect(q.perRol.ondermijning?.gemiddelde).toBeCloseTo(11 / 3, 12);
    expect(q.perRol.ict?.gemiddelde).toBe(2);
    expect(q.perRol.privacy).toMatchObject({ n: 0, gemiddelde: null, weetNiet: 1 });
    expect(q.score).toBeCloseTo(28 / 9, 12);
    expect(formatScore(q.score)).toBe("3,1");
    expect(niveauNaam(q.score!)).toBe("Vastgelegd");
    expect(q.bereik).toBe(2);
    expect(q.rolverschil).toBeCloseTo(5 / 3, 12);
    expect(q.gespreksonderwerp).toBe(false);
    expect(q.type).toBeNull();
  });

  it("stores the unweighted mean, median, n, counts, distribution and population SD", () => {
    expect(q.gemiddelde).toBe(3.25);
    expect(q.mediaan).toBe(3.5);
    expect(q.n).toBe(4);
    expect(q.weetNiet).toBe(1);
    expect(q.nvt).toBe(0);
    expect(q.verdeling).toEqual({ 1: 0, 2: 1, 3: 1, 4: 2, 5: 0 });
    expect(q.sd).toBeCloseTo(Math.sqrt(2.75 / 4), 12);
    expect(q.eenBron).toBe(false);
    expect(q.kennislacune).toBe(false);
  });

  it("counts a role once, however many members it sends", () => {
    const veel = vraag(berekenScan(model, [...rol("ondermijning", "opgave.q1", 4, 4, 4, 4, 4, 4), ...rol("ict", "opgave.q1", 1)]), "opgave.q1");
    expect(veel.score).toBe((2 * 4 + 1) / 3);
  });

  it("lets nvt count nowhere except in its own counter", () => {
    const zonder = vraag(berekenScan(model, [...rol("ondermijning", "opgave.q1", 3), ...rol("data_analyse", "opgave.q1", 4)]), "opgave.q1");
    const met = vraag(
      berekenScan(model, [...rol("ondermijning", "opgave.q1", 3), ...rol("data_analyse", "opgave.q1", 4), ...rol("ict", "opgave.q1", "nvt", "nvt")]),
      "opgave.q1",
    );
    for (const k of ["score", "gemiddelde", "mediaan", "n", "weetNiet", "verdeling", "bereik", "rolverschil", "sd", "gespreksonderwerp"] as const) {
      expect(met[k], k).toEqual(zonder[k]);
    }
    expect(met.nvt).toBe(2);
    expect(met.perRol.ict).toMatchObject({ n: 0, gemiddelde: null, nvt: 2 });
  });

  it("ignores rows without a choice and levels outside 1–5", () => {
    const leeg: TAnswer = { memberId: "x", rol: "ict", vraagId: "opgave.q1", niveau: null, geenOordeel: null, toelichting: "concept" };
    const fout = { memberId: "y", rol: "ict", vraagId: "opgave.q1", niveau: 7, geenOordeel: null } as unknown as TAnswer;
    const q1 = vraag(berekenScan(model, [...rol("ondermijning", "opgave.q1", 3), leeg, fout]), "opgave.q1");
    expect(q1.n).toBe(1);
    expect(q1.perRol.ict).toBeUndefined();
    expect(q1.toelichtingen).toEqual([]);
  });

  it("passes on comments with role and without member id, grouped by role", () => {
    const q1 = vraag(
      berekenScan(model, [
        a("p1", "privacy", "opgave.q1", "weet_niet", "Geen zicht op."),
        a("o1", "ondermijning", "opgave.q1", 4, "  Zie het ondermijningsbeeld 2025. "),
        a("o2", "ondermijning", "opgave.q1", 3, "   "),
      ]),
      "opgave.q1",
    );
    expect(q1.toelichtingen).toEqual([
      { rol: "ondermijning", niveau: 4, geenOordeel: null, tekst: "Zie het ondermijningsbeeld 2025." },
      { rol: "privacy", niveau: null, geenOordeel: "weet_niet", tekst: "Geen zicht op." },
    ]);
  });
});

describe("verschillen tussen deelnemers (§8)", () => {
  it("marks a gespreksonderwerp by range alone (R ≥ 3, G < 2)", () => {
    const q = vraag(berekenScan(model, [...rol("ondermijning", "opgave.q1", 1, 4), ...rol("ict", "opgave.q1", 2, 3)]), "opgave.q1");
    expect(q.bereik).toBe(3);
    expect(q.rolverschil).toBe(0);
    expect(q.gespreksonderwerp).toBe(true);
    expect(q.type).toBe("verdeeld");
  });

  it("marks a gespreksonderwerp by role gap alone (G ≥ 2, R < 3)", () => {
    const q = vraag(berekenScan(model, [...rol("ondermijning", "opgave.q1", 4, 4), ...rol("ict", "opgave.q1", 2, 2)]), "opgave.q1");
    expect(q.bereik).toBe(2);
    expect(q.rolverschil).toBe(2);
    expect(q.gespreksonderwerp).toBe(true);
    expect(q.type).toBe("verdeeld");
  });

  it("treats a gap of 13/3 − 7/3 as exactly two levels", () => {
    expect(13 / 3 - 7 / 3).toBeLessThan(2);
    expect(atLeast(13 / 3 - 7 / 3, model.parameters.drempelRolverschil)).toBe(true);
  });

  it("calls it eenling when one answer away leaves the rest within one level", () => {
    const een = vraag(berekenScan(model, [...rol("ondermijning", "opgave.q1", 4, 4, 5), ...rol("ict", "opgave.q1", 1)]), "opgave.q1");
    expect(een.gespreksonderwerp).toBe(true);
    expect(een.type).toBe("eenling");
    const laag = vraag(berekenScan(model, rol("ondermijning", "opgave.q1", 1, 4, 4, 5)), "opgave.q1");
    expect(laag.type).toBe("eenling");
  });

  it("calls it verdeeld with two camps, or with fewer than three answers", () => {
    const kampen = vraag(berekenScan(model, rol("ondermijning", "opgave.q1", 1, 1, 4, 4)), "opgave.q1");
    expect(kampen.type).toBe("verdeeld");
    const twee = vraag(berekenScan(model, rol("ondermijning", "opgave.q1", 1, 5)), "opgave.q1");
    expect(twee.gespreksonderwerp).toBe(true);
    expect(twee.type).toBe("verdeeld");
  });

  it("finds a kennislacune when half the primary roles' answers are weet_niet", () => {
    // opgave.q1: primary ONM and DA; the ICT weet_niet does not count.
    const q = vraag(
      berekenScan(model, [
        ...rol("ondermijning", "opgave.q1", "weet_niet", 3),
        ...rol("data_analyse", "opgave.q1", "weet_niet", 4),
        ...rol("ict", "opgave.q1", "weet_niet"),
      ]),
      "opgave.q1",
    );
    expect(q.aandeelWeetNietPrimair).toBe(0.5);
    expect(q.kennislacune).toBe(true);
    expect(q.weetNiet).toBe(3);
  });

  it("does not find one when non-primary roles are the ones who do not know", () => {
    const q = vraag(
      berekenScan(model, [...rol("ondermijning", "opgave.q1", "weet_niet", 3, 3), ...rol("ict", "opgave.q1", "weet_niet", "weet_niet")]),
      "opgave.q1",
    );
    expect(q.aandeelWeetNietPrimair).toBeCloseTo(1 / 3, 12);
    expect(q.kennislacune).toBe(false);
  });

  it("counts an nvt of a primary role in the kennislacune denominator", () => {
    const q = vraag(berekenScan(model, [...rol("ondermijning", "opgave.q1", "weet_niet", "nvt"), ...rol("data_analyse", "opgave.q1", 3)]), "opgave.q1");
    expect(q.aandeelWeetNietPrimair).toBeCloseTo(1 / 3, 12);
    expect(q.kennislacune).toBe(false);
  });

  it("shows a score without spread for a single numeric answer (één bron)", () => {
    const q = vraag(berekenScan(model, [...rol("ondermijning", "opgave.q1", 3), ...rol("privacy", "opgave.q1", "weet_niet")]), "opgave.q1");
    expect(q.eenBron).toBe(true);
    expect(q.score).toBe(3);
    expect(q.bereik).toBeNull();
    expect(q.rolverschil).toBeNull();
    expect(q.sd).toBeNull();
    expect(q.gespreksonderwerp).toBe(false);
  });
});

describe("dimensie, thema, rolprofiel (§7.3–7.6)", () => {
  it("is volledig with ≥ 3 scored questions and ≥ 2 roles", () => {
    const r = berekenScan(model, [...rol("ondermijning", "governance.q1", 3), ...rol("ict", "governance.q2", 2), ...rol("ict", "governance.q3", 4)]);
    const d = dim(r, "governance");
    expect(d.score).toBe(3);
    expect(d.aantalVragenMetScore).toBe(3);
    expect(d.rollen).toEqual(["ondermijning", "ict"]);
    expect(d.volledig).toBe(true);
  });

  it("is indicatief with only one role, or with only two scored questions", () => {
    const eenRol = dim(berekenScan(model, rol("ict", "governance.q1", 3).concat(rol("ict", "governance.q2", 3), rol("ict", "governance.q3", 3))), "governance");
    expect(eenRol.score).toBe(3);
    expect(eenRol.volledig).toBe(false);
    const tweeVragen = dim(berekenScan(model, [...rol("ict", "governance.q1", 2), ...rol("privacy", "governance.q2", 4)]), "governance");
    expect(tweeVragen.score).toBe(3);
    expect(tweeVragen.volledig).toBe(false);
  });

  it("averages the question scores unweighted and ignores unanswered questions", () => {
    const r = berekenScan(model, [
      // governance.q1: primary OV, ONM → (2·4 + 1·1)/3 = 3
      ...rol("overig", "governance.q1", 4),
      ...rol("ict", "governance.q1", 1),
      ...rol("ict", "governance.q2", 2),
      ...rol("ict", "governance.q4", "weet_niet"),
    ]);
    expect(vraag(r, "governance.q1").score).toBe(3);
    expect(dim(r, "governance").score).toBe(2.5);
    expect(dim(r, "governance").aantalVragenMetScore).toBe(2);
  });

  it("is verdeeld from 40% of scored questions being gespreksonderwerp", () => {
    const basis = (["governance.q3", "governance.q4", "governance.q5"] as const).flatMap((id) => rol("ict", id, 3));
    const twee = ["governance.q1", "governance.q2"].flatMap((id) => rol("ict", id, 1, 4));
    const d = dim(berekenScan(model, [...basis, ...twee]), "governance");
    expect(d.aantalGespreksonderwerpen).toBe(2);
    expect(d.verdeeld).toBe(true);
    expect(d.gemiddeldeSd).toBe(1.5);
    const een = dim(berekenScan(model, [...basis, ...twee.slice(0, 2)]), "governance");
    expect(een.aantalGespreksonderwerpen).toBe(1);
    expect(een.verdeeld).toBe(false);
  });

  it("takes the median of numeric ambitie answers and subtracts D(d)", () => {
    const r = berekenScan(model, [
      ...rol("ict", "governance.q1", 2),
      ...rol("ondermijning", "governance.q2", 3),
      a("i1", "ict", "governance.ambitie", 3),
      a("o1", "ondermijning", "governance.ambitie", 4),
      a("p1", "privacy", "governance.ambitie", 4),
      a("d1", "data_analyse", "governance.ambitie", "weet_niet"),
    ]);
    const d = dim(r, "governance");
    expect(d.ambitie).toBe(4);
    expect(d.ambitieN).toBe(3);
    expect(d.score).toBe(2.5);
    expect(d.ambitiekloof).toBe(1.5);
    const even = dim(berekenScan(model, [a("i1", "ict", "data.ambitie", 3), a("o1", "ondermijning", "data.ambitie", 4)]), "data");
    expect(even.ambitie).toBe(3.5);
    expect(even.ambitiekloof).toBeNull();
  });

  it("averages the dimensions per theme and overall", () => {
    const r = berekenScan(model, [...rol("ict", "opgave.q1", 2), ...rol("ict", "samenwerking.q1", 4), ...rol("ict", "data.q1", 5)]);
    expect(r.themas).toEqual([
      { themaId: "ondermijning", score: 3 },
      { themaId: "mens_en_organisatie", score: null },
      { themaId: "data_en_software", score: 5 },
    ]);
    expect(r.gemiddeldeDimensies).toBeCloseTo(11 / 3, 12);
  });

  it("shows a role's profile only from half the dimension's questions on", () => {
    const r = berekenScan(model, [
      // cultuur has 4 questions: ICT answers 2 (50%), privacy 1 (25%).
      a("i1", "ict", "cultuur.q1", 2),
      a("i1", "ict", "cultuur.q2", 4),
      a("i2", "ict", "cultuur.q2", 3),
      a("p1", "privacy", "cultuur.q1", 5),
      a("p1", "privacy", "cultuur.q3", "weet_niet"),
      // governance has 5: ICT answers 2 of 5 (40%).
      a("i1", "ict", "governance.q1", 4),
      a("i1", "ict", "governance.q2", 4),
    ]);
    const ict = r.rolprofielen.find((p) => p.rol === "ict");
    const prv = r.rolprofielen.find((p) => p.rol === "privacy");
    expect(ict?.leden).toBe(2);
    expect(ict?.dimensies.cultuur).toMatchObject({ score: 2.75, aantalVragen: 2 });
    expect(ict?.dimensies.governance).toMatchObject({ score: null, aantalVragen: 2, afwijking: null, afwijkend: false });
    expect(prv?.leden).toBe(1);
    expect(prv?.dimensies.cultuur).toMatchObject({ score: null, aantalVragen: 1 });
    expect(r.rolprofielen.map((p) => p.rol)).toEqual(["privacy", "ict"]);
    expect(r.deelnemers).toEqual({ totaal: 3, perRol: { ondermijning: 0, privacy: 1, ict: 2, data_analyse: 0, overig: 0 } });
  });

  it("marks a role-profile cell one level or more away from D(d)", () => {
    const r = berekenScan(model, [...["data.q1", "data.q2", "data.q3"].flatMap((id) => [a("i1", "ict", id, 4), a("o1", "ondermijning", id, 2)])]);
    const ict = r.rolprofielen.find((p) => p.rol === "ict")!.dimensies.data;
    // data.q1: ICT and ONM primary → 3; data.q2: ICT primary → (8+2)/3; data.q3: both primary → 3.
    expect(dim(r, "data").score).toBeCloseTo((3 + 10 / 3 + 3) / 3, 12);
    expect(ict.afwijking).toBeCloseTo(4 - 28 / 9, 12);
    expect(ict.afwijkend).toBe(false);
    const onm = r.rolprofielen.find((p) => p.rol === "ondermijning")!.dimensies.data;
    expect(onm.afwijking).toBeCloseTo(2 - 28 / 9, 12);
    expect(onm.afwijkend).toBe(true);
  });

  it("returns nulls, not NaN, for an empty scan", () => {
    const r = berekenScan(model, []);
    expect(vindNaN(r)).toEqual([]);
    expect(r.vragen).toHaveLength(39);
    expect(r.vragen.every((q) => q.score === null && q.mediaan === null && q.sd === null)).toBe(true);
    expect(r.dimensies.every((d) => d.score === null && !d.volledig && !d.verdeeld && d.ambitiekloof === null)).toBe(true);
    expect(r.gemiddeldeDimensies).toBeNull();
    expect(r.rolprofielen).toEqual([]);
    expect(workshopAgenda(r, model)).toEqual([]);
    expect(suggesties(r, model)).toEqual({
      sterkePunten: [],
      verbeterpunten: [],
      openAntwoorden: { "open.q1": [], "open.q2": [], "open.q3": [] },
    });
  });

  it("returns nulls, not NaN, for a single answer", () => {
    const r = berekenScan(model, [a("o1", "ondermijning", "juridisch.q5", 2)]);
    expect(vindNaN(r)).toEqual([]);
    expect(dim(r, "juridisch")).toMatchObject({ score: 2, volledig: false, gemiddeldeSd: null });
  });

  it("collects the open answers per question, grouped by role", () => {
    const r = berekenScan(model, [
      { memberId: "p1", rol: "privacy", vraagId: "open.q2", niveau: null, geenOordeel: null, tekst: "Onduidelijke grondslag." },
      { memberId: "o1", rol: "ondermijning", vraagId: "open.q2", niveau: null, geenOordeel: null, tekst: "Capaciteit." },
      { memberId: "o1", rol: "ondermijning", vraagId: "open.q1", niveau: null, geenOordeel: null, tekst: " " },
    ]);
    expect(r.openAntwoorden["open.q1"]).toEqual([]);
    expect(r.openAntwoorden["open.q2"]).toEqual([
      { rol: "ondermijning", tekst: "Capaciteit." },
      { rol: "privacy", tekst: "Onduidelijke grondslag." },
    ]);
  });
});

describe("workshopagenda (§8)", () => {
  it("orders verdeeld by R then SD, then eenling, then kennislacunes", () => {
    const r = berekenScan(model, [
      ...rol("ondermijning", "opgave.q1", 1, 2, 3, 4), // R 3, SD 1.118 → verdeeld
      ...rol("ondermijning", "opgave.q2", 1, 5), // R 4 → verdeeld
      ...rol("ondermijning", "opgave.q3", 1, 4), // R 3, SD 1.5 → verdeeld
      ...rol("ondermijning", "governance.q1", 4, 4, 4),
      ...rol("ict", "governance.q1", 1), // eenling
      ...rol("privacy", "juridisch.q5", "weet_niet", 3), // lacune 50%
      ...rol("data_analyse", "data.q1", "weet_niet"),
      ...rol("ict", "data.q1", "weet_niet"),
      ...rol("ondermijning", "data.q1", 3), // lacune 67%
      ...rol("ondermijning", "samenwerking.q5", "weet_niet", "weet_niet", 1, 4), // lacune, and already verdeeld
    ]);
    const agenda = workshopAgenda(r, model);
    expect(agenda.map((p) => [p.vraagId, p.reden])).toEqual([
      ["opgave.q2", "verdeeld"],
      ["opgave.q3", "verdeeld"],
      ["samenwerking.q5", "verdeeld"],
      ["opgave.q1", "verdeeld"],
      ["governance.q1", "eenling"],
      ["data.q1", "kennislacune"],
      ["juridisch.q5", "kennislacune"],
    ]);
    expect(agenda[0]).toMatchObject({ dimensieId: "opgave", themaId: "ondermijning", bereik: 4, sd: 2 });
  });

  it("stops at max_agendapunten while keeping one item per theme", () => {
    const ondermijning = model.dimensies.filter((d) => d.thema === "ondermijning").flatMap((d) => d.vragen.flatMap((v) => rol("ondermijning", v.id, 1, 5)));
    const r = berekenScan(model, [
      ...ondermijning, // 10 × verdeeld, R 4, all tied → model order
      ...rol("ondermijning", "techniek.q4", 4, 4, 4),
      ...rol("ict", "techniek.q4", 1), // eenling, theme data_en_software
      ...rol("privacy", "juridisch.q5", "weet_niet"), // lacune, theme mens_en_organisatie
    ]);
    const agenda = workshopAgenda(r, model);
    expect(agenda).toHaveLength(10);
    expect(agenda.map((p) => p.vraagId)).toEqual([
      "opgave.q1",
      "opgave.q2",
      "opgave.q3",
      "opgave.q4",
      "opgave.q5",
      "samenwerking.q1",
      "samenwerking.q2",
      "samenwerking.q3",
      "techniek.q4",
      "juridisch.q5",
    ]);
  });

  it("simply cuts at the max when one theme has all the items", () => {
    const r = berekenScan(
      model,
      model.dimensies.filter((d) => d.thema === "ondermijning").flatMap((d) => d.vragen.flatMap((v) => rol("ict", v.id, 1, 4))),
    );
    const klein: TModel = { ...model, parameters: { ...model.parameters, maxAgendapunten: 4 } };
    expect(workshopAgenda(r, klein).map((p) => p.vraagId)).toEqual(["opgave.q1", "opgave.q2", "opgave.q3", "opgave.q4"]);
  });
});

describe("suggesties (§10)", () => {
  const r = berekenScan(model, [
    ...rol("ondermijning", "opgave.q1", 4),
    ...rol("ict", "opgave.q1", 4), // S 4, no marker → sterk
    ...rol("ondermijning", "opgave.q2", 3, 4), // S 3.5 exactly → sterk
    ...rol("ondermijning", "opgave.q3", 5), // één bron → not sterk
    ...rol("ondermijning", "opgave.q4", 1, 5), // S 3 but gespreksonderwerp, irrelevant
    ...rol("ondermijning", "samenwerking.q1", 2, 3), // S 2.5 exactly → verbeter
    ...rol("ondermijning", "samenwerking.q3", 2),
    ...rol("ict", "samenwerking.q3", 3), // S 7/3 → verbeter
    ...rol("ict", "governance.q1", 2),
    ...rol("ict", "governance.ambitie", 4), // kloof 2 → verbeter (dimension)
  ]);
  const s = suggesties(r, model);

  it("proposes strong points from S ≥ 3,5 without markers", () => {
    expect(s.sterkePunten.map((p) => [p.vraagId, p.score])).toEqual([
      ["opgave.q1", 4],
      ["opgave.q2", 3.5],
    ]);
  });

  it("proposes improvement points for ambitiekloof ≥ 1,5 and S ≤ 2,5", () => {
    expect(s.verbeterpunten).toEqual([
      { soort: "dimensie", dimensieId: "governance", score: 2, ambitie: 4, ambitiekloof: 2 },
      { soort: "vraag", vraagId: "governance.q1", dimensieId: "governance", score: 2 },
      { soort: "vraag", vraagId: "samenwerking.q3", dimensieId: "samenwerking", score: 7 / 3 },
      { soort: "vraag", vraagId: "samenwerking.q1", dimensieId: "samenwerking", score: 2.5 },
    ]);
  });
});

describe("weergave (§7.7)", () => {
  it("names the nearest level, x,5 upwards", () => {
    expect(niveauNaam(1)).toBe("Ad hoc");
    expect(niveauNaam(2.49)).toBe("Herhaalbaar");
    // Named by the level reached (issue 19.11): 3,5 is Vastgelegd, not yet Gestuurd.
    expect(niveauNaam(2.5)).toBe("Herhaalbaar");
    expect(niveauNaam(0.1 + 2.9 - 1e-15)).toBe("Vastgelegd");
    expect(niveauNaam(3.5)).toBe("Vastgelegd");
    expect(niveauNaam(3.99)).toBe("Vastgelegd");
    expect(niveauNaam(4.5)).toBe("Gestuurd");
    expect(niveauNaam(5)).toBe("Geoptimaliseerd");
    expect(niveauNaam(0.3)).toBe("Ad hoc");
  });

  it("formats one decimal with a comma", () => {
    expect(formatScore(28 / 9)).toBe("3,1");
    expect(formatScore(3)).toBe("3,0");
    expect(formatScore(3.05)).toBe("3,1");
    expect(formatScore(2.25)).toBe("2,3");
    expect(formatScore(-0.45)).toBe("-0,5");
    expect(formatScore(-0.04)).toBe("0,0");
    expect(formatScore(null)).toBe("–");
  });
});

describe("geldigheid (§7)", () => {
  const d = (memberId: string, r: TRol) => ({ memberId, rol: r });

  it("has no warnings for a complete group", () => {
    expect(geldigheidsWaarschuwingen([d("1", "ondermijning"), d("2", "privacy"), d("3", "ict"), d("4", "data_analyse")])).toEqual([]);
  });

  it("warns only about data-analyse when the three required roles are there", () => {
    const w = geldigheidsWaarschuwingen([d("1", "ondermijning"), d("2", "privacy"), d("3", "ict")]);
    expect(w).toHaveLength(1);
    expect(w[0]).toContain("Data-analyse");
  });

  it("warns about too few deelnemers and each missing required role, counting members once", () => {
    const w = geldigheidsWaarschuwingen([d("1", "ondermijning"), d("1", "ondermijning"), d("2", "overig")]);
    expect(w).toHaveLength(4);
    expect(w[0]).toMatch(/2 deelnemers.*minstens 3/);
    expect(w.slice(1).map((x) => x.match(/rol (\S+);/)?.[1])).toEqual(["Privacy", "ICT", "Data-analyse"]);
  });
});
