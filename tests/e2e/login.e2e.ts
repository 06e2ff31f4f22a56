/**
 * The walking skeleton's promise: every role signs in through the magic link from the mail,
 * lands on the page that fits, and can sign out; used links and foreign scans give nothing.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, DEMO_SCANS } from "@/db/seed";
import { expectNoAxeViolations, launchBrowser, loginAs, logout, mailsTo, newPage, requestLoginLink } from "./helpers";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const [utrecht, tilburg] = DEMO_SCANS;

describe("inloggen met een magic link", () => {
  it("the login page is Dutch and has no accessibility violations", async () => {
    const page = await newPage(browser);
    await page.goto("/inloggen");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Inloggen");
    expect(await page.locator("html").getAttribute("lang")).toBe("nl");
    await expect.poll(() => page.getByRole("link", { name: "Naar de inhoud" }).count()).toBe(1);
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  it("an admin lands on the dashboard with every scan, and can sign out", async () => {
    const page = await newPage(browser);
    await loginAs(page, DEMO.admin.email);
    expect(new URL(page.url()).pathname).toBe("/begeleider");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Alle scans");
    // The scans table (a finished scan adds the follow-up table below it).
    const scansTable = page.getByRole("table", { name: /^Scans met stap/ });
    const rows = scansTable.locator("tbody tr");
    // At least the three demo scans; other journeys on the same server may have added one.
    expect(await rows.count()).toBeGreaterThanOrEqual(3);
    const table = await scansTable.innerText();
    expect(table).toContain("Utrecht");
    expect(table).toContain("Stap 3: Analysetool invullen");
    await expectNoAxeViolations(page);
    await logout(page);
    expect(await page.getByRole("link", { name: "Inloggen" }).first().isVisible()).toBe(true);
    await page.goto("/begeleider");
    expect(new URL(page.url()).pathname).toBe("/inloggen");
    await page.context().close();
  });

  it("a begeleider sees only the scans assigned to them", async () => {
    const page = await newPage(browser);
    await loginAs(page, DEMO.begeleiders[1].email);
    expect(new URL(page.url()).pathname).toBe("/begeleider");
    const table = await page.getByRole("table", { name: /^Scans met stap/ }).innerText();
    expect(table).toContain("Tilburg");
    expect(table).toContain("Breda");
    expect(table).not.toContain("Utrecht");
    await page.goto(`/scans/${utrecht!.id}`);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Pagina niet gevonden");
    expect(await page.content()).not.toContain("Utrecht");
    await page.context().close();
  });

  it("a procesregisseur lands on their scan with the current step marked", async () => {
    const page = await newPage(browser);
    await loginAs(page, "procesregisseur@utrecht.example");
    expect(new URL(page.url()).pathname).toBe(`/scans/${utrecht!.id}`);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Gemeente Utrecht");
    const current = page.locator('li[aria-current="step"]');
    expect(await current.innerText()).toContain("Stap 2: Procesregisseur en deelnemers");
    expect(await current.innerText()).toContain("Huidige stap");
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  it("a deelnemer lands on their scan and gets 404 for another gemeente's scan", async () => {
    const page = await newPage(browser);
    await loginAs(page, "deelnemer.ict@tilburg.example");
    expect(new URL(page.url()).pathname).toBe(`/scans/${tilburg!.id}`);
    expect(await page.locator('li[aria-current="step"]').innerText()).toContain("Stap 3: Analysetool invullen");
    await expectNoAxeViolations(page);
    const res = await page.goto(`/scans/${utrecht!.id}`);
    expect(res?.status()).toBe(404);
    expect(await page.content()).not.toContain("Utrecht");
    const missing = await page.goto("/scans/00000000-0000-4000-8000-00000000dead");
    expect(missing?.status()).toBe(404);
    const garbage = await page.goto("/scans/niet-een-id");
    expect(garbage?.status()).toBe(404);
    await page.context().close();
  });

  it("a used link does not sign in a second time", async () => {
    const first = await newPage(browser);
    const link = await requestLoginLink(first, "deelnemer.privacy@tilburg.example");
    await first.goto(link);
    await first.getByRole("button", { name: "Inloggen" }).click();
    await first.waitForURL((u) => u.pathname.startsWith("/scans/"));
    await first.context().close();

    const second = await newPage(browser);
    await second.goto(link);
    await second.getByRole("button", { name: "Inloggen" }).click();
    await second.waitForURL((u) => u.pathname.startsWith("/inloggen/fout"));
    expect(await second.getByRole("heading", { level: 1 }).textContent()).toBe("Deze inloglink is niet meer geldig");
    await second.goto("/begeleider");
    expect(new URL(second.url()).pathname).toBe("/inloggen");
    await second.context().close();
  });

  it("opening the link without clicking does not sign in (mail scanners)", async () => {
    const page = await newPage(browser);
    const link = await requestLoginLink(page, "deelnemer.data@tilburg.example");
    await page.goto(link);
    const cookies = await page.context().cookies();
    expect(cookies.some((c) => c.name.includes("session-token"))).toBe(false);
    await page.getByRole("button", { name: "Inloggen" }).click();
    await page.waitForURL((u) => u.pathname.startsWith("/scans/"));
    await page.context().close();
  });

  it("an unknown address sees the same page and gets no mail", async () => {
    const page = await newPage(browser);
    await page.goto("/inloggen");
    await page.getByLabel("E-mailadres").fill("onbekend@nergens.example");
    await page.getByRole("button", { name: "Stuur mij een inloglink" }).click();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent(), { timeout: 15_000 }).toBe("Controleer je mail");
    await new Promise((r) => setTimeout(r, 1500));
    expect(await mailsTo("onbekend@nergens.example")).toEqual([]);
    await page.context().close();
  });

  it("a malformed address gets a Dutch error next to the field", async () => {
    const page = await newPage(browser);
    await page.goto("/inloggen");
    await page.getByLabel("E-mailadres").fill("a@b,c@d.nl");
    await page.getByRole("button", { name: "Stuur mij een inloglink" }).click();
    await expect.poll(() => page.locator("#email-fout").textContent()).toContain("Vul een geldig e-mailadres in");
    expect(await page.getByLabel("E-mailadres").inputValue()).toBe("a@b,c@d.nl");
    await page.context().close();
  });
});
