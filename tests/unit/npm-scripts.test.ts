/**
 * Every `npm run` script starts: each is run with `--help` (the test command with `--list`,
 * its dry run), must exit 0 within a few seconds and say something. A script that points at a
 * file that is gone (as `test:e2e` once did) fails here instead of in a newcomer's terminal.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const scripts = Object.keys((JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts);
const dryRun: Record<string, string> = { test: "--list" };

describe("npm scripts", () => {
  it("are there", () => {
    expect(scripts).toEqual(expect.arrayContaining(["dev", "build", "start", "test", "test:e2e", "db:migrate", "db:seed", "tick"]));
  });

  it.each(scripts)(
    "%s answers --help (or its dry run) without doing anything",
    (name) => {
      const r = spawnSync("npm", ["run", "-s", name, "--", dryRun[name] ?? "--help"], {
        cwd: root,
        encoding: "utf8",
        timeout: 60_000,
        // No database, no secrets: a script that tried to do its work would fail or hang here.
        env: { ...process.env, DATABASE_URL: "postgres://nobody@127.0.0.1:1/none", NEXT_TELEMETRY_DISABLED: "1" },
      });
      expect(r.status, `${name}: ${r.stderr}`).toBe(0);
      expect((r.stdout + r.stderr).trim().length, name).toBeGreaterThan(10);
    },
    70_000,
  );
});
