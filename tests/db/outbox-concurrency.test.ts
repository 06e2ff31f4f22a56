/**
 * Two sweeps and five workers running at the same time over 1,000 due invitations (as
 * several app instances would): every mail reaches the provider exactly once. PostgreSQL only —
 * PGlite has a single connection, so nothing there is concurrent.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emailOutbox } from "@/db/schema";
import { fromAmsterdamLocal } from "@/lib/dates";
import { sweepSchedule } from "@/lib/jobs/sweep";
import { resendTransport } from "@/lib/mail/transport";
import { drainOutbox } from "@/lib/mail/worker";
import { createBulkScans } from "../support/bulk-scans";
import { startFakeResend, type TFakeResend } from "../support/fake-resend";
import { createTestDb, postgresAvailable, type TTestDb } from "../support/test-db";

const hasPg = await postgresAvailable();

describe.skipIf(!hasPg)("outbox under concurrency (PostgreSQL)", () => {
  let t: TTestDb;
  let fake: TFakeResend;
  beforeAll(async () => {
    t = await createTestDb("postgres");
    fake = await startFakeResend();
  });
  afterAll(async () => {
    await fake?.close();
    await t?.drop();
  });

  it("sends each of 1,000 mails exactly once with two sweeps and five workers at once", async () => {
    const now = fromAmsterdamLocal("2026-12-01T10:00")!;
    await createBulkScans(t.db, {
      scans: 125,
      deelnemersPerScan: 8,
      stap: "analysetool",
      workshopAt: fromAmsterdamLocal("2026-12-15T13:30")!,
      startedAt: fromAmsterdamLocal("2026-11-20T09:00")!,
    });
    // Separate connection pools, like separate instances.
    const { openDb } = await import("@/db/client");
    const others = await Promise.all([1, 2, 3, 4].map(() => openDb(t.url, { migrate: false, max: 3 })));
    const transport = resendTransport("re_test", fake.url);
    const worker = (db: typeof t.db) => async () => {
      for (let i = 0; i < 40; i++) await drainOutbox(db, { transport, now: new Date(now.getTime() + i) });
    };
    try {
      await Promise.all([sweepSchedule(t.db, now), sweepSchedule(others[0]!.db, now), worker(t.db)(), ...others.map((o) => worker(o.db)())]);
      await drainOutbox(t.db, { transport, now: new Date(now.getTime() + 1000) });
    } finally {
      await Promise.all(others.map((o) => o.close()));
    }
    const rows = await t.db.select().from(emailOutbox);
    expect(rows).toHaveLength(1000);
    expect(rows.every((r) => r.status === "sent")).toBe(true);
    const perKey = new Map<string, number>();
    for (const r of fake.requests) perKey.set(r.idempotencyKey!, (perKey.get(r.idempotencyKey!) ?? 0) + 1);
    expect(perKey.size).toBe(1000);
    expect([...perKey.values()].every((n) => n === 1)).toBe(true);
  }, 120_000);
});
