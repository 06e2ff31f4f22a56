/**
 * Two `next start` instances on one PostgreSQL, as a hosting party would run them: a session
 * made on one works on the other, server actions work on both (shared encryption key), both
 * schedulers together send every due mail exactly once, and killing one mid-run loses nothing.
 */
import { randomBytes } from "node:crypto";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDb } from "@/db/client";
import { emailOutbox } from "@/db/schema";
import { DEMO } from "@/db/seed";
import { addAmsterdamDays } from "@/lib/jobs/schedule";
import { createBulkScans } from "../support/bulk-scans";
import { startFakeResend, type TFakeResend } from "../support/fake-resend";
import { postgresAvailable } from "../support/test-db";
import { launchBrowser, linksIn } from "./helpers";
import { startTwoInstances, type TAppServer } from "./server";

const hasPg = await postgresAvailable();

describe.skipIf(!hasPg)("two instances on one PostgreSQL", () => {
  let browser: Browser;
  let fake: TFakeResend;
  let twee: Awaited<ReturnType<typeof startTwoInstances>>;
  let a: TAppServer;
  let b: TAppServer;
  const MAILS = 60 * 8;

  beforeAll(async () => {
    browser = await launchBrowser();
    // A slow provider, so that killing an instance really happens in the middle of sending.
    fake = await startFakeResend(0, { delayMs: 15 });
    twee = await startTwoInstances({
      CRON_SECRET: randomBytes(24).toString("base64url"),
      RESEND_API_KEY: "re_test_twee",
      RESEND_BASE_URL: fake.url,
      SCHEDULER: "inline",
      SCHEDULER_INTERVAL_MS: "300",
      // A killed instance's claimed mails come back after this lease (production: 2 minutes).
      OUTBOX_LEASE_MS: "5000",
    });
    ({ a, b } = twee);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await twee?.stop();
    await fake?.close();
  });

  it("accepts a session made on A at B, and a server action on B signs out everywhere", async () => {
    const context = await browser.newContext({ locale: "nl-NL" });
    const page = await context.newPage();
    await page.goto(`${a.url}/inloggen`);
    await page.getByLabel("E-mailadres").fill(DEMO.admin.email);
    await page.getByRole("button", { name: "Stuur mij een inloglink" }).click();
    await page.waitForURL("**/controleer-je-mail");
    let link: string | undefined;
    await expect
      .poll(
        () =>
          (link = fake.mails
            .filter((m) => m.to.includes(DEMO.admin.email))
            .flatMap(linksIn)
            .find((l) => l.includes("bevestigen"))),
        { timeout: 20_000 },
      )
      .toBeDefined();
    await page.goto(link!);
    await page.getByRole("button", { name: "Inloggen" }).click();
    await page.waitForURL(`${a.url}/begeleider`);

    // Cookies do not depend on the port: the same browser now visits B.
    await page.goto(`${b.url}/begeleider`);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Alle scans");
    await page.getByRole("button", { name: "Uitloggen" }).click();
    await page.waitForURL(`${b.url}/?melding=uitgelogd`);
    await page.goto(`${a.url}/begeleider`);
    expect(new URL(page.url()).pathname).toBe("/inloggen");
    await context.close();
  });

  it("sends every due mail exactly once with both schedulers running, even when A is killed mid-run", async () => {
    const h = await openDb(twee.databaseUrl, { migrate: false, max: 1 });
    try {
      const before = fake.mails.length;
      // Invitations become due for 60 more scans: work for both schedulers at once.
      const created = await createBulkScans(h.db, {
        scans: 60,
        offset: 100,
        deelnemersPerScan: 8,
        stap: "analysetool",
        workshopAt: addAmsterdamDays(new Date(), 14),
        startedAt: addAmsterdamDays(new Date(), -1),
      });
      const bulk = new Set(created.scanIds);
      await expect.poll(() => fake.mails.length - before, { timeout: 30_000, interval: 20 }).toBeGreaterThan(20);
      a.process.kill("SIGKILL");
      expect(fake.mails.length - before).toBeLessThan(MAILS);
      // Done when every row is sent, the killed instance's claimed batch included.
      await expect
        .poll(
          async () => {
            const all = await h.db.select({ status: emailOutbox.status, scanId: emailOutbox.scanId }).from(emailOutbox);
            return all.every((r) => r.status === "sent") && all.filter((r) => r.scanId && bulk.has(r.scanId)).length === MAILS;
          },
          { timeout: 120_000, interval: 500 },
        )
        .toBe(true);
      const rows = await h.db.select().from(emailOutbox);
      expect(rows.filter((r) => r.status !== "sent")).toEqual([]);
      const delivered = new Map<string, number>();
      for (const m of fake.mails) delivered.set(m.idempotencyKey!, (delivered.get(m.idempotencyKey!) ?? 0) + 1);
      expect([...delivered.values()].every((n) => n === 1)).toBe(true);
      expect(rows.every((r) => delivered.has(r.idempotencyKey))).toBe(true);
    } finally {
      await h.close();
    }
  }, 180_000);
});
