/**
 * The demo herhaalmeting (Deventer, db/seed-herhaalmeting.ts) as its begeleider meets it: the
 * results page and the workshop screens set it next to the scan of 13 months ago, the
 * previous definitief is one link away, and after the workshop the concept report carries the
 * comparison in the HTML twin and in the PDF.
 */
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO } from "@/db/seed";
import { DEMO_HERHAALMETING } from "@/db/seed-herhaalmeting";
import { MODEL_2026_1 } from "@/lib/analysetool";
import { readPdf } from "../support/pdf";
import { expectNoAxeViolations, launchBrowser, loginAs, newPage, tabelRijen as rijen, screenshot } from "./helpers";

const { nieuwId, vorigeId } = DEMO_HERHAALMETING;
const compact = (s: string) => s.replace(/\s+/g, "");

let browser: Browser;
let anna: Page;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await anna?.context().close();
  await browser?.close();
});

describe("herhaalmeting: the comparison with the scan before it", () => {
  it("the results page sets each dimension next to the first scan, with what became of its top 3", async () => {
    anna = await newPage(browser);
    await loginAs(anna, DEMO.begeleiders[0].email);
    await anna.goto(`/scans/${nieuwId}/resultaten`);
    expect(await anna.getByRole("list", { name: "Legenda" }).first().innerText()).toContain("Vorige scan");
    const tabel = await rijen(anna, "Score en vastgesteld niveau per dimensie, vorige scan en nu");
    expect(tabel.map((r) => r[0])).toEqual(MODEL_2026_1.dimensies.map((d) => d.naam));
    // The first time every deelnemer answered a level lower: every dimension went up.
    for (const [, toen, nu, verschil] of tabel) {
      expect(toen).toMatch(/^\d,\d$/);
      expect(nu).toMatch(/^\d,\d$/);
      expect(verschil).toMatch(/^\+\d,\d$/);
    }
    const top3 = await rijen(anna, /De top 3 van de vorige scan/);
    expect(top3.map((r) => [r[0], r[2]])).toEqual([
      ["1. Data-eigenaarschap beleggen", "Afgerond"],
      ["2. Informatiedeling met het RIEC vastleggen", "Bijgesteld"],
      ["3. Analysecapaciteit delen met de regio", "Gestopt"],
    ]);
    await screenshot(anna, "herhaalmeting-1-resultaten");
    await expectNoAxeViolations(anna);

    await anna.getByRole("link", { name: "vorige scan" }).click();
    await anna.waitForURL(`**/scans/${vorigeId}/rapport`);
    expect(await anna.getByTestId("rapport-status").innerText()).toContain("Definitief · vastgesteld op");
  });

  it("the workshop screens show both profiles and, per dimension, the score of then", async () => {
    await anna.goto(`/scans/${nieuwId}/workshop`);
    expect(await anna.getByRole("list", { name: "Legenda" }).first().innerText()).toContain("Vorige scan");
    await anna.goto(`/scans/${nieuwId}/workshop?d=3`);
    expect(await anna.getByRole("heading", { level: 1 }).innerText()).toBe(MODEL_2026_1.dimensies[2]!.naam);
    expect(await anna.getByTestId("workshop-vorige").innerText()).toMatch(/^Vorige scan: \d,\d, vastgesteld \d,\d · verschil \+\d,\d$/);
    expect(await anna.locator("main").innerText()).toContain("Uit de vorige top 3: Data-eigenaarschap beleggen (afgerond).");
    await screenshot(anna, "herhaalmeting-2-workshop");
    await expectNoAxeViolations(anna);
  });

  it("after the workshop the concept has the comparison, on the page and in the PDF", async () => {
    await anna.goto(`/scans/${nieuwId}/workshop/vastleggen`);
    for (const d of MODEL_2026_1.dimensies) {
      const form = anna.locator("form", { has: anna.locator(`#${d.id}-niveau`) });
      await form.locator(`#${d.id}-niveau`).selectOption("3");
      await form.locator(`#${d.id}-motivering`).fill("Besproken in de workshop");
      await form.getByRole("button", { name: `Opslaan: ${d.naam}` }).click();
      await form.getByText("✓ Opgeslagen").waitFor();
    }
    await anna.getByRole("button", { name: "Workshop afronden en naar het concept" }).click();
    await anna.waitForURL(`**/scans/${nieuwId}?melding=workshop-afgerond`);
    await anna.getByRole("link", { name: "Concept schrijven en publiceren" }).click();
    await anna.locator("#samenvatting").fill("Deventer groeide in elke dimensie sinds de vorige scan.");
    await anna.getByRole("button", { name: "Teksten opslaan" }).click();
    await anna.getByText("✓ De teksten zijn opgeslagen.").waitFor();
    const voorbeeld = anna.getByRole("region", { name: "Voorbeeld van het rapport" });
    await expect.poll(() => voorbeeld.innerText()).toContain("Vergelijking met de vorige scan");
    await expectNoAxeViolations(anna);
    await anna.getByRole("button", { name: "Concept versie 1 publiceren" }).click();
    await anna.waitForURL(`**/scans/${nieuwId}/rapport?melding=concept-gepubliceerd`, { timeout: 60_000 });

    const sectie = anna.locator("#sectie-vergelijking");
    expect(await sectie.getByRole("heading", { level: 2 }).innerText()).toBe("5. Vergelijking met de vorige scan");
    const tabel = await rijen(anna, "Score en vastgesteld niveau per dimensie, vorige scan en nu");
    expect(tabel).toHaveLength(MODEL_2026_1.dimensies.length);
    // Agreed at 3 now, in every dimension.
    for (const r of tabel) expect(r[5]).toBe("3,0");
    const top3 = await rijen(anna, /De top 3 van de vorige scan/);
    expect(top3).toHaveLength(3);
    await screenshot(anna, "herhaalmeting-3-concept");
    await expectNoAxeViolations(anna);

    const [download] = await Promise.all([
      anna.waitForEvent("download"),
      anna
        .getByRole("link", { name: /PDF downloaden/ })
        .first()
        .click(),
    ]);
    const pdf = await readPdf(readFileSync(await download.path()));
    const tekst = pdf.text.replace(/\s+/g, " ");
    expect(pdf.pages[1]!.text).toMatch(/^\s*5\s+Vergelijking met de vorige scan\s+\d+\s*$/m);
    expect(tekst).toContain("Dit is een herhaalmeting. De vorige scan van deze gemeente werd afgerond op");
    expect(tekst).toContain("Wat werd er van de vorige top 3?");
    // The same figures as the page, row by row (a long dimension name wraps, so figures are matched after it).
    for (const r of tabel) expect(compact(pdf.text)).toContain(compact(r.slice(1).join("")));
    for (const r of top3) expect(compact(pdf.text)).toContain(compact(r.slice(2).join("")));
  });
});
