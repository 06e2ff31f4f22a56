import { describe, expect, it } from "vitest";
import { gelijkeStandOmPlaats3, TOP3_FASEN, type TTop3Actie, type TTop3Fase, top3Fase, top3Weigering } from "./stap6";

/** The decision of issue 14.2, written out once more by hand: a change to the table must be a change here too. */
const VERWACHT: Record<TTop3Actie, Record<TTop3Fase, boolean>> = {
  proposeHandelingsperspectief: { concept: true, stemmen: true, top3: false, gesloten: false },
  saveStemmen: { concept: false, stemmen: true, top3: false, gesloten: false },
  fixTop3: { concept: false, stemmen: true, top3: true, gesloten: false },
  reopenStemmen: { concept: false, stemmen: false, top3: true, gesloten: false },
  finalize: { concept: false, stemmen: false, top3: true, gesloten: false },
};

describe("stap 6 phases", () => {
  it("derives the phase from the step and whether the top 3 is fixed", () => {
    const at = new Date("2026-12-01T10:00:00Z");
    expect(top3Fase({ stap: "concept", top3VastgesteldAt: null })).toBe("concept");
    expect(top3Fase({ stap: "handelingsperspectieven", top3VastgesteldAt: null })).toBe("stemmen");
    expect(top3Fase({ stap: "handelingsperspectieven", top3VastgesteldAt: at })).toBe("top3");
    for (const stap of ["aangemeld", "voorbereiding", "analysetool", "workshop", "afgerond", "afgewezen"] as const) {
      expect(top3Fase({ stap, top3VastgesteldAt: null })).toBe("gesloten");
    }
  });

  const cellen = Object.entries(VERWACHT).flatMap(([actie, fasen]) => Object.entries(fasen).map(([fase, mag]) => [actie, fase, mag] as const));
  it.each(cellen)("%s in phase %s: allowed %s", (actie, fase, mag) => {
    const weigering = top3Weigering(actie as TTop3Actie, fase as TTop3Fase);
    if (mag) expect(weigering).toBeNull();
    else expect(weigering).toMatch(/^[A-Z].+\.$/);
  });

  it("covers every action of the table", () => {
    expect(Object.keys(TOP3_FASEN).sort()).toEqual(Object.keys(VERWACHT).sort());
  });
});

describe("a tie for place 3 (issue 19.7)", () => {
  const hp = (titel: string, stemmen: number) => ({ titel, stemmen });
  it("is found when the third and fourth proposal have the same votes", () => {
    expect(gelijkeStandOmPlaats3([hp("A", 5), hp("B", 4), hp("C", 3), hp("D", 3), hp("E", 1)]).map((h) => h.titel)).toEqual(["C", "D"]);
    expect(gelijkeStandOmPlaats3([hp("A", 4), hp("B", 3), hp("C", 3), hp("D", 3)]).map((h) => h.titel)).toEqual(["B", "C", "D"]);
  });
  it("is no tie when place 3 is clear, nobody voted, or there are only three", () => {
    expect(gelijkeStandOmPlaats3([hp("A", 5), hp("B", 4), hp("C", 3), hp("D", 2)])).toEqual([]);
    expect(gelijkeStandOmPlaats3([hp("A", 0), hp("B", 0), hp("C", 0), hp("D", 0)])).toEqual([]);
    expect(gelijkeStandOmPlaats3([hp("A", 1), hp("B", 1), hp("C", 1)])).toEqual([]);
  });
});
