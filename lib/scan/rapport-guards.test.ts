import { describe, expect, it } from "vitest";
import { finalizeBlocker, startHandelingsperspectievenBlocker, stemmenBlocker } from "./rapport-guards";

const overleg = new Date("2027-01-12T09:00:00Z");
const base = {
  concepten: 1,
  overlegAt: overleg,
  overlegDuurMinuten: 60,
  now: new Date("2027-01-12T10:00:00Z"),
  bevestigd: false,
  openReacties: 0,
};

describe("stap 5 → 6", () => {
  it("needs a published concept and a planned meeting", () => {
    expect(startHandelingsperspectievenBlocker({ ...base, concepten: 0 })).toBe("Publiceer eerst een concept eindrapport.");
    expect(startHandelingsperspectievenBlocker({ ...base, overlegAt: null })).toBe("Plan eerst het digitale overleg over het concept.");
  });

  it("waits until the meeting is over, unless the begeleider confirms it was held", () => {
    const tijdens = { ...base, now: new Date("2027-01-12T09:59:00Z") };
    expect(startHandelingsperspectievenBlocker(tijdens)).toContain("dinsdag 12 januari 2027, 10:00) is nog niet voorbij");
    expect(startHandelingsperspectievenBlocker({ ...tijdens, bevestigd: true })).toBeNull();
    expect(startHandelingsperspectievenBlocker(base)).toBeNull();
  });

  it("needs every reaction handled", () => {
    expect(startHandelingsperspectievenBlocker({ ...base, openReacties: 1 })).toBe(
      "Er is nog 1 reactie niet behandeld. Verwerk ze of wijs ze af, met een antwoord.",
    );
    expect(startHandelingsperspectievenBlocker({ ...base, openReacties: 3 })).toContain("zijn nog 3 reacties");
  });
});

describe("stemmen", () => {
  const ids = new Set(["a", "b", "c", "d"]);
  it("takes exactly three different proposals of this scan", () => {
    expect(stemmenBlocker(["a", "b", "c"], ids)).toBeNull();
    expect(stemmenBlocker(["a", "b"], ids)).toContain("precies 3");
    expect(stemmenBlocker(["a", "a", "b"], ids)).toContain("je hebt er nu 2 gekozen");
    expect(stemmenBlocker(["a", "b", "c", "d"], ids)).toContain("je hebt er nu 4 gekozen");
    expect(stemmenBlocker(["a", "b", "x"], ids)).toContain("bestaat niet");
    expect(stemmenBlocker(["a", "b", "c"], new Set(["a", "b"]))).toBe("Er zijn nog geen drie voorstellen om op te stemmen.");
  });
});

describe("stap 6 → 7", () => {
  const hp = (rang: number | null, vol = true) => ({
    rang,
    eigenaar: vol ? "Informatiemanager" : null,
    termijn: vol ? new Date() : null,
    eersteStap: vol ? "Bellen" : null,
  });
  it("needs exactly ranks 1–3, each complete", () => {
    expect(finalizeBlocker([hp(1), hp(2), hp(3), hp(null)])).toBeNull();
    expect(finalizeBlocker([hp(1), hp(2)])).toBe("Leg eerst de top 3 handelingsperspectieven vast.");
    expect(finalizeBlocker([hp(1), hp(2), hp(2)])).toBe("Leg eerst de top 3 handelingsperspectieven vast.");
    expect(finalizeBlocker([hp(1), hp(2), hp(3, false)])).toContain("eigenaar, een termijn en een eerste stap");
  });
});
