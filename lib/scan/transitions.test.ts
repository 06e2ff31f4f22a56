import { describe, expect, it } from "vitest";
import { TRANSITIES } from "./transitions";

describe("the transition table (architecture §2)", () => {
  it("walks the seven steps forward, one at a time, with a way out of stap 1", () => {
    const keten = ["aangemeld", "voorbereiding", "analysetool", "workshop", "concept", "handelingsperspectieven", "afgerond"];
    const vooruit = Object.values(TRANSITIES).filter((t) => t.naar !== "afgewezen");
    expect(vooruit.map((t) => [t.van, t.naar])).toEqual(keten.slice(0, -1).map((van, i) => [van, keten[i + 1]]));
    expect(Object.values(TRANSITIES).filter((t) => t.naar === "afgewezen").map((t) => t.van)).toEqual(["aangemeld"]);
  });

  it("gives each transition its own audit action and a Dutch refusal", () => {
    const audits = Object.values(TRANSITIES).map((t) => t.audit);
    expect(new Set(audits).size).toBe(audits.length);
    for (const t of Object.values(TRANSITIES)) expect(t.bezet).toMatch(/^[A-Z].+\.$/);
  });
});
