/**
 * Stap 3 end to end in Chromium against `next start`: a Tilburg deelnemer fills in the
 * analysetool (autosave, reload, every page, submit with confirmation) and cannot change an
 * answer afterwards; the procesregisseur sees "Ingediend" and no answers; a begeleider sees
 * the answers and downloads the CSV. Plus autosave retrying after a failed request, the
 * form without JavaScript, and axe on every tool page.
 *
 * Uses Daan Data (untouched in the seed) for the journey and Dewi Ondermijning (partly
 * answered, never submitted) on pages the seed leaves empty, so other specs are unaffected.
 */
import { readFileSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, DEMO_SCANS } from "@/db/seed";
import { baseUrl, expectNoAxeViolations, launchBrowser, loginAs, newPage } from "./helpers";

const [, tilburg, breda] = DEMO_SCANS.map((s) => s.id) as [string, string, string];
const TOOL = `/scans/${tilburg}/analysetool`;
const DAAN = "deelnemer.data@tilburg.example";
const TOELICHTING = "=1+1 staat in het ondermijningsbeeld";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const radio = (page: Page, vraagId: string, keuze: string) => page.locator(`[id="keuze:${vraagId}-${keuze}"]`);
const status = (page: Page, vraagId: string) => page.locator(`[id="keuze:${vraagId}"] [role=status]`);
const waitSaved = (page: Page, vraagId: string) => expect.poll(() => status(page, vraagId).textContent(), { timeout: 15_000 }).toMatch(/^Opgeslagen/);

/** Answers every question on the current tool page (level 3, or "weet ik niet" for ambitions) and waits until each is saved. */
async function answerPage(page: Page) {
  const ids = await page.locator('fieldset[id^="keuze:"]').evaluateAll((els) => els.map((e) => e.id.slice("keuze:".length)));
  for (const id of ids) await radio(page, id, id.endsWith(".ambitie") ? "weet_niet" : "3").check();
  for (const id of ids) await waitSaved(page, id);
  return ids;
}

describe("analysetool invullen (stap 3)", () => {
  let daan: Page;
  let memberPath: string;
  const UNKNOWN_MEMBER = "00000000-0000-4000-8000-000000000000";

  it("a deelnemer starts from the scan page, reads the intro and answers a dimension that saves itself", async () => {
    daan = await newPage(browser);
    await loginAs(daan, DAAN);
    await daan.goto(`/scans/${tilburg}`);
    await daan.getByRole("link", { name: "Analysetool invullen" }).click();
    await daan.waitForURL((u) => u.pathname === TOOL);
    const intro = await daan.locator("main").innerText();
    expect(intro).toContain("Jouw rol: Data-analyse");
    expect(intro).toContain("45 tot 60 minuten");
    expect(intro).toMatch(/Dien de analysetool in vóór \w+dag \d+ \w+ \d{4}, 13:30 \(over \d+ dagen\)/);
    expect(intro).toContain("De procesregisseur ziet alleen hoeveel vragen je hebt beantwoord");
    await expectNoAxeViolations(daan);

    await daan.getByRole("link", { name: "Beginnen" }).click();
    await daan.waitForURL((u) => u.pathname === `${TOOL}/opgave`);
    expect(await daan.getByRole("group").count()).toBe(6);
    // Each question is one radio group with the five descriptors in view, plus two choices of their own.
    const q1 = daan.getByRole("group", { name: /^1\.1 Onze gemeente heeft een actueel beeld/ });
    expect(await q1.getByRole("radio").count()).toBe(7);
    expect(await q1.getByText("Er is geen beeld; kennis zit bij enkele collega's").isVisible()).toBe(true);
    expect(await q1.getByRole("radio", { name: "Weet ik niet" }).count()).toBe(1);
    expect(await q1.getByRole("radio", { name: "Niet van toepassing" }).count()).toBe(1);
    expect(await q1.getByText("Belangrijk voor jouw rol").count()).toBe(1); // opgave.q1 is primary for data-analyse
    expect(
      await daan
        .getByRole("group", { name: /^1\.2 / })
        .getByText("Belangrijk voor jouw rol")
        .count(),
    ).toBe(0);
    await expectNoAxeViolations(daan);

    await radio(daan, "opgave.q1", "4").check();
    await daan.getByLabel("Toelichting").first().fill(TOELICHTING);
    await radio(daan, "opgave.q2", "weet_niet").check();
    await radio(daan, "opgave.q3", "nvt").check();
    await radio(daan, "opgave.q4", "2").check();
    await radio(daan, "opgave.q5", "5").check();
    await radio(daan, "opgave.ambitie", "4").check();
    for (const id of ["opgave.q1", "opgave.q2", "opgave.q3", "opgave.q4", "opgave.q5", "opgave.ambitie"]) await waitSaved(daan, id);
    expect(await daan.getByText("6 van 50 vragen beantwoord").count()).toBe(1);
    expect(await daan.getByRole("navigation", { name: "Onderdelen van de analysetool" }).innerText()).toContain("✓ Compleet");

    await daan.reload();
    expect(await radio(daan, "opgave.q1", "4").isChecked()).toBe(true);
    expect(await radio(daan, "opgave.q2", "weet_niet").isChecked()).toBe(true);
    expect(await radio(daan, "opgave.q3", "nvt").isChecked()).toBe(true);
    expect(await radio(daan, "opgave.ambitie", "4").isChecked()).toBe(true);
    expect(await daan.getByLabel("Toelichting").first().inputValue()).toBe(TOELICHTING);
    expect(await daan.getByText("6 van 50 vragen beantwoord").count()).toBe(1);
  });

  it("keeps other gemeenten's tools out of reach", async () => {
    for (const path of [`/scans/${breda}/analysetool`, `/scans/${breda}/analysetool/opgave`, `/scans/${breda}/voortgang`]) {
      await daan.goto(path);
      expect(await daan.getByRole("heading", { level: 1 }).textContent(), path).toBe("Pagina niet gevonden");
    }
    await daan.goto(`/scans/${tilburg}/voortgang`);
    expect(await daan.getByRole("heading", { level: 1 }).textContent()).toBe("Pagina niet gevonden");
  });

  it("answers the rest page by page, submits after a confirmation, and cannot change an answer afterwards", async () => {
    await daan.goto(`${TOOL}/opgave`);
    await daan.getByRole("button", { name: "Opslaan en verder" }).click();
    for (const dim of ["samenwerking", "governance", "juridisch", "cultuur", "data", "techniek", "analyse"]) {
      await daan.waitForURL((u) => u.pathname === `${TOOL}/${dim}`);
      await answerPage(daan);
      await daan.getByRole("button", { name: "Opslaan en verder" }).click();
    }
    await daan.waitForURL((u) => u.pathname === `${TOOL}/open-vragen`);
    await expectNoAxeViolations(daan);
    await daan.getByLabel(/Waarin is onze gemeente/).fill("Analisten die de vragen kennen.");
    await daan.getByLabel(/Wat belemmert ons/).fill("Tijd.");
    await daan.getByLabel(/Welke ene verbetering/).fill("Een datacatalogus.");
    await daan.getByRole("button", { name: "Opslaan en naar het overzicht" }).click();
    await daan.waitForURL((u) => u.pathname === `${TOOL}/overzicht`);
    expect(await daan.locator("main").innerText()).toContain("Je hebt alle vragen beantwoord.");
    expect(await daan.getByText("50 van 50 vragen beantwoord").count()).toBe(1);
    await expectNoAxeViolations(daan);

    // A second tab, still showing a page from before the submission.
    const tweede = await daan.context().newPage();
    await tweede.goto(`${TOOL}/data`);

    await daan.getByRole("link", { name: "Indienen", exact: true }).click();
    await daan.waitForURL((u) => u.pathname === `${TOOL}/indienen`);
    expect(await daan.getByRole("heading", { name: "Weet je het zeker?" }).count()).toBe(1);
    await expectNoAxeViolations(daan);
    await daan.getByRole("button", { name: "Ja, analysetool indienen" }).click();
    await daan.waitForURL((u) => u.pathname === `${TOOL}/mijn-antwoorden`);
    expect(await daan.getByRole("status").first().innerText()).toContain("Je analysetool is ingediend.");
    expect(await daan.getByTestId("status").innerText()).toMatch(/^Ingediend op /);
    expect(await daan.locator("main").innerText()).toContain(TOELICHTING);
    expect(await daan.getByRole("button", { name: "Afdrukken" }).count()).toBe(1);
    await expectNoAxeViolations(daan);

    // The stale tab's change is refused, says so, and nothing changes.
    await radio(tweede, "data.q1", "5").check();
    await expect.poll(() => status(tweede, "data.q1").textContent(), { timeout: 15_000 }).toContain("Je hebt je analysetool al ingediend");
    await tweede.reload();
    expect(await tweede.getByRole("radio").count()).toBe(0);
    expect(await tweede.locator("main").innerText()).toContain("Niveau 3: Vastgelegd");
    await tweede.close();

    await daan.goto(`${TOOL}/opgave`);
    expect(await daan.getByRole("radio").count()).toBe(0);
    expect(await daan.getByRole("button", { name: /Opslaan/ }).count()).toBe(0);
    expect(await daan.locator("main").innerText()).toContain("Niveau 4: Gestuurd");
    await expectNoAxeViolations(daan);
    await daan.context().close();
  });

  it("the procesregisseur sees 'Ingediend' and counts per deelnemer, never the answers", async () => {
    const tom = await newPage(browser);
    await loginAs(tom, "procesregisseur@tilburg.example");
    await tom.goto(`/scans/${tilburg}`);
    await tom.getByRole("link", { name: "Voortgang van de deelnemers bekijken" }).click();
    await tom.waitForURL((u) => u.pathname === `/scans/${tilburg}/voortgang`);
    const row = tom.getByRole("row", { name: /Daan Data/ });
    expect(await row.innerText()).toMatch(/50 van 50\s+Ingediend op /);
    const main = await tom.locator("main").innerText();
    expect(main).not.toContain(TOELICHTING);
    expect(main).not.toContain("Bekijk antwoorden");
    expect(main).not.toContain("downloaden");
    await expectNoAxeViolations(tom);
    memberPath = await memberPathOf("Daan Data");
    await tom.goto(memberPath);
    expect(await tom.getByRole("heading", { level: 1 }).textContent()).toBe("Pagina niet gevonden");
    const csv = await tom.request.get(`/api/scans/${tilburg}/antwoorden`);
    expect(csv.status()).toBe(404);
    await tom.context().close();
  });

  it("a begeleider reads the submitted tool in full and downloads every answer as CSV", async () => {
    const anna = await newPage(browser);
    await loginAs(anna, DEMO.begeleiders[0].email);
    await anna.goto(`/scans/${tilburg}/voortgang`);
    await expectNoAxeViolations(anna);
    await anna.getByRole("link", { name: "Bekijk antwoorden van Daan Data" }).click();
    await anna.waitForURL((u) => u.pathname.startsWith(`/scans/${tilburg}/antwoorden/`));
    // Without PostgreSQL beside the server the member id is unknown to the test (see memberPathOf).
    if (!memberPath.endsWith(UNKNOWN_MEMBER)) expect(new URL(anna.url()).pathname).toBe(memberPath);
    const main = await anna.locator("main").innerText();
    expect(main).toContain("Antwoorden van Daan Data");
    expect(main).toContain(TOELICHTING);
    expect(main).toContain("Een datacatalogus.");
    await expectNoAxeViolations(anna);

    await anna.goto(`/scans/${tilburg}/voortgang`);
    const [download] = await Promise.all([anna.waitForEvent("download"), anna.getByRole("link", { name: "Antwoorden downloaden (CSV)" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^antwoorden-tilburg-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf8").slice(1);
    const lines = text.trimEnd().split("\r\n");
    expect(lines[0]!.split(";").slice(0, 6)).toEqual(["deelnemer", "rol", "ingediend_op", "te_laat", "dimensie", "vraag_id"]);
    // Every submitted tool (at least the seed's Pim Privacy and Daan Data) with all 50 questions.
    const deelnemers = new Set(lines.slice(1).map((l) => l.split(";")[0]));
    expect(deelnemers.size).toBeGreaterThanOrEqual(2);
    expect(lines).toHaveLength(1 + 50 * deelnemers.size);
    const q1 = lines.find((l) => l.includes(";Data-analyse;") && l.includes(";opgave.q1;"))!;
    expect(q1).toContain(`;4;Gestuurd;;'${TOELICHTING};;`);
    expect(text).not.toContain("Daan");
    await anna.context().close();
  });

  async function memberPathOf(naam: string): Promise<string> {
    // The begeleider's link is the only way to the member page; read its id from the database instead of the UI.
    const { default: postgres } = await import("postgres");
    const { inject } = await import("vitest");
    const url = inject("databaseUrl");
    // On PGlite the server holds the database alone: a well-formed id of nobody, which the
    // procesregisseur must not open either.
    if (!url) return `/scans/${tilburg}/antwoorden/${UNKNOWN_MEMBER}`;
    const sql = postgres(url, { max: 1, onnotice: () => {} });
    try {
      const [row] = await sql`select m.id from scan_members m join users u on u.id = m.user_id where m.scan_id = ${tilburg} and u.name = ${naam}`;
      return `/scans/${tilburg}/antwoorden/${row!.id}`;
    } finally {
      await sql.end();
    }
  }
});

describe("autosave and the form without JavaScript", () => {
  let ctx: BrowserContext | undefined;
  // Signed in once (inside a test: the login helper polls) and shared by both tests.
  async function ingelogd(): Promise<BrowserContext> {
    if (!ctx) {
      const page = await newPage(browser);
      await loginAs(page, "deelnemer.ondermijning@tilburg.example");
      ctx = page.context();
    }
    return ctx;
  }
  afterAll(async () => ctx?.close());

  it("retries a save that failed, says so meanwhile, and stores it once the connection is back", async () => {
    const page = await (await ingelogd()).newPage();
    await page.goto(`${TOOL}/cultuur`);
    let afgebroken = 0;
    await page.route("**/*", async (route) => {
      const req = route.request();
      if (req.method() === "POST" && req.headers()["next-action"] && afgebroken < 2) {
        afgebroken++;
        return route.abort("connectionreset");
      }
      return route.continue();
    });
    await radio(page, "cultuur.q1", "2").check();
    await expect.poll(() => status(page, "cultuur.q1").textContent(), { timeout: 10_000 }).toContain("Niet opgeslagen — we proberen het opnieuw");
    await waitSaved(page, "cultuur.q1");
    expect(afgebroken).toBe(2);
    await page.unroute("**/*");
    await page.reload();
    expect(await radio(page, "cultuur.q1", "2").isChecked()).toBe(true);
    await page.close();
  });

  it("without JavaScript, 'Opslaan en verder' posts the page's answers", async () => {
    const noJs = await browser.newContext({
      baseURL: baseUrl(),
      locale: "nl-NL",
      timezoneId: "Europe/Amsterdam",
      javaScriptEnabled: false,
    });
    await noJs.addCookies(await (await ingelogd()).cookies());
    const page = await noJs.newPage();
    await page.goto(`${TOOL}/juridisch`);
    await radio(page, "juridisch.q1", "3").check();
    await radio(page, "juridisch.q2", "nvt").check();
    await page.getByLabel("Toelichting").nth(1).fill("Zonder JavaScript\nopgeslagen.");
    await radio(page, "juridisch.ambitie", "5").check();
    await page.getByRole("button", { name: "Opslaan en verder" }).click();
    await page.waitForURL((u) => u.pathname === `${TOOL}/cultuur`);
    expect(await page.getByText("Je antwoorden zijn opgeslagen.").count()).toBe(1);
    await page.goto(`${TOOL}/juridisch`);
    expect(await radio(page, "juridisch.q1", "3").isChecked()).toBe(true);
    expect(await radio(page, "juridisch.q2", "nvt").isChecked()).toBe(true);
    expect(await radio(page, "juridisch.ambitie", "5").isChecked()).toBe(true);
    expect(await page.getByLabel("Toelichting").nth(1).inputValue()).toBe("Zonder JavaScript\nopgeslagen.");
    await noJs.close();
  });
});
