import { describe, expect, it } from "vitest";
import { closeAnalysetoolBlocker, closeWorkshopBlockers, needsMotivering, workshopNogNietGehouden } from "./workshop-guards";

const deadline = new Date("2026-12-08T12:30:00Z");

describe("closing the analysetool (stap 3 → 4)", () => {
  it("closes when everybody has submitted, even before the deadline", () => {
    expect(closeAnalysetoolBlocker({ now: new Date("2026-12-01T10:00:00Z"), deadline, ingediend: 5, totaal: 5 })).toBeNull();
  });
  it("closes after the deadline with any response", () => {
    expect(closeAnalysetoolBlocker({ now: new Date("2026-12-08T12:31:00Z"), deadline, ingediend: 2, totaal: 5 })).toBeNull();
  });
  it("explains in Dutch why it cannot close before the deadline", () => {
    const msg = closeAnalysetoolBlocker({ now: new Date("2026-12-01T10:00:00Z"), deadline, ingediend: 3, totaal: 5 });
    expect(msg).toContain("dinsdag 8 december 2026, 13:30");
    expect(msg).toContain("3 van de 5");
  });
  it("does not treat an empty scan as complete", () => {
    expect(closeAnalysetoolBlocker({ now: new Date("2026-12-01T10:00:00Z"), deadline, ingediend: 0, totaal: 0 })).not.toBeNull();
  });
});

describe("closing the workshop (stap 4 → 5)", () => {
  const dims = [
    { id: "opgave", naam: "Opgave" },
    { id: "data", naam: "Data" },
  ];
  it("lists the dimensions without an agreed level", () => {
    expect(closeWorkshopBlockers(dims, new Set(["opgave"]))).toEqual(["Data"]);
    expect(closeWorkshopBlockers(dims, new Set(["opgave", "data"]))).toEqual([]);
  });
  it("asks for a reason from a difference of 0,5", () => {
    expect(needsMotivering(3, 2.5)).toBe(true);
    expect(needsMotivering(3, 2.6)).toBe(false);
    expect(needsMotivering(3, null)).toBe(false);
  });
});

describe("workshopNogNietGehouden (issue 19.1)", () => {
  const w = new Date("2026-12-08T12:30:00Z");
  it("refuses closing a workshop before it started, naming the planned moment", () => {
    expect(workshopNogNietGehouden({ now: new Date("2026-12-01T10:00:00Z"), workshopAt: w })).toContain("dinsdag 8 december 2026");
    expect(workshopNogNietGehouden({ now: new Date(w.getTime() - 60_000), workshopAt: w })).not.toBeNull();
  });
  it("allows it from the planned start on", () => {
    expect(workshopNogNietGehouden({ now: w, workshopAt: w })).toBeNull();
    expect(workshopNogNietGehouden({ now: new Date("2026-12-09T09:00:00Z"), workshopAt: w })).toBeNull();
  });
  it("refuses without a workshop date", () => {
    expect(workshopNogNietGehouden({ now: w, workshopAt: null })).toContain("planningspagina");
  });
});
