import { describe, expect, it } from "vitest";
import { fromAmsterdamLocal } from "@/lib/dates";
import { leesBeschikbaarheid, leesOpties } from "./planning-invoer";

const now = fromAmsterdamLocal("2026-11-02T10:00")!;

describe("leesOpties", () => {
  it("reads two or more future moments", () => {
    const r = leesOpties({ optie1: "2026-12-15T13:30", optie2: "2026-12-17T09:00", optie3: "" }, [], now);
    expect(r.fouten).toEqual({});
    expect(r.nieuw.map((d) => d.toISOString())).toEqual(["2026-12-15T12:30:00.000Z", "2026-12-17T08:00:00.000Z"]);
  });
  it("asks for at least two moments at the start", () => {
    expect(leesOpties({ optie1: "2026-12-15T13:30" }, [], now).fouten.optie2).toContain("minstens 2");
    expect(leesOpties({}, [], now).fouten.optie1).toContain("minstens 2");
  });
  it("allows adding one when one already exists", () => {
    expect(leesOpties({ optie1: "2026-12-15T13:30" }, [fromAmsterdamLocal("2026-12-10T13:30")!], now).fouten).toEqual({});
  });
  it("refuses past, malformed and duplicate moments next to the field", () => {
    const r = leesOpties({ optie1: "2026-10-01T10:00", optie2: "morgen", optie3: "2026-12-15T13:30", optie4: "2026-12-15T13:30" }, [], now);
    expect(r.nieuw).toEqual([]);
    expect(r.fouten).toEqual({
      optie1: "Kies een moment in de toekomst.",
      optie2: "Vul een datum en tijd in, zoals 16-03-2027 13:30.",
      optie4: "Dit moment staat er al.",
    });
  });
  it("keeps the total at five", () => {
    const bestaand = ["2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04"].map((d) => fromAmsterdamLocal(`${d}T13:30`)!);
    expect(leesOpties({ optie1: "2026-12-15T13:30", optie2: "2026-12-16T13:30" }, bestaand, now).fouten._form).toContain("hoogstens 5");
  });
});

describe("leesBeschikbaarheid", () => {
  it("reads the option id and the answer", () => {
    expect(leesBeschikbaarheid("5ca70000-0000-4000-8000-000000000001:kan_niet")).toEqual({
      optieId: "5ca70000-0000-4000-8000-000000000001",
      kan: false,
    });
    expect(leesBeschikbaarheid("iets:kan")).toBeNull();
  });
});

describe("formatMomentKort", async () => {
  const { formatMomentKort } = await import("@/lib/dates");
  it("writes a short Dutch moment in Amsterdam time", () => {
    expect(formatMomentKort(fromAmsterdamLocal("2026-12-15T13:30")!)).toBe("di 15 dec 2026, 13:30");
  });
});
