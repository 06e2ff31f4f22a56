/**
 * WCAG 2.1 AA (security.md row 33) on the routes the journeys do not pass: beheer, the
 * list of one's scans, a scan's audit log, the statement, the sign-in side pages, the
 * aanmelding receipt and the 404 page. Read-only; one login per role.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, DEMO_SCANS } from "@/db/seed";
import { expectNoAxeViolations, launchBrowser, loginAs, newPage } from "./helpers";

const tilburg = DEMO_SCANS[1]!;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function check(page: Page, path: string, status: number, heading?: string) {
  const res = await page.goto(path);
  expect(res?.status(), path).toBe(status);
  expect(new URL(page.url()).pathname, "geen doorverwijzing").toBe(path.split("?")[0]);
  if (heading) expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(heading);
  else expect(await page.getByRole("heading", { level: 1 }).count()).toBe(1);
  await expectNoAxeViolations(page);
}

describe("accessibility of the remaining routes", () => {
  describe("without signing in", () => {
    let page: Page;
    beforeAll(async () => {
      page = await newPage(browser);
    });
    afterAll(async () => {
      await page.context().close();
    });

    it.each([
      ["/toegankelijkheid", 200, undefined],
      ["/inloggen/controleer-je-mail", 200, "Controleer je mail"],
      ["/inloggen/bevestigen", 200, "Deze inloglink werkt niet"],
      [`/inloggen/bevestigen?token=${"0".repeat(64)}&email=iemand%40gemeente.example`, 200, "Inloggen bevestigen"],
      ["/inloggen/fout?error=Verification", 200, "Deze inloglink is niet meer geldig"],
      ["/inloggen/fout", 200, "Inloggen is niet gelukt"],
      ["/aanmelden/ontvangen", 200, undefined],
      ["/bestaat-niet", 404, "Pagina niet gevonden"],
    ] as const)("%s", async (path, status, heading) => {
      await check(page, path, status, heading);
    });
  });

  describe("as the admin", () => {
    // One login for all admin routes, made in the first test (expect.poll needs a test).
    let page: Page | undefined;
    const admin = async () => {
      if (!page) {
        page = await newPage(browser);
        await loginAs(page, DEMO.admin.email);
      }
      return page;
    };
    afterAll(async () => {
      await page?.context().close();
    });

    it.each([
      "/beheer",
      "/beheer/aanmeldingen",
      "/beheer/audit",
      "/beheer/begeleiders",
      "/beheer/gemeenten",
      "/beheer/outbox",
      "/beheer/status",
      `/scans/${tilburg.id}/audit`,
    ])("%s", async (path) => {
      await check(await admin(), path, 200);
    });
  });

  describe("as a deelnemer", () => {
    it("/scans", async () => {
      const page = await newPage(browser);
      await loginAs(page, "p.privacy@utrecht.example");
      await check(page, "/scans", 200, "Mijn scans");
      expect(await page.getByRole("link", { name: "Utrecht" }).count()).toBe(1);
      await page.context().close();
    });
  });
});
