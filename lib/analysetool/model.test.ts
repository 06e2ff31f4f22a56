import { describe, expect, it } from "vitest";
import { ROLLEN } from "@/db/schema";
import { allQuestionIds, CURRENT_MODEL_VERSIE, countAnswerable, findQuestion, getModel, MODEL_2026_1, NIVEAUS, ROL_AFKORTINGEN, ROL_LABELS } from "./index";

const model = MODEL_2026_1;
const vragen = model.dimensies.flatMap((d) => d.vragen);

describe("model dvs-analysetool 2026.1", () => {
  it("is the current version and resolvable by version", () => {
    expect(model.modelId).toBe("dvs-analysetool");
    expect(model.versie).toBe("2026.1");
    expect(CURRENT_MODEL_VERSIE).toBe("2026.1");
    expect(getModel("2026.1")).toBe(model);
  });

  it("refuses unknown versions, including names on Object.prototype", () => {
    expect(() => getModel("2025.9")).toThrow(/2025\.9/);
    expect(() => getModel("toString")).toThrow();
  });

  it("has 39 scored questions spread 5,5,5,5,4,5,5,5 over the eight dimensions in radar order", () => {
    expect(vragen).toHaveLength(39);
    expect(model.dimensies.map((d) => d.id)).toEqual(["opgave", "samenwerking", "governance", "juridisch", "cultuur", "data", "techniek", "analyse"]);
    expect(model.dimensies.map((d) => d.vragen.length)).toEqual([5, 5, 5, 5, 4, 5, 5, 5]);
    expect(model.dimensies.map((d) => d.volgorde)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it("groups the dimensions under the three themes 2/3/3", () => {
    expect(model.themas.map((t) => t.naam)).toEqual(["Ondermijning", "Mens en Organisatie", "Data en Software"]);
    const perThema = model.themas.map((t) => model.dimensies.filter((d) => d.thema === t.id).length);
    expect(perThema).toEqual([2, 3, 3]);
  });

  it("numbers question ids <dimensie>.q<n> consecutively from q1", () => {
    for (const d of model.dimensies) {
      expect(d.vragen.map((v) => v.id)).toEqual(d.vragen.map((_, i) => `${d.id}.q${i + 1}`));
    }
  });

  it("keeps every answerable id unique across the model", () => {
    const ids = allQuestionIds(model);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(39 + 8 + 3);
    expect(countAnswerable(model)).toBe(50);
  });

  it("gives every question a statement, five non-empty level descriptors, revisie 1 since 2026.1", () => {
    for (const v of vragen) {
      expect(v.stelling.trim().length, v.id).toBeGreaterThan(10);
      expect(Object.keys(v.niveaus).sort(), v.id).toEqual(["1", "2", "3", "4", "5"]);
      for (const n of NIVEAUS) expect(v.niveaus[n].trim().length, `${v.id} niveau ${n}`).toBeGreaterThan(5);
      expect(new Set(NIVEAUS.map((n) => v.niveaus[n])).size, v.id).toBe(5);
      expect(v.revisie).toBe(1);
      expect(v.sinds).toBe("2026.1");
      expect(v.vervallenIn).toBeUndefined();
    }
  });

  it("lists at least one valid, non-repeated primary role per question", () => {
    for (const v of vragen) {
      expect(v.primair.length, v.id).toBeGreaterThan(0);
      expect(new Set(v.primair).size, v.id).toBe(v.primair.length);
      for (const r of v.primair) expect(ROLLEN, v.id).toContain(r);
    }
  });

  it("transcribes spot checks of the design text word for word", () => {
    const q = findQuestion(model, "governance.q3");
    expect(q?.kind).toBe("vraag");
    if (q?.kind !== "vraag") return;
    expect(q.vraag.stelling).toBe("Verantwoordelijkheden rond data zijn belegd (eigenaar per bron, gegevensbeheer, privacy- en securityrollen).");
    expect(q.vraag.primair).toEqual(["ict", "privacy", "data_analyse"]);
    expect(q.vraag.niveaus[1]).toBe("Onduidelijk wie waarover beslist; vragen worden doorgeschoven.");
    const a5 = findQuestion(model, "analyse.q5");
    expect(a5?.kind === "vraag" && a5.vraag.primair).toEqual(["ondermijning", "data_analyse", "overig"]);
    expect(a5?.kind === "vraag" && a5.vraag.niveaus[5]).toBe("Evaluaties gebeuren met partners en onderzoekers; lessen worden breed gedeeld.");
  });

  it("has the §12 parameters, §4 level names, ambitie question and open questions", () => {
    expect(model.parameters).toEqual({
      gewichtPrimair: 2,
      drempelBereik: 3,
      drempelRolverschil: 2.0,
      drempelWeetniet: 0.5,
      drempelVerdeeldeDimensie: 0.4,
      minVragenDimensie: 3,
      minRollenDimensie: 2,
      maxAgendapunten: 10,
      ambitieAan: true,
    });
    expect(NIVEAUS.map((n) => model.niveauSchaal[n].naam)).toEqual(["Ad hoc", "Herhaalbaar", "Vastgelegd", "Gestuurd", "Geoptimaliseerd"]);
    expect(model.ambitieVraag).toBe("Welk niveau is over twee jaar nodig en haalbaar voor onze gemeente?");
    expect(model.openVragen.map((o) => o.id)).toEqual(["open.q1", "open.q2", "open.q3"]);
    expect(model.equivalenties).toEqual([]);
  });

  it("labels and abbreviates every role", () => {
    expect(ROLLEN.map((r) => ROL_LABELS[r])).toEqual(["Ondermijning", "Privacy", "ICT", "Data-analyse", "Overig"]);
    expect(ROLLEN.map((r) => ROL_AFKORTINGEN[r])).toEqual(["ONM", "PRV", "ICT", "DA", "OV"]);
  });
});

describe("findQuestion", () => {
  it("tells scored, ambitie and open questions apart and rejects unknown ids", () => {
    expect(findQuestion(model, "cultuur.q4")).toMatchObject({ kind: "vraag", dimensie: { id: "cultuur" } });
    expect(findQuestion(model, "data.ambitie")).toMatchObject({ kind: "ambitie", dimensie: { id: "data" } });
    expect(findQuestion(model, "open.q2")).toMatchObject({ kind: "open", openVraag: { vraag: "Wat belemmert ons het meest?" } });
    expect(findQuestion(model, "cultuur.q5")).toBeNull();
    expect(findQuestion(model, "open.q4")).toBeNull();
  });

  it("lists the ids in questionnaire order: questions, then that dimension's ambitie", () => {
    const ids = allQuestionIds(model);
    expect(ids.slice(0, 6)).toEqual(["opgave.q1", "opgave.q2", "opgave.q3", "opgave.q4", "opgave.q5", "opgave.ambitie"]);
    expect(ids.slice(-3)).toEqual(["open.q1", "open.q2", "open.q3"]);
  });
});
