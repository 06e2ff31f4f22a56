import { describe, expect, it } from "vitest";
import { feestdag, feestdagenIn, ongewoneDag, paaszondag, werkdagenTussen } from "./feestdagen";

describe("Dutch public holidays", () => {
  it("finds Easter for known years", () => {
    expect(paaszondag(2024)).toBe("2024-03-31");
    expect(paaszondag(2026)).toBe("2026-04-05");
    expect(paaszondag(2027)).toBe("2027-03-28");
    expect(paaszondag(2038)).toBe("2038-04-25");
  });

  it("lists the holidays of 2027 as the Rijksoverheid does", () => {
    expect([...feestdagenIn(2027).entries()]).toEqual([
      ["2027-01-01", "Nieuwjaarsdag"],
      ["2027-03-26", "Goede Vrijdag"],
      ["2027-03-28", "Eerste Paasdag"],
      ["2027-03-29", "Tweede Paasdag"],
      ["2027-04-27", "Koningsdag"],
      ["2027-05-05", "Bevrijdingsdag"],
      ["2027-05-06", "Hemelvaartsdag"],
      ["2027-05-16", "Eerste Pinksterdag"],
      ["2027-05-17", "Tweede Pinksterdag"],
      ["2027-12-25", "Eerste Kerstdag"],
      ["2027-12-26", "Tweede Kerstdag"],
    ]);
  });

  it("moves Koningsdag to the 26th when the 27th is a Sunday", () => {
    expect(feestdagenIn(2025).has("2025-04-26")).toBe(true);
    expect(feestdagenIn(2025).has("2025-04-27")).toBe(false);
  });

  it("warns about New Year's Day and weekends, in Amsterdam time", () => {
    expect(ongewoneDag(new Date("2027-01-01T12:30:00Z"))).toBe("Nieuwjaarsdag: veel mensen zijn dan vrij.");
    // 23:30 UTC on 31 December is already 1 January in Amsterdam.
    expect(feestdag(new Date("2026-12-31T23:30:00Z"))).toBe("Nieuwjaarsdag");
    expect(ongewoneDag(new Date("2027-01-09T12:30:00Z"))).toContain("Zaterdag");
    expect(ongewoneDag(new Date("2027-01-12T12:30:00Z"))).toBeNull();
  });

  it("counts working days, skipping weekends and holidays", () => {
    // Friday 24 December 2027 → Monday 27th: Christmas falls on the weekend, Monday counts.
    expect(werkdagenTussen(new Date("2027-12-24T09:00:00Z"), new Date("2027-12-27T09:00:00Z"))).toBe(1);
    // Thursday 31 December 2026 → Monday 4 January 2027: New Year's Day and the weekend do not count.
    expect(werkdagenTussen(new Date("2026-12-31T09:00:00Z"), new Date("2027-01-04T09:00:00Z"))).toBe(1);
    expect(werkdagenTussen(new Date("2027-01-11T09:00:00Z"), new Date("2027-01-13T17:00:00Z"))).toBe(2);
  });
});
