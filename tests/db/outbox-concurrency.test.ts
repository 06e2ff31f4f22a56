/**
 * Two sweeps and two workers running at the same time over 1,000 due invitations (as two
 * app instances would): every mail reaches the provider exactly once. PostgreSQL only —
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

  it("sends each of 1,000 mails exactly once with two sweeps and two workers at once", async () => {
    const now = fromAmsterdamLocal("2026-12-01T10:00")!;
    await createBulkScans(t.db, {
      scans: 125,
      deelnemersPerScan: 8,
      stap: "analysetool",
      workshopAt: fromAmsterdamLocal("2026-12-15T13:30")!,
      startedAt: fromAmsterdamLocal("2026-11-20T09:00")!,
    });
    // Two separate connection pools, like two instances.
    const other = await (await import("@/db/client")).openDb(t.url, { migrate: false, max: 5 });
    const transport = resendTransport("re_test", fake.url);
    try {
      await Promise.all([
        sweepSchedule(t.db, now),
        sweepSchedule(other.db, now),
        (async () => {
          for (let i = 0; i < 40; i++) await drainOutbox(t.db, { transport, now: new Date(now.getTime() + i) });
        })(),
        (async () => {
          for (let i = 0; i < 40; i++) await drainOutbox(other.db, { transport, now: new Date(now.getTime() + i) });
        })(),
      ]);
      await drainOutbox(t.db, { transport, now: new Date(now.getTime() + 1000) });
    } finally {
      await other.close();
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
