/**
 * Backup and restore: a pg_dump of a database with definitief reports restores into a fresh
 * database and every report's PDF still matches its recorded sha256; a changed PDF is caught.
 */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { eq } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rapporten } from "@/db/schema";
import { DEMO_SCANS, seedDemo } from "@/db/seed";
import { restoreAndVerify } from "@/lib/ops/restore-check";
import { ADMIN_URL, createTestDb, postgresAvailable, type TTestDb } from "../support/test-db";

const run = promisify(execFile);
const hasTools = await run("pg_dump", ["--version"]).then(
  () => true,
  () => false,
);
const hasPg = await postgresAvailable();

describe.skipIf(!hasPg || !hasTools)("restore check", () => {
  let t: TTestDb;
  let dir: string;
  const restored: string[] = [];
  beforeAll(async () => {
    t = await createTestDb("postgres");
    await seedDemo(t.db);
    dir = mkdtempSync(path.join(tmpdir(), "dvs-dump-"));
    const pdf = new TextEncoder().encode("%PDF-1.7 eindrapport Breda");
    await t.db.insert(rapporten).values({
      scanId: DEMO_SCANS[2]!.id,
      soort: "definitief",
      versie: 1,
      snapshot: { gemeente: "Breda" },
      pdf,
      sha256: createHash("sha256").update(pdf).digest("hex"),
      createdAt: new Date(),
    });
  });
  afterAll(async () => {
    const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
    for (const name of restored) await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
    rmSync(dir, { recursive: true, force: true });
    await t?.drop();
  });

  const dumpTo = async (file: string) => {
    await run("pg_dump", ["-Fc", "-f", file, t.url]);
    return file;
  };

  it("restores a dump and confirms every definitief report", async () => {
    const name = `dvs_test_restore_${Date.now()}`;
    restored.push(name);
    const result = await restoreAndVerify(await dumpTo(path.join(dir, "ok.pgc")), ADMIN_URL, name);
    expect(result.checked).toBe(1);
    expect(result.mismatches).toEqual([]);
  });

  it("reports a PDF that no longer matches its hash", async () => {
    await t.db
      .update(rapporten)
      .set({ pdf: new TextEncoder().encode("%PDF-1.7 gewijzigd") })
      .where(eq(rapporten.soort, "definitief"));
    const name = `dvs_test_restore_${Date.now()}`;
    restored.push(name);
    const result = await restoreAndVerify(await dumpTo(path.join(dir, "tampered.pgc")), ADMIN_URL, name);
    expect(result.mismatches).toHaveLength(1);
  });
});
