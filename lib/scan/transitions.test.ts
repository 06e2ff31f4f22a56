import { describe, expect, it } from "vitest";
import { TRANSITIES } from "./transitions";

describe("the transition table (architecture §2)", () => {
  it("walks the seven steps forward, one at a time, with a way out of stap 1", () => {
    const keten = ["aangemeld", "voorbereiding", "analysetool", "workshop", "concept", "handelingsperspectieven", "afgerond"];
    const vooruit = Object.values(TRANSITIES).filter((t) => t.naar !== "afgewezen");
    expect(vooruit.map((t) => [t.van, t.naar])).toEqual(keten.slice(0, -1).map((van, i) => [van, keten[i + 1]]));
    expect(
      Object.values(TRANSITIES)
        .filter((t) => t.naar === "afgewezen")
        .map((t) => t.van),
    ).toEqual(["aangemeld"]);
  });

  it("gives each transition its own audit action and a Dutch refusal", () => {
    const audits = Object.values(TRANSITIES).map((t) => t.audit);
    expect(new Set(audits).size).toBe(audits.length);
    for (const t of Object.values(TRANSITIES)) expect(t.bezet).toMatch(/^[A-Z].+\.$/);
  });
});

describe("the permission in the table", () => {
  it("is the one the transition's own action checks", async () => {
    const { readdirSync, readFileSync, statSync } = await import("node:fs");
    const path = await import("node:path");
    const root = path.resolve(import.meta.dirname, "../..");
    const files = (dir: string): string[] =>
      readdirSync(path.join(root, dir)).flatMap((n) =>
        statSync(path.join(root, dir, n)).isDirectory() ? files(path.join(dir, n)) : /\.ts$/.test(n) ? [path.join(dir, n)] : [],
      );
    const bronnen = [...files("app"), ...files("lib")].map((f) => readFileSync(path.join(root, f), "utf8"));
    for (const [naam, t] of Object.entries(TRANSITIES)) {
      const definitie = t.permissie === "admin" ? `defineAdminAction\\(\\s*"${naam}",` : `defineScanAction\\(\\s*"${naam}",\\s*"${t.permissie}",`;
      expect(
        bronnen.some((b) => new RegExp(definitie).test(b)),
        `${naam} is defined with ${t.permissie}`,
      ).toBe(true);
    }
  });
});
