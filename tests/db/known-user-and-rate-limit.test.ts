import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { users } from "@/db/schema";
import { DEMO, seedDemo } from "@/db/seed";
import { findSignInUser } from "@/lib/auth/known-user";
import { hitRateLimit, RATE_LIMITS } from "@/lib/rate-limit";
import { createTestDb, type TTestDb, testDrivers } from "../support/test-db";

const drivers = await testDrivers();

describe.each(drivers)("sign-in eligibility and rate limits on %s", (driver) => {
  let t: TTestDb;
  beforeAll(async () => {
    t = await createTestDb(driver);
    await seedDemo(t.db);
  });
  afterAll(async () => t?.drop());

  it("knows admins, begeleiders and scan members, and nobody else", async () => {
    expect(await findSignInUser(t.db, DEMO.admin.email)).not.toBeNull();
    expect(await findSignInUser(t.db, DEMO.begeleiders[0].email)).not.toBeNull();
    expect(await findSignInUser(t.db, "deelnemer.ict@tilburg.example")).not.toBeNull();
    expect(await findSignInUser(t.db, "onbekend@nergens.example")).toBeNull();
    await t.db.insert(users).values({ email: "zwerver@nergens.example", name: "Zonder scan", createdAt: new Date() });
    expect(await findSignInUser(t.db, "zwerver@nergens.example")).toBeNull();
  });

  it("refuses a deactivated user", async () => {
    await t.db.update(users).set({ active: false }).where(eq(users.email, "deelnemer.data@tilburg.example"));
    expect(await findSignInUser(t.db, "deelnemer.data@tilburg.example")).toBeNull();
  });

  it("allows the policy's number of hits per window, then refuses, then allows again in a new window", async () => {
    const { limit, windowSeconds } = RATE_LIMITS.loginPerEmail;
    const t0 = new Date("2026-12-01T10:00:00Z");
    const results = [];
    for (let i = 0; i <= limit; i++) results.push(await hitRateLimit(t.db, "loginPerEmail", "x", t0));
    expect(results).toEqual([...Array(limit).fill(true), false]);
    expect(await hitRateLimit(t.db, "loginPerEmail", "y", t0)).toBe(true);
    const later = new Date(t0.getTime() + (windowSeconds + 1) * 1000);
    expect(await hitRateLimit(t.db, "loginPerEmail", "x", later)).toBe(true);
  });
});
