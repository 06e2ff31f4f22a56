import { describe, expect, it } from "vitest";
import { gemeenteLabel, naamSleutel, parseGemeenteInvoer } from "./gemeente-invoer";

describe("parseGemeenteInvoer", () => {
  it("reads the code from the datalist label", () => {
    expect(parseGemeenteInvoer("Amersfoort (GM0307)")).toEqual({ code: "GM0307" });
    expect(parseGemeenteInvoer("Nuenen, Gerwen en Nederwetten (GM0820)")).toEqual({ code: "GM0820" });
  });
  it("accepts a bare code in any case", () => {
    expect(parseGemeenteInvoer(" gm0344 ")).toEqual({ code: "GM0344" });
  });
  it("falls back to the name, with spacing normalised", () => {
    expect(parseGemeenteInvoer("  's-Hertogenbosch ")).toEqual({ naam: "'s-Hertogenbosch" });
    expect(parseGemeenteInvoer("Bergen  (NH.)")).toEqual({ naam: "Bergen (NH.)" });
  });
  it("gives nothing for empty input", () => {
    expect(parseGemeenteInvoer("   ")).toBeNull();
  });
  it("does not take digits inside a longer token as a code", () => {
    expect(parseGemeenteInvoer("XGM03071")).toEqual({ naam: "XGM03071" });
  });
});

describe("labels", () => {
  it("round-trips through the parser", () => {
    const g = { naam: "Súdwest-Fryslân", code: "GM1900" };
    expect(parseGemeenteInvoer(gemeenteLabel(g))).toEqual({ code: "GM1900" });
  });
  it("compares names without case", () => {
    expect(naamSleutel("AMERSFOORT")).toBe(naamSleutel("amersfoort"));
  });
});
