import { describe, expect, it } from "vitest";
import { berekenScan, MODEL_2026_1 } from "@/lib/analysetool";
import { profielRadarInput, SERIE_STIJL } from "./profile-radar";

describe("the profile radar of a herhaalmeting", () => {
  const resultaat = berekenScan(MODEL_2026_1, []);

  it("adds the previous profile as its own series, in axis order", () => {
    const [eerste] = [...MODEL_2026_1.dimensies].sort((a, b) => a.volgorde - b.volgorde);
    const input = profielRadarInput(MODEL_2026_1, resultaat, { size: 400, vorige: { [eerste!.id]: 2.5 } });
    const vorige = input.series.find((s) => s.id === "vorige")!;
    expect(vorige.label).toBe("Vorige scan");
    expect(vorige.values[0]).toBe(2.5);
    expect(vorige.values.slice(1).every((v) => v === null)).toBe(true);
  });

  it("draws it unlike the calculated profile, so it survives grayscale (line style, not colour alone)", () => {
    expect(SERIE_STIJL.vorige!.dash).toBeDefined();
    expect(SERIE_STIJL.vorige!.dash).not.toBe(SERIE_STIJL.berekend!.dash);
  });

  it("leaves a first scan's radar as it was", () => {
    expect(profielRadarInput(MODEL_2026_1, resultaat, { size: 400 }).series.map((s) => s.id)).toEqual(["berekend"]);
  });
});
