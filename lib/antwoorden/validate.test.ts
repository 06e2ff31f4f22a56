import { describe, expect, it } from "vitest";
import { MODEL_2026_1 } from "@/lib/analysetool";
import { UserError } from "@/lib/errors";
import { keuzeVan, MELDINGEN, normaliseerAntwoord, normaliseerTekst, vingerafdruk } from "./validate";

const model = MODEL_2026_1;
const fout = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(UserError);
    return { message: (err as UserError).message, field: (err as UserError).field };
  }
  throw new Error("geen fout");
};

describe("normaliseerAntwoord", () => {
  it("maps every choice of a level question to what is stored", () => {
    expect(normaliseerAntwoord(model, { vraagId: "data.q2", keuze: "5" })).toEqual({
      vraagId: "data.q2",
      niveau: 5,
      geenOordeel: null,
      toelichting: null,
      tekst: null,
    });
    expect(normaliseerAntwoord(model, { vraagId: "data.q2", keuze: "weet_niet" })).toMatchObject({
      niveau: null,
      geenOordeel: "weet_niet",
    });
    expect(normaliseerAntwoord(model, { vraagId: "data.q2", keuze: "nvt" })).toMatchObject({ niveau: null, geenOordeel: "nvt" });
    expect(normaliseerAntwoord(model, { vraagId: "data.q2", keuze: "", toelichting: "  concept  " })).toMatchObject({
      niveau: null,
      geenOordeel: null,
      toelichting: "concept",
    });
  });

  it("takes 1–5 or weet_niet for an ambition, never nvt", () => {
    expect(normaliseerAntwoord(model, { vraagId: "cultuur.ambitie", keuze: "3" })).toMatchObject({ niveau: 3 });
    expect(normaliseerAntwoord(model, { vraagId: "cultuur.ambitie", keuze: "weet_niet" })).toMatchObject({ geenOordeel: "weet_niet" });
    expect(fout(() => normaliseerAntwoord(model, { vraagId: "cultuur.ambitie", keuze: "nvt" }))).toEqual({
      message: MELDINGEN.ambitieKeuze,
      field: "keuze",
    });
  });

  it.each(["0", "6", "3.0", " 3", "drie", "NVT", "10"])("refuses the choice %j", (keuze) => {
    expect(fout(() => normaliseerAntwoord(model, { vraagId: "opgave.q1", keuze }))).toEqual({ message: MELDINGEN.keuze, field: "keuze" });
  });

  it.each(["opgave.q6", "opgave", "open.q4", "cultuur.q5", "constructor", ""])("refuses the id %j that model 2026.1 does not ask", (vraagId) => {
    expect(fout(() => normaliseerAntwoord(model, { vraagId, keuze: "1" })).field).toBe("vraagId");
  });

  it("limits a toelichting to 1000 characters, counting a line break once", () => {
    const crlf = `${"a".repeat(500)}\r\n${"b".repeat(499)}`;
    expect(normaliseerAntwoord(model, { vraagId: "opgave.q1", keuze: "4", toelichting: crlf }).toelichting).toHaveLength(1000);
    expect(fout(() => normaliseerAntwoord(model, { vraagId: "opgave.q1", keuze: "4", toelichting: "x".repeat(1001) }))).toEqual({
      message: MELDINGEN.toelichting,
      field: "toelichting",
    });
  });

  it("keeps open questions and level questions apart", () => {
    expect(normaliseerAntwoord(model, { vraagId: "open.q3", tekst: " Een datacatalogus. " })).toEqual({
      vraagId: "open.q3",
      niveau: null,
      geenOordeel: null,
      toelichting: null,
      tekst: "Een datacatalogus.",
    });
    expect(fout(() => normaliseerAntwoord(model, { vraagId: "open.q3", keuze: "2" })).field).toBe("keuze");
    expect(fout(() => normaliseerAntwoord(model, { vraagId: "open.q3", tekst: "x".repeat(2001) })).field).toBe("tekst");
    expect(fout(() => normaliseerAntwoord(model, { vraagId: "opgave.q1", keuze: "2", tekst: "x" })).field).toBe("tekst");
  });

  it("names the field the way the page form does", () => {
    const veld = (v: string) => `${v}:opgave.q1`;
    expect(fout(() => normaliseerAntwoord(model, { vraagId: "opgave.q1", keuze: "9" }, veld)).field).toBe("keuze:opgave.q1");
  });
});

describe("helpers", () => {
  it("normalises text and reads stored rows back as choices", () => {
    expect(normaliseerTekst(" a\r\nb\r ")).toBe("a\nb");
    expect(normaliseerTekst("   ")).toBeNull();
    expect(keuzeVan({ niveau: 4, geenOordeel: null })).toBe("4");
    expect(keuzeVan({ niveau: null, geenOordeel: "nvt" })).toBe("nvt");
    expect(keuzeVan({ niveau: 9, geenOordeel: null })).toBe("");
  });

  it("fingerprints what a question showed, ignoring line-break style and outer spaces", () => {
    const a = vingerafdruk({ keuze: "3", toelichting: "x\ny", tekst: null });
    expect(vingerafdruk({ keuze: "3", toelichting: " x\r\ny ", tekst: null })).toBe(a);
    expect(vingerafdruk({ keuze: "3", toelichting: "", tekst: null })).toBe(vingerafdruk({ keuze: "3", toelichting: null, tekst: null }));
    expect(vingerafdruk({ keuze: "4", toelichting: "x\ny", tekst: null })).not.toBe(a);
    expect(vingerafdruk({ keuze: "3", toelichting: "x\nz", tekst: null })).not.toBe(a);
  });
});
