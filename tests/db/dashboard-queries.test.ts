/**
 * The dashboard must not issue a query per scan: with 5 or 60 scans it runs the same number
 * of queries (the whole country is 342).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type DbHandle, openDb } from "@/db/client";
import { scanBegeleiders, users } from "@/db/schema";
import { fromAmsterdamLocal } from "@/lib/dates";
import { createBulkScans } from "../support/bulk-scans";
import { createPgDatabase, postgresAvailable } from "../support/test-db";

const hasPg = await postgresAvailable();

describe.skipIf(!hasPg)("dashboard query count", () => {
  let handle: DbHandle;
  let drop: () => Promise<void>;
  let queries = 0;
  beforeAll(async () => {
    const created = await createPgDatabase();
    drop = created.drop;
    handle = await openDb(created.url, { logger: { logQuery: () => void queries++ } });
    vi.resetModules();
    vi.doMock("@/db/client", async (orig) => ({ ...(await orig<typeof import("@/db/client")>()), getDb: async () => handle.db }));
  });
  afterAll(async () => {
    vi.doUnmock("@/db/client");
    await handle?.close();
    await drop?.();
  });

  it("uses a constant number of queries, whatever the number of scans", async () => {
    const { loadDashboard } = await import("@/lib/data/dashboard");
    const [admin] = await handle.db.insert(users).values({ email: "admin@bench.example", role: "admin", createdAt: new Date() }).returning();
    const [beg] = await handle.db.insert(users).values({ email: "beg@bench.example", role: "begeleider", createdAt: new Date() }).returning();
    const user = { id: admin!.id, email: admin!.email, name: null, role: "admin" as const };
    const opts = {
      deelnemersPerScan: 8,
      stap: "analysetool" as const,
      workshopAt: fromAmsterdamLocal("2026-12-15T13:30")!,
      startedAt: fromAmsterdamLocal("2026-11-20T09:00")!,
    };
    const few = await createBulkScans(handle.db, { ...opts, scans: 5, emailPrefix: "a" });
    queries = 0;
    expect(await loadDashboard(user)).toHaveLength(5);
    const small = queries;
    await createBulkScans(handle.db, { ...opts, scans: 60, emailPrefix: "b", offset: 5 });
    queries = 0;
    const rows = await loadDashboard(user);
    expect(rows).toHaveLength(65);
    expect(queries).toBe(small);
    await handle.db.insert(scanBegeleiders).values(few.scanIds.map((scanId) => ({ scanId, userId: beg!.id, createdAt: new Date() })));
    queries = 0;
    expect(await loadDashboard({ ...user, id: beg!.id, role: "begeleider" })).toHaveLength(5);
    expect(queries).toBe(small);
  });
});
