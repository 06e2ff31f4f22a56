import { describe, expect, it } from "vitest";
import { MODEL_2026_1 } from "@/lib/analysetool";
import { eersteOnvolledigePagina, isBeantwoord, OPEN_PAGINA, paginas, voortgang } from "./voortgang";

const model = MODEL_2026_1;
const rij = (vraagId: string, x: Partial<{ niveau: number; geenOordeel: "weet_niet" | "nvt"; tekst: string }> = {}) => ({
  vraagId,
  niveau: x.niveau ?? null,
  geenOordeel: x.geenOordeel ?? null,
  tekst: x.tekst ?? null,
});

describe("voortgang", () => {
  it("has nine pages: eight dimensions ending with their ambition, then the open questions", () => {
    const p = paginas(model);
    expect(p.map((x) => x.id)).toEqual(["opgave", "samenwerking", "governance", "juridisch", "cultuur", "data", "techniek", "analyse", OPEN_PAGINA]);
    expect(p[0]!.vraagIds).toEqual(["opgave.q1", "opgave.q2", "opgave.q3", "opgave.q4", "opgave.q5", "opgave.ambitie"]);
    expect(p.at(-1)!.vraagIds).toEqual(["open.q1", "open.q2", "open.q3"]);
    expect(p.flatMap((x) => x.vraagIds)).toHaveLength(50);
  });

  it("counts levels, weet ik niet, nvt and open texts as answered; a lone toelichting or blank text not", () => {
    expect(isBeantwoord(rij("a", { niveau: 1 }))).toBe(true);
    expect(isBeantwoord(rij("a", { geenOordeel: "nvt" }))).toBe(true);
    expect(isBeantwoord(rij("a", { tekst: "x" }))).toBe(true);
    expect(isBeantwoord(rij("a"))).toBe(false);
    expect(isBeantwoord(rij("a", { tekst: "  " }))).toBe(false);
    expect(isBeantwoord(rij("a", { niveau: 7 }))).toBe(false);
  });

  it("reports per page, lists what is open and ignores ids the model does not ask", () => {
    const rows = [
      ...["opgave.q1", "opgave.q2", "opgave.q3", "opgave.q4", "opgave.q5"].map((id) => rij(id, { niveau: 3 })),
      rij("opgave.ambitie", { geenOordeel: "weet_niet" }),
      rij("samenwerking.q1", { niveau: 2 }),
      rij("samenwerking.q2"),
      rij("oud.q1", { niveau: 3 }),
    ];
    const v = voortgang(model, rows);
    expect(v.beantwoord).toBe(7);
    expect(v.totaal).toBe(50);
    expect(v.perPagina[0]).toMatchObject({ beantwoord: 6, totaal: 6, compleet: true });
    expect(v.perPagina[1]).toMatchObject({ beantwoord: 1, totaal: 6, compleet: false });
    expect(v.onbeantwoord[0]).toMatchObject({ vraagId: "samenwerking.q2" });
    expect(v.onbeantwoord).toHaveLength(43);
    expect(eersteOnvolledigePagina(v)).toBe("samenwerking");
  });

  it("sends a finished tool to the summary", () => {
    const all = paginas(model).flatMap((p) => p.vraagIds.map((id) => (id.startsWith("open.") ? rij(id, { tekst: "x" }) : rij(id, { niveau: 2 }))));
    expect(eersteOnvolledigePagina(voortgang(model, all))).toBeNull();
  });
});
