/**
 * The benchmark as its three audiences meet it (issue 17), on the demo data: a deelnemer of
 * Deventer's finished scan reads the comparison with other gemeenten in the report and its
 * PDF; the admin reads /beheer/landelijk and downloads its CSV; anyone signed out sees
 * /cijfers with the national group and nothing per gemeente.
 */
import { readFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO } from "@/db/seed";
import { DEMO_HERHAALMETING } from "@/db/seed-herhaalmeting";
import { readPdf } from "../support/pdf";
import { baseUrl, expectNoAxeViolations, launchBrowser, loginAs, newPage, screenshot, tabelRijen } from "./helpers";

const compact = (s: string) => s.replace(/\s+/g, "");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("benchmark and national picture", () => {
  it("a deelnemer of a finished scan sees the gemeente against the country and its RIEC region, on the page and in the PDF", async () => {
    const page = await newPage(browser);
    await loginAs(page, "deelnemer.privacy@deventer.example");
    await page.goto(`/scans/${DEMO_HERHAALMETING.vorigeId}/rapport`);
    const sectie = page.locator("#sectie-benchmark");
    expect(await sectie.getByRole("heading", { level: 2 }).innerText()).toBe("5. Vergelijking met andere gemeenten");
    const tekst = await sectie.innerText();
    expect(tekst).toContain("22 gemeenten, elk met zijn meest recente scan");
    const nl = await tabelRijen(page, "Eigen niveau tegen Nederland, per dimensie");
    const oost = await tabelRijen(page, "Eigen niveau tegen RIEC Oost-Nederland, per dimensie");
    for (const t of [nl, oost]) {
      expect(t).toHaveLength(8);
      for (const r of t) expect(r[4]).toMatch(/(onder|in|boven) het middenveld/);
    }
    expect(await sectie.getByRole("list", { name: "Legenda" }).first().innerText()).toContain("Middenveld Nederland (p25–p75)");
    await screenshot(page, "benchmark-1-rapport");
    await expectNoAxeViolations(page);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page
        .getByRole("link", { name: /PDF downloaden/ })
        .first()
        .click(),
    ]);
    const pdf = await readPdf(readFileSync(await download.path()));
    expect(pdf.pages[1]!.text).toMatch(/^\s*5\s+Vergelijking met andere gemeenten\s+\d+\s*$/m);
    const pdfTekst = pdf.text.replace(/\s+/g, " ");
    expect(pdfTekst).toContain("22 gemeenten, elk met zijn meest recente scan");
    expect(pdfTekst).toContain("RIEC Oost-Nederland");
    // The figures of the page's table, row by row, after the dimension's name.
    for (const rij of [...nl, ...oost]) expect(compact(pdf.text)).toContain(compact(rij.slice(1, 4).join("")));
    await page.context().close();
  });

  it("the admin reads the national picture and downloads exactly its tables as CSV", async () => {
    const page = await newPage(browser);
    await loginAs(page, DEMO.admin.email);
    await page.goto("/beheer/landelijk");
    const main = await page.locator("main").innerText();
    for (const kop of [
      "Scans per stap en per RIEC-regio",
      "Doorlooptijden van afgeronde scans",
      "Respons en herinneringen",
      "Dimensies in de top 3 van afgeronde scans",
    ]) {
      expect(main).toContain(kop);
    }
    expect(main).toContain("Benchmark Nederland (22 gemeenten)");
    expect(main).toContain("Benchmark RIEC Oost-Nederland (11 gemeenten)");
    expect(main).toContain("Benchmark Nederland (22 gemeenten): berekende score per dimensie");
    const onderdrukt = await page.getByRole("table", { name: "Groepen die niet getoond worden" }).innerText();
    expect(onderdrukt).toContain("RIEC Amsterdam-Amstelland\tTe weinig gemeenten om te tonen.");
    await screenshot(page, "benchmark-2-landelijk");
    await expectNoAxeViolations(page);

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download deze tabellen als CSV" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^landelijk-beeld-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync(await download.path(), "utf8");
    expect(csv.startsWith("\uFEFFScans per stap en per RIEC-regio")).toBe(true);
    expect(csv).toContain("Benchmark Nederland (22 gemeenten): vastgesteld niveau per dimensie");
    expect(csv).toContain("RIEC Amsterdam-Amstelland;Te weinig gemeenten om te tonen.");
    expect(csv).not.toContain("Deventer");
    // What the page shows of the suppressed groups, the CSV shows: their names only.
    for (const regel of onderdrukt.split("\n").slice(1)) expect(csv).toContain(regel.replace("\t", ";"));
    const anoniem = await fetch(`${baseUrl()}/api/beheer/landelijk/csv`, { redirect: "manual" });
    expect(anoniem.status).toBe(404);

    // The regions the groups use are corrected in /beheer/gemeenten; a missing choice is refused next to its field.
    await page.goto("/beheer/gemeenten?zoek=Zwolle");
    const rij = page.getByRole("row", { name: /Zwolle/ });
    expect(await rij.innerText()).toContain("IJsselland");
    await rij.getByRole("link", { name: /^Regio wijzigen\s*: Zwolle$/ }).click();
    await page.getByRole("heading", { name: "Regio van Zwolle wijzigen" }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByLabel("Veiligheidsregio").selectOption("");
    await page.getByRole("button", { name: "Regio opslaan: Zwolle" }).click();
    expect(await page.locator("#veiligheidsregio-fout").innerText()).toContain("Kies een veiligheidsregio.");
    await page.getByLabel("Veiligheidsregio").selectOption("VR05");
    await page.getByRole("button", { name: "Regio opslaan: Zwolle" }).click();
    await page.waitForURL((u) => u.searchParams.get("melding") === "regio");
    expect(await page.getByRole("row", { name: /Zwolle/ }).innerText()).toContain("Twente");
    await page.context().close();
  });

  it("a begeleider sees the groups, not other gemeenten' scans", async () => {
    const page = await newPage(browser);
    await loginAs(page, DEMO.begeleiders[1].email);
    await page.goto("/begeleider");
    await page.getByRole("link", { name: /^Benchmark/ }).click();
    await page.waitForURL("**/begeleider/benchmark");
    const main = await page.locator("main").innerText();
    expect(main).toContain("Benchmark Nederland (22 gemeenten)");
    expect(main).not.toContain("Deventer");
    await expectNoAxeViolations(page);
    expect((await page.goto("/beheer/landelijk"))!.status()).toBe(404);
    await page.context().close();
  });

  it("signed out, /cijfers shows the national group and nothing per gemeente", async () => {
    const page = await newPage(browser);
    await page.goto("/");
    await page.getByRole("link", { name: "Landelijke cijfers" }).click();
    await page.waitForURL("**/cijfers");
    const main = await page.locator("main").innerText();
    expect(main).toContain("22 gemeenten hebben de datavolwassenheidsscan afgerond");
    expect(await page.getByRole("list", { name: "Legenda" }).innerText()).toContain("Mediaan Nederland");
    expect(await tabelRijen(page, /^Benchmark Nederland \(22 gemeenten\): vastgesteld/)).toHaveLength(8);
    expect(await tabelRijen(page, /^Benchmark Nederland \(22 gemeenten\): berekende score/)).toHaveLength(8);
    expect(main).not.toMatch(/RIEC|Provincie|Deventer|Aalten|Heerlen/);
    await screenshot(page, "benchmark-3-cijfers");
    await expectNoAxeViolations(page);
    await page.context().close();
  });
});
