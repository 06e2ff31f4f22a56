import { describe, expect, it } from "vitest";
import { MODEL_2026_1 } from "@/lib/analysetool";
import type { TModel } from "@/lib/analysetool/types";
import { type TScanCijfers, vergelijk } from "./vergelijking";

const cijfers = (model: TModel, perDimensie: TScanCijfers["perDimensie"]): TScanCijfers => ({ model, perDimensie });
const [opgave, tweede] = MODEL_2026_1.dimensies;

describe("a herhaalmeting next to the scan before it", () => {
  it("on the same version: every dimension, then, now, the difference and both agreed levels", () => {
    const v = vergelijk(
      cijfers(MODEL_2026_1, { [opgave!.id]: { score: 2.25, consensus: 2 }, [tweede!.id]: { score: 3, consensus: null } }),
      cijfers(MODEL_2026_1, { [opgave!.id]: { score: 3.1, consensus: 3 }, [tweede!.id]: { score: null, consensus: null } }),
      [{ rang: 1, titel: "Data-eigenaarschap beleggen", dimensieId: opgave!.id, status: "afgerond" }],
    );
    expect(v.zelfdeVersie).toBe(true);
    expect(v.rijen).toHaveLength(MODEL_2026_1.dimensies.length);
    expect(v.rijen[0]).toEqual({
      dimensieId: opgave!.id,
      naam: opgave!.naam,
      toen: 2.25,
      nu: 3.1,
      verschil: 0.9,
      consensusToen: 2,
      consensusNu: 3,
      andereVragen: false,
    });
    expect(v.rijen[1]!.verschil).toBeNull();
    expect(v.weggelaten).toEqual([]);
    expect(v.vorigeTop3).toEqual([
      { rang: 1, titel: "Data-eigenaarschap beleggen", dimensieId: opgave!.id, status: "afgerond", dimensie: opgave!.naam, verschil: 0.9, vergeleken: true },
    ]);
  });

  it("across versions: a dimension added and one removed are left out with the reason; changed questions are marked", () => {
    const later: TModel = {
      ...MODEL_2026_1,
      versie: "2027.1",
      dimensies: [
        { ...opgave!, vragen: [...opgave!.vragen.slice(1), { ...opgave!.vragen[0]!, id: `${opgave!.id}.q99`, sinds: "2027.1" }] },
        ...MODEL_2026_1.dimensies.slice(2),
        { ...tweede!, id: "nieuw" as never, naam: "Nieuwe dimensie" },
      ],
    };
    const v = vergelijk(cijfers(MODEL_2026_1, { [opgave!.id]: { score: 2, consensus: 2 } }), cijfers(later, { [opgave!.id]: { score: 2.5, consensus: 3 } }), [
      { rang: 2, titel: "Iets in de weggevallen dimensie", dimensieId: tweede!.id, status: "bezig" },
    ]);
    expect(v.zelfdeVersie).toBe(false);
    expect(v.versies).toEqual({ toen: "2026.1", nu: "2027.1" });
    expect(v.rijen.map((r) => r.dimensieId)).toEqual(later.dimensies.filter((d) => d.id !== ("nieuw" as never)).map((d) => d.id));
    expect(v.rijen[0]!.andereVragen).toBe(true);
    expect(v.rijen[1]!.andereVragen).toBe(false);
    expect(v.weggelaten).toEqual([
      { dimensieId: "nieuw", naam: "Nieuwe dimensie", reden: "Nieuw in versie 2027.1: de vorige scan (versie 2026.1) vroeg er niet naar." },
      { dimensieId: tweede!.id, naam: tweede!.naam, reden: "Niet meer in versie 2027.1: alleen de vorige scan (versie 2026.1) vroeg ernaar." },
    ]);
    expect(v.vorigeTop3[0]).toMatchObject({ dimensie: tweede!.naam, verschil: null, vergeleken: false, status: "bezig" });
  });
});
