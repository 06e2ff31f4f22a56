/**
 * Session limits (security.md rows 16–17): a session ends after 1 hour without activity or
 * 12 hours after signing in, and a deactivated user's session stops working at once. The
 * real getCurrentUser runs against the database; only the cookie jar is supplied.
 */

import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { sessions, users } from "@/db/schema";
import { DEMO, seedDemo } from "@/db/seed";
import { SESSION_ABSOLUTE_SECONDS, SESSION_IDLE_SECONDS } from "@/lib/auth/session-policy";
import { createTestDb, type TTestDb, testDrivers } from "../support/test-db";

const drivers = await testDrivers();

describe.each(drivers)("session limits on %s", (driver) => {
  let t: TTestDb;
  let token = "";
  let userId = "";
  beforeAll(async () => {
    t = await createTestDb(driver);
    await seedDemo(t.db);
    const [u] = await t.db.select().from(users).where(eq(users.email, DEMO.admin.email));
    userId = u!.id;
    vi.resetModules();
    vi.doMock("@/db/client", async (orig) => ({ ...(await orig<typeof import("@/db/client")>()), getDb: async () => t.db }));
    vi.doMock("next/headers", () => ({
      cookies: async () => ({ get: (name: string) => (name === "authjs.session-token" ? { value: token } : undefined) }),
    }));
  });
  afterAll(async () => {
    vi.doUnmock("@/db/client");
    vi.doUnmock("next/headers");
    await t?.drop();
  });

  async function currentUserWith(session: { createdAt: Date; lastSeenAt: Date; expires: Date }) {
    token = `t-${Math.random()}`;
    await t.db.insert(sessions).values({ sessionToken: token, userId, ...session });
    vi.resetModules();
    const { getCurrentUser } = await import("@/lib/auth/session");
    return getCurrentUser();
  }
  const ago = (s: number) => new Date(Date.now() - s * 1000);
  const later = (s: number) => new Date(Date.now() + s * 1000);

  it("accepts a fresh session", async () => {
    expect((await currentUserWith({ createdAt: ago(60), lastSeenAt: ago(60), expires: later(3600) }))?.email).toBe(DEMO.admin.email);
  });

  it("refuses a session idle for more than an hour", async () => {
    expect(await currentUserWith({ createdAt: ago(7200), lastSeenAt: ago(SESSION_IDLE_SECONDS + 5), expires: later(3600) })).toBeNull();
  });

  it("refuses a session past its absolute limit, however active", async () => {
    expect(await currentUserWith({ createdAt: ago(SESSION_ABSOLUTE_SECONDS + 5), lastSeenAt: ago(10), expires: ago(5) })).toBeNull();
  });

  it("refuses the session of a deactivated user", async () => {
    await t.db.update(users).set({ active: false }).where(eq(users.id, userId));
    expect(await currentUserWith({ createdAt: ago(60), lastSeenAt: ago(60), expires: later(3600) })).toBeNull();
    await t.db.update(users).set({ active: true }).where(eq(users.id, userId));
  });
});
