/**
 * Issue 15.5: imports go down, app → components → lib → db. Biome enforces it in `npm test`
 * (biome.json, noRestrictedImports per folder); this proves the rule bites, by linting probe
 * files with the project's own configuration in a scratch copy of the folder layout.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const scratch = mkdtempSync(path.join(tmpdir(), "dvs-boundaries-"));
const config = JSON.parse(readFileSync(path.join(root, "biome.json"), "utf8"));
config.$schema = undefined;
config.vcs = { enabled: false };
writeFileSync(path.join(scratch, "biome.json"), JSON.stringify(config));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function lint(file: string, spec: string) {
  mkdirSync(path.join(scratch, path.dirname(file)), { recursive: true });
  writeFileSync(path.join(scratch, file), `import { x } from "${spec}";\n\nexport const y = x;\n`);
  const r = spawnSync(process.execPath, [path.join(root, "node_modules/@biomejs/biome/bin/biome"), "lint", file], {
    cwd: scratch,
    encoding: "utf8",
  });
  return { ok: r.status === 0, out: `${r.stdout}${r.stderr}` };
}

describe("import boundaries", () => {
  it.each([
    ["lib/probe.ts", "@/app/beheer/page"],
    ["lib/probe.ts", "@/components/ui/button"],
    ["db/probe.ts", "@/lib/dates"],
    ["emails/probe.tsx", "@/components/ui/button"],
    ["components/probe.tsx", "@/app/scans/page"],
  ])("%s may not import %s", (file, spec) => {
    const r = lint(file, spec);
    expect(r.ok).toBe(false);
    expect(r.out).toContain("noRestrictedImports");
  });

  it.each([
    ["app/probe.tsx", "@/components/ui/button"],
    ["app/probe.tsx", "@/lib/dates"],
    ["components/probe.tsx", "@/lib/dates"],
    ["lib/probe.ts", "@/db/schema"],
  ])("%s may import %s", (file, spec) => {
    const r = lint(file, spec);
    expect(r.out).not.toContain("noRestrictedImports");
    expect(r.ok, r.out).toBe(true);
  });
});
