import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MELDINGEN, meldingCode, meldingTekst, type TMeldingPagina, withMelding } from "./meldingen";

describe("withMelding", () => {
  it("adds the code to the query, after what is there and before the fragment", () => {
    expect(withMelding("scan", "afgerond", "/scans/x")).toBe("/scans/x?melding=afgerond");
    expect(withMelding("outbox", "opnieuw", "/beheer/outbox?status=pending")).toBe("/beheer/outbox?status=pending&melding=opnieuw");
    expect(withMelding("rapport", "reactie-geplaatst", "/scans/x/rapport#sectie-profiel")).toBe("/scans/x/rapport?melding=reactie-geplaatst#sectie-profiel");
  });
});

describe("meldingTekst", () => {
  it("gives the page's text for a code it knows", () => {
    expect(meldingTekst("planning", "datum")).toBe(MELDINGEN.planning.datum);
  });

  it.each([undefined, "", "onbekend", "constructor", "__proto__", "toString", "datum "])("shows nothing for %j", (code) => {
    expect(meldingTekst("planning", code)).toBeNull();
    expect(meldingCode("planning", code)).toBeNull();
  });

  it("does not take another page's code, nor a repeated parameter", () => {
    expect(meldingTekst("planning", "afgerond")).toBeNull();
    expect(meldingTekst("scan", ["afgerond", "afgerond"])).toBeNull();
  });
});

describe("the table", () => {
  const root = path.resolve(import.meta.dirname, "..");
  const files = (dir: string): string[] =>
    readdirSync(path.join(root, dir)).flatMap((n) => {
      const rel = path.join(dir, n);
      return statSync(path.join(root, rel)).isDirectory() ? files(rel) : /\.tsx?$/.test(n) && !/\.test\./.test(n) ? [rel] : [];
    });
  const source = [...files("app"), ...files("lib"), ...files("components")].map((f) => ({ f, text: readFileSync(path.join(root, f), "utf8") }));

  it("is the only place that writes melding= into a URL", () => {
    expect(source.filter(({ f, text }) => f !== "lib/meldingen.ts" && /melding=/.test(text)).map(({ f }) => f)).toEqual([]);
  });

  it("holds only codes some action redirects with", () => {
    const used = new Set<string>();
    for (const { text } of source) {
      for (const m of text.matchAll(/withMelding\(\s*"([\w-]+)",([^;]*)/g)) {
        for (const code of m[2]!.matchAll(/"([\w-]+)"/g)) used.add(`${m[1]}/${code[1]}`);
      }
    }
    const all = (Object.keys(MELDINGEN) as TMeldingPagina[]).flatMap((p) => Object.keys(MELDINGEN[p]).map((c) => `${p}/${c}`));
    expect(all.filter((c) => !used.has(c))).toEqual([]);
  });
});
