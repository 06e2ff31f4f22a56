import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { naamTabel, zonderTabellen } from "./font-tabellen";

const tags = (font: Uint8Array) => {
  const v = new DataView(font.buffer, font.byteOffset, font.byteLength);
  return Array.from({ length: v.getUint16(4) }, (_, i) => String.fromCharCode(...font.subarray(12 + 16 * i, 16 + 16 * i)));
};

describe("font tables", () => {
  const regular = new Uint8Array(readFileSync(path.join(process.cwd(), "public/fonts/SourceSans3-Regular.ttf")));

  it("drops the shaping tables and keeps every other table byte for byte", () => {
    const uit = zonderTabellen(regular, ["GPOS", "GSUB"]);
    expect(tags(uit)).not.toContain("GPOS");
    expect(tags(uit)).toEqual(tags(regular).filter((t) => t !== "GPOS" && t !== "GSUB"));
    expect(uit.length).toBeLessThan(regular.length - 150_000);
    const v = new DataView(uit.buffer);
    const i = tags(uit).indexOf("cmap");
    const offset = v.getUint32(12 + 16 * i + 8);
    expect(offset % 4).toBe(0);
  });

  it("builds a minimal name table with the PostScript name in UTF-16", () => {
    const naam = naamTabel("Source Sans 3", "Bold", "SourceSans3-Bold");
    const v = new DataView(naam.buffer);
    expect(v.getUint16(2)).toBe(4);
    const s = Array.from({ length: 16 }, (_, k) => String.fromCharCode(naam[v.getUint16(4) + v.getUint16(6 + 36 + 10) + 2 * k + 1]!)).join("");
    expect(s).toBe("SourceSans3-Bold");
  });
});
