import { describe, expect, it } from "vitest";
import { fromAmsterdamLocal } from "@/lib/dates";
import { deadlineInWoorden, deadlineVan, isTeLaat } from "./deadline";

const at = (s: string) => fromAmsterdamLocal(s)!;

describe("deadline", () => {
  it("is the extended deadline, else workshop − 7 days, else none", () => {
    expect(deadlineVan({ workshopAt: at("2026-12-15T13:30"), deadlineAt: null })).toEqual(at("2026-12-08T13:30"));
    expect(deadlineVan({ workshopAt: at("2026-12-15T13:30"), deadlineAt: at("2026-12-10T17:00") })).toEqual(at("2026-12-10T17:00"));
    expect(deadlineVan({ workshopAt: null, deadlineAt: null })).toBeNull();
  });

  it("marks a submission after the deadline as late, not one at or before it", () => {
    const d = at("2026-12-08T13:30");
    expect(isTeLaat(at("2026-12-08T13:31"), d)).toBe(true);
    expect(isTeLaat(d, d)).toBe(false);
    expect(isTeLaat(null, d)).toBe(false);
    expect(isTeLaat(at("2027-01-01T00:00"), null)).toBe(false);
  });

  it("says the time left in Amsterdam calendar days", () => {
    const d = at("2026-12-08T13:30");
    expect(deadlineInWoorden(d, at("2026-12-08T09:00"))).toBe("vandaag");
    expect(deadlineInWoorden(d, at("2026-12-07T23:59"))).toBe("morgen");
    expect(deadlineInWoorden(d, at("2026-11-29T10:00"))).toBe("over 9 dagen");
    expect(deadlineInWoorden(d, at("2026-11-10T10:00"))).toBe("over 4 weken");
    expect(deadlineInWoorden(d, at("2026-12-08T13:30"))).toBe("de deadline is verstreken");
    // Across the end of summer time: still whole days.
    expect(deadlineInWoorden(at("2026-10-27T12:00"), at("2026-10-24T12:00"))).toBe("over 3 dagen");
  });
});
