/**
 * The "nothing changed" fingerprint the security tests rely on (security.md rows 1, 21) sees
 * an UPDATE that keeps every row count, and ignores only a refusal's own denied audit row.
 */

import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, scans } from "@/db/schema";
import { DEMO_SCANS, seedDemo } from "@/db/seed";
import { changedTables, tableFingerprint } from "../support/db-fingerprint";
import { createTestDb, type TTestDb, testDrivers } from "../support/test-db";

const drivers = await testDrivers();
const ROLLBACK = new Error("rollback");

describe.each(drivers)("table fingerprint on %s", (driver) => {
  let t: TTestDb;
  beforeAll(async () => {
    t = await createTestDb(driver);
    await seedDemo(t.db);
  });
  afterAll(async () => {
    await t?.drop();
  });

  /** The tables a change made inside a rolled-back transaction shows up in. */
  const seen = async (change: (tx: typeof t.db) => Promise<unknown>) => {
    let tables: string[] = [];
    await t.db
      .transaction(async (tx) => {
        const before = await tableFingerprint(tx);
        await change(tx as unknown as typeof t.db);
        tables = changedTables(before, await tableFingerprint(tx));
        throw ROLLBACK;
      })
      .catch((err) => {
        if (err !== ROLLBACK) throw err;
      });
    return tables;
  };

  it("hashes every table of the schema and is stable when nothing happens", async () => {
    const a = await tableFingerprint(t.db);
    expect(Object.keys(a)).toEqual(expect.arrayContaining(["scans", "users", "scan_members", "antwoorden", "email_outbox", "audit_log", "rapporten"]));
    expect(Object.values(a).every((h) => /^[0-9a-f]{32}$/.test(h))).toBe(true);
    expect(changedTables(a, await tableFingerprint(t.db))).toEqual([]);
  });

  it("sees an UPDATE that changes no row count (which a count per table misses)", async () => {
    expect(await seen((tx) => tx.update(scans).set({ contactNaam: "Iemand anders" }).where(eq(scans.id, DEMO_SCANS[0]!.id)))).toEqual(["scans"]);
    // Even a change that only moves a timestamp.
    expect(await seen((tx) => tx.execute(sql`update scans set updated_at = updated_at + interval '1 second' where id = ${DEMO_SCANS[1]!.id}`))).toEqual([
      "scans",
    ]);
  });

  it("ignores a denied audit row, but not an ok one", async () => {
    expect(await seen((tx) => tx.insert(auditLog).values({ actorId: "x", action: "test", outcome: "denied", at: new Date() }))).toEqual([]);
    expect(await seen((tx) => tx.insert(auditLog).values({ actorId: "x", action: "test", outcome: "ok", at: new Date() }))).toEqual(["audit_log"]);
  });
});
