/**
 * Stap 4 as the begeleider lives it: the dashboard shows what needs action, the results of
 * a scan with submitted tools show the radar and the points worth discussing, the workshop is
 * presented screen by screen with the keyboard, and the agreed levels move the scan on.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, DEMO_SCANS } from "@/db/seed";
import { MODEL_2026_1 } from "@/lib/analysetool";
import { expectNoAxeViolations, launchBrowser, loginAs, newPage } from "./helpers";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const eindhoven = DEMO_SCANS[3]!;
const deelnemers = eindhoven.members.filter((m) => m.rol).length;

describe("dashboard, results and workshop", () => {
  it("a begeleider works from the dashboard to an agreed profile", async () => {
    const page = await newPage(browser);
    await loginAs(page, DEMO.begeleiders[0].email);
    expect(new URL(page.url()).pathname).toBe("/begeleider");

    // Utrecht lacks an ICT deelnemer: the dashboard says so, and the filter finds it.
    const utrecht = page.locator("tbody tr", { hasText: "Utrecht" });
    expect(await utrecht.innerText()).toContain("Verplichte rol ontbreekt");
    await expectNoAxeViolations(page);
    await page.getByLabel("Waarschuwing").selectOption("rol_ontbreekt");
    await page.getByRole("button", { name: "Toepassen" }).click();
    await page.waitForURL(/waarschuwing=rol_ontbreekt/);
    const names = await page.locator("tbody th").allInnerTexts();
    expect(names).toContain("Utrecht");
    expect(names).not.toContain("Eindhoven");
    await page.goto("/begeleider");
    expect(await page.locator("tbody tr", { hasText: "Eindhoven" }).innerText()).toContain(`${deelnemers}/${deelnemers} ingediend`);

    // The results of Eindhoven: everybody submitted.
    await page.locator("tbody").getByRole("link", { name: "Eindhoven" }).click();
    await page.getByRole("link", { name: "Resultaten", exact: true }).first().click();
    await page.waitForURL(`**/scans/${eindhoven.id}/resultaten`);
    expect(await page.getByTestId("respons").innerText()).toContain(`${deelnemers} van ${deelnemers} deelnemers`);
    expect(await page.getByRole("img", { name: /Datavolwassenheidsprofiel/ }).count()).toBe(1);
    expect(await page.locator("[data-testid=gespreksonderwerpen] li").count()).toBeGreaterThan(0);
    expect(await page.locator("table", { hasText: "Score per dimensie" }).locator("tbody tr").count()).toBe(8);
    await expectNoAxeViolations(page);

    // The presentation: one dimension per screen, arrow keys to move on, no names.
    await page.goto(`/scans/${eindhoven.id}/workshop`);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Het datavolwassenheidsprofiel");
    await expectNoAxeViolations(page);
    await page.keyboard.press("ArrowRight");
    await page.waitForURL(/workshop\?d=1/);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(MODEL_2026_1.dimensies[0]!.naam);
    const text = await page.locator("main").innerText();
    for (const m of eindhoven.members) expect(text).not.toContain(m.name);

    // Record the agreed level for every dimension, then close the workshop.
    await page.goto(`/scans/${eindhoven.id}/workshop/vastleggen`);
    await expectNoAxeViolations(page);
    for (const d of MODEL_2026_1.dimensies) {
      const form = page.locator("form", { has: page.getByRole("heading", { name: d.naam, exact: true }) });
      await form.getByLabel("Vastgesteld niveau").selectOption("3");
      // Issue 19.4: the label does not call it optional; the hint says when it is required.
      expect(await form.locator("label", { hasText: "Motivering" }).innerText()).not.toContain("optioneel");
      await form.getByLabel("Motivering").fill("Besproken in de workshop; de groep kwam uit op niveau 3.");
      await form.getByLabel("Observaties").fill(`Observatie bij ${d.naam}.`);
      await form.getByRole("button", { name: `Opslaan: ${d.naam}` }).click();
      await expect.poll(() => form.getByText("✓ Opgeslagen").count()).toBe(1);
    }
    await page.getByRole("button", { name: "Workshop afronden en naar het concept" }).click();
    await page.waitForURL(`**/scans/${eindhoven.id}?melding=workshop-afgerond`);
    expect(await page.getByTestId("huidige-stap").innerText()).toBe("Stap 5: Concept eindrapport");
    await page.context().close();
  });

  it("a deelnemer gets none of this", async () => {
    const page = await newPage(browser);
    await loginAs(page, "deelnemer.ict@eindhoven.example");
    for (const path of ["resultaten", "workshop", "workshop/vastleggen", "audit"]) {
      const res = await page.goto(`/scans/${eindhoven.id}/${path}`);
      expect(res?.status(), path).toBe(404);
    }
    const res = await page.goto("/begeleider");
    expect(res?.status()).toBe(404);
    await page.context().close();
  });
});
