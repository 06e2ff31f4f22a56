/**
 * Tenant isolation at the data layer: the access module gives a user of gemeente A nothing
 * of gemeente B, a begeleider only assigned scans, and a lookup failure denies.
 */

import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { users } from "@/db/schema";
import { DEMO, DEMO_SCANS, seedDemo } from "@/db/seed";
import { createTestDb, type TTestDb, testDrivers } from "../support/test-db";

const drivers = await testDrivers();

describe.each(drivers)("access module on %s", (driver) => {
  let t: TTestDb;
  let access: typeof import("@/lib/auth/access");
  let dashboard: typeof import("@/lib/data/dashboard");

  beforeAll(async () => {
    t = await createTestDb(driver);
    await seedDemo(t.db);
    vi.resetModules();
    vi.doMock("@/db/client", async (orig) => ({ ...(await orig<typeof import("@/db/client")>()), getDb: async () => t.db }));
    access = await import("@/lib/auth/access");
    dashboard = await import("@/lib/data/dashboard");
  });
  afterAll(async () => {
    vi.doUnmock("@/db/client");
    await t?.drop();
  });

  async function userByEmail(email: string) {
    const [u] = await t.db.select().from(users).where(eq(users.email, email));
    return { id: u!.id, email: u!.email, name: u!.name, role: u!.role };
  }

  const [utrecht, tilburg, breda] = DEMO_SCANS;

  it("gives a deelnemer of Tilburg access to Tilburg and nothing of Utrecht", async () => {
    const u = await userByEmail("deelnemer.ict@tilburg.example");
    const own = await access.loadScanAccess(u, tilburg!.id);
    expect(own?.scan.gemeenteNaam).toBe("Tilburg");
    expect(access.can(own!, "analysetool.fill")).toBe(true);
    expect(access.can(own!, "scan.plan")).toBe(false);
    expect(access.can(own!, "scan.begeleid")).toBe(false);
    expect(await access.loadScanAccess(u, utrecht!.id)).toBeNull();
  });

  it("gives a procesregisseur planning rights but no answers", async () => {
    const u = await userByEmail("procesregisseur@utrecht.example");
    const own = await access.loadScanAccess(u, utrecht!.id);
    expect(access.can(own!, "scan.plan")).toBe(true);
    expect(access.can(own!, "voortgang.view")).toBe(true);
    expect(access.can(own!, "scan.begeleid")).toBe(false);
    expect(access.can(own!, "analysetool.fill")).toBe(false);
  });

  it("gives a begeleider only the scans assigned to them", async () => {
    const bram = await userByEmail(DEMO.begeleiders[1].email);
    expect(await access.loadScanAccess(bram, utrecht!.id)).toBeNull();
    const b = await access.loadScanAccess(bram, breda!.id);
    expect(access.can(b!, "scan.begeleid")).toBe(true);
    const list = await dashboard.loadDashboard(bram);
    expect(list.map((s) => s.gemeente).sort()).toEqual(["Breda", "Tilburg"]);
  });

  it("gives a deelnemer no dashboard at all", async () => {
    expect(await dashboard.loadDashboard(await userByEmail("deelnemer.ict@tilburg.example"))).toEqual([]);
  });

  it("gives an admin every scan", async () => {
    const admin = await userByEmail(DEMO.admin.email);
    for (const s of DEMO_SCANS) expect((await access.loadScanAccess(admin, s.id))?.roles.has("admin")).toBe(true);
    // With Deventer's first scan and its herhaalmeting (db/seed-herhaalmeting.ts).
    expect(await dashboard.loadDashboard(admin)).toHaveLength(DEMO_SCANS.length + 2);
  });

  it("answers a missing id, a malformed id and a foreign id alike", async () => {
    const u = await userByEmail("deelnemer.ict@tilburg.example");
    expect(await access.loadScanAccess(u, "00000000-0000-4000-8000-000000000000")).toBeNull();
    expect(await access.loadScanAccess(u, "'; drop table scans; --")).toBeNull();
    expect(await access.loadScanAccess(u, utrecht!.id)).toBeNull();
  });

  it("denies when the database lookup fails (fails closed)", async () => {
    const admin = await userByEmail(DEMO.admin.email);
    const broken = {
      select: () => {
        throw new Error("database weg");
      },
    };
    vi.resetModules();
    vi.doMock("@/db/client", async (orig) => ({ ...(await orig<typeof import("@/db/client")>()), getDb: async () => broken }));
    const fresh = await import("@/lib/auth/access");
    expect(await fresh.loadScanAccess(admin, tilburg!.id)).toBeNull();
    vi.doMock("@/db/client", async (orig) => ({ ...(await orig<typeof import("@/db/client")>()), getDb: async () => t.db }));
  });
});
