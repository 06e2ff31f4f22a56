import { describe, expect, it } from "vitest";
import { amsterdamOffsetMinutes, formatDatumTijd, fromAmsterdamLocal, toAmsterdamLocal } from "./dates";

describe("Amsterdam wall-clock times", () => {
  it("uses CET in winter and CEST in summer", () => {
    expect(amsterdamOffsetMinutes(new Date("2026-12-16T12:00:00Z"))).toBe(60);
    expect(amsterdamOffsetMinutes(new Date("2026-06-16T12:00:00Z"))).toBe(120);
  });

  it("turns a datetime-local value into the right instant on both sides of the DST change", () => {
    expect(fromAmsterdamLocal("2026-03-28T13:30")?.toISOString()).toBe("2026-03-28T12:30:00.000Z");
    expect(fromAmsterdamLocal("2026-03-30T13:30")?.toISOString()).toBe("2026-03-30T11:30:00.000Z");
    expect(fromAmsterdamLocal("2026-10-26T09:00")?.toISOString()).toBe("2026-10-26T08:00:00.000Z");
  });

  it("refuses text that is not a wall-clock time, and the hour skipped in spring", () => {
    expect(fromAmsterdamLocal("16-12-2026 13:30")).toBeNull();
    expect(fromAmsterdamLocal("2026-02-30T10:00")).toBeNull();
    expect(fromAmsterdamLocal("2026-03-29T02:30")).toBeNull();
  });

  it("round-trips and formats in Dutch", () => {
    const d = fromAmsterdamLocal("2026-12-15T13:30")!;
    expect(toAmsterdamLocal(d)).toBe("2026-12-15T13:30");
    expect(formatDatumTijd(d)).toBe("dinsdag 15 december 2026, 13:30");
  });
});
