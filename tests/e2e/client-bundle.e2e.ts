/**
 * Row 24: what the browser downloads holds no secret and no server code. Reads the build
 * that `next start` serves (the import-graph rule in tests/unit/static-rules.test.ts keeps
 * it so; this checks the result).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const staticDir = path.join(root, ".next/static");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

describe("the client bundle", () => {
  const bundle = files(staticDir)
    .filter((f) => /\.(js|css|json|txt)$/.test(f))
    .map((f) => ({ file: path.relative(root, f), text: readFileSync(f, "utf8") }));
  const containing = (needle: string) => bundle.filter((b) => b.text.includes(needle)).map((b) => b.file);

  it("is there to check", () => {
    expect(bundle.filter((b) => b.file.endsWith(".js")).length).toBeGreaterThan(10);
    // The check itself works: a string every page's client code carries is found.
    expect(containing("use-autosave").length + containing("Opgeslagen").length).toBeGreaterThan(0);
  });

  it("does not carry the build's server-actions encryption key", () => {
    const manifest = JSON.parse(readFileSync(path.join(root, ".next/server/server-reference-manifest.json"), "utf8"));
    const key = String(manifest.encryptionKey ?? "");
    expect(key.length).toBeGreaterThan(20);
    expect(containing(key)).toEqual([]);
  });

  it.each(["AUTH_SECRET", "CRON_SECRET", "RESEND_API_KEY", "DATABASE_URL", "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY"])("does not read %s", (name) => {
    expect(containing(name)).toEqual([]);
  });

  it.each([
    ["the PostgreSQL driver", "SCRAM-SHA-256"],
    ["the embedded database", "pglite"],
    ["connection strings", "postgres://"],
  ])("does not contain %s", (_what, marker) => {
    expect(containing(marker)).toEqual([]);
  });
});
