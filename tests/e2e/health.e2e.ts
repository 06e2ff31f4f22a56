/**
 * Issue 14.6: `/api/health` told anyone the database driver, its latency, the outbox counts
 * and the last tick. A load balancer needs only up or down; the details are for an admin and
 * for a caller with the cron secret.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DEMO } from "@/db/seed";
import { baseUrl, launchBrowser, sessionCookieFor } from "./helpers";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const DEMO_DEELNEMER = "o.ondermijning@utrecht.example";
const health = (headers: Record<string, string> = {}) => fetch(`${baseUrl()}/api/health`, { headers });

describe("/api/health", () => {
  it("tells an anonymous caller only that the app is up", async () => {
    const res = await health();
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok" });
  });

  it("ignores a wrong secret and a signed-in deelnemer", async () => {
    expect(await (await health({ authorization: "Bearer niet-het-geheim-0123456789" })).json()).toEqual({ status: "ok" });
    const cookie = await sessionCookieFor(browser, DEMO_DEELNEMER);
    expect(await (await health({ cookie })).json()).toEqual({ status: "ok" });
  });

  it("gives the details to a caller with the cron secret and to an admin", async () => {
    const viaSecret = (await (await health({ authorization: `Bearer ${inject("cronSecret")}` })).json()) as Record<string, unknown>;
    expect(viaSecret).toMatchObject({ status: "ok", database: { status: "ok" } });
    expect(viaSecret).toHaveProperty("outbox");
    const cookie = await sessionCookieFor(browser, DEMO.admin.email);
    const viaAdmin = (await (await health({ cookie })).json()) as Record<string, unknown>;
    expect(viaAdmin).toHaveProperty("outbox");
    expect(viaAdmin).toHaveProperty("lastTick");
  });
});
