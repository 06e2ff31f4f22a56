/**
 * Two instances starting at the same moment on a fresh PostgreSQL database: the advisory
 * lock lets one apply the migrations and the other find them done; both come up.
 */

import postgres from "postgres";
import { describe, expect, it } from "vitest";
import { openDb } from "@/db/client";
import { createPgDatabase, postgresAvailable } from "../support/test-db";

const hasPg = await postgresAvailable();

describe.skipIf(!hasPg)("concurrent migration", () => {
  it("applies every migration once when two instances start together", async () => {
    const db = await createPgDatabase();
    try {
      const handles = await Promise.all([openDb(db.url, { max: 2 }), openDb(db.url, { max: 2 }), openDb(db.url, { max: 2 })]);
      await Promise.all(handles.map((h) => h.close()));
      const sql = postgres(db.url, { max: 1, onnotice: () => {} });
      const applied = await sql`select hash, count(*)::int as n from drizzle.__drizzle_migrations group by hash`;
      const [gemeenten] = await sql<{ n: number }[]>`select count(*)::int as n from gemeenten`;
      await sql.end();
      expect(applied.length).toBeGreaterThan(0);
      expect(applied.every((r) => r.n === 1)).toBe(true);
      expect(gemeenten!.n).toBe(342);
    } finally {
      await db.drop();
    }
  });
});
