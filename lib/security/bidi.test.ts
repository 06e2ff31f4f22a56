import { describe, expect, it } from "vitest";
import { stripBidiControls, stripBidiControlsDeep } from "./bidi";

describe("bidi controls", () => {
  it("drops overrides, embeddings and isolates, and nothing else", () => {
    expect(stripBidiControls("\u202egnp.exe \u202a\u202b\u202c\u202d\u2066\u2067\u2068\u2069x")).toBe("gnp.exe x");
    expect(stripBidiControls("Súdwest-Fryslân a\u200bb <b> \u05e9\u05dc\u05d5\u05dd")).toBe("Súdwest-Fryslân a\u200bb <b> \u05e9\u05dc\u05d5\u05dd");
  });

  it("cleans every string in plain data and leaves dates and numbers alone", () => {
    const at = new Date("2026-12-20T10:00:00Z");
    expect(stripBidiControlsDeep({ a: "\u202ex", b: ["\u2066y"], c: { d: 3, e: at, f: null } })).toEqual({
      a: "x",
      b: ["y"],
      c: { d: 3, e: at, f: null },
    });
  });
});
