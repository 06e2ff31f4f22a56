/**
 * Stap 5–7 as the people do it, on the demo scan Breda: the begeleider closes the workshop,
 * writes the texts with a live preview and publishes the concept; a deelnemer opens the
 * mail's link, downloads the PDF and reacts; the begeleider answers, plans the digital
 * meeting and moves on; proposals and votes; the top 3 is fixed; the report is finalized and
 * the deelnemer downloads the definitief from the mail's link.
 */
import { readFileSync } from "node:fs";
import { eq, sql } from "drizzle-orm";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openDb } from "@/db/client";
import { scans } from "@/db/schema";
import { DEMO, DEMO_SCANS } from "@/db/seed";
import { MODEL_2026_1 } from "@/lib/analysetool";
import { amsterdamDay, toAmsterdamLocal } from "@/lib/dates";
import { fillAnswers } from "../support/answers";
import { readPdf } from "../support/pdf";
import { baseUrl, expectNoAxeViolations, launchBrowser, linksIn, loginAs, mailsTo, newPage, screenshot, waitForMail } from "./helpers";

const breda = DEMO_SCANS[2]!;
const scanId = breda.id;
const BEGELEIDER = DEMO.begeleiders[1].email;
const DEELNEMER = "deelnemer.ondermijning@breda.example";
const DAY = 86_400_000;

let browser: Browser;
let begeleider: Page;
let deelnemer: Page;

beforeAll(async () => {
  // Until the seed carries Breda's answers, put them in directly (the tool's own journey is elsewhere).
  const url = inject("databaseUrl");
  if (url) {
    const handle = await openDb(url, { max: 1 });
    await fillAnswers(handle.db, scanId);
    await handle.close();
  }
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function pdfFrom(page: Page, linkName: RegExp): Promise<{ text: string; filename: string }> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: linkName }).first().click()]);
  const file = await download.path();
  return { text: (await readPdf(readFileSync(file))).text, filename: download.suggestedFilename() };
}

const compact = (s: string) => s.replace(/\s+/g, "");

const shot = (page: Page, name: string) => screenshot(page, `rapport-${name}`);

describe("eindrapport: stap 5 tot en met 7", () => {
  it("the begeleider records the workshop and moves the scan to the concept", async () => {
    begeleider = await newPage(browser);
    await loginAs(begeleider, BEGELEIDER);
    await begeleider.goto(`/scans/${scanId}/workshop/vastleggen`);
    for (const d of MODEL_2026_1.dimensies) {
      const form = begeleider.locator("form", { has: begeleider.locator(`#${d.id}-niveau`) });
      await form.locator(`#${d.id}-niveau`).selectOption("3");
      await form.locator(`#${d.id}-motivering`).fill("Besproken in de workshop");
      await form.locator(`#${d.id}-verbeterpunten`).fill(`Kandidaat-verbeterpunt voor ${d.naam}`);
      await form.getByRole("button", { name: `Opslaan: ${d.naam}` }).click();
      await form.getByText("✓ Opgeslagen").waitFor();
    }
    await begeleider.getByRole("button", { name: "Workshop afronden en naar het concept" }).click();
    await begeleider.waitForURL(`**/scans/${scanId}?melding=workshop-afgerond`);
    expect(await begeleider.locator('li[aria-current="step"]').innerText()).toContain("Stap 5: Concept eindrapport");
  });

  it("writes the texts with a live preview and publishes concept version 1", async () => {
    await begeleider.getByRole("link", { name: "Concept schrijven en publiceren" }).click();
    await begeleider.waitForURL(`**/scans/${scanId}/rapport/schrijven`);
    const samenvatting = "Breda heeft een goede basis; naïeve aannames over € en data <b>blijven</b> een punt.";
    await begeleider.locator("#samenvatting").fill(samenvatting);
    const voorbeeld = begeleider.getByRole("region", { name: "Voorbeeld van het rapport" });
    await expect.poll(() => voorbeeld.innerText()).toContain(samenvatting);
    await begeleider.locator('[id="dimensie.data.verbeter"]').fill("De kwaliteit van de eigen registraties.");
    await begeleider.getByRole("button", { name: "Teksten opslaan" }).click();
    await begeleider.getByText("✓ De teksten zijn opgeslagen.").waitFor();
    await shot(begeleider, "1-schrijven");
    await expectNoAxeViolations(begeleider);
    await begeleider.getByRole("button", { name: "Concept versie 1 publiceren" }).click();
    await begeleider.waitForURL(`**/scans/${scanId}/rapport?melding=concept-gepubliceerd`, { timeout: 60_000 });
    expect(await begeleider.getByTestId("rapport-status").innerText()).toContain("CONCEPT · versie 1");
    // Typed markup is shown as text, never interpreted.
    expect(await begeleider.locator("#sectie-samenvatting").innerText()).toContain("<b>blijven</b>");
  });

  it("a deelnemer follows the mail's link, downloads the concept PDF and reacts to a section", async () => {
    const mail = await waitForMail(DEELNEMER, (m) => m.subject.startsWith("Concept eindrapport"));
    const link = linksIn(mail).find((l) => l.endsWith(`/scans/${scanId}/rapport`));
    expect(link).toBeDefined();
    deelnemer = await newPage(browser);
    await deelnemer.goto(link!);
    expect(new URL(deelnemer.url()).pathname).toBe("/inloggen");
    await loginAs(deelnemer, DEELNEMER, { stay: true });
    expect(new URL(deelnemer.url()).pathname).toBe(`/scans/${scanId}/rapport`);

    const pdf = await pdfFrom(deelnemer, /PDF downloaden/);
    expect(pdf.filename).toBe("eindrapport-breda-concept-v1.pdf");
    expect(pdf.text).toContain("Gemeente Breda");
    expect(compact(pdf.text)).toContain("CONCEPT");

    // Issue 19.8: a visible form at the top, not only 21 folded ones; refused without a section, the text stays.
    const reageren = deelnemer.locator("section", { has: deelnemer.getByRole("heading", { name: "Reageren op het concept" }) });
    await reageren.getByLabel("Jouw reactie", { exact: true }).fill("Het niveau van Data lijkt me te laag.");
    await reageren.getByRole("button", { name: "Reactie plaatsen" }).click();
    await expect.poll(() => deelnemer.locator("#reactie-sectie-fout").count()).toBe(1);
    expect(await reageren.getByLabel("Jouw reactie", { exact: true }).inputValue()).toBe("Het niveau van Data lijkt me te laag.");
    await reageren.getByLabel("Over welk onderdeel?").selectOption({ label: "Profiel" });
    await reageren.getByRole("button", { name: "Reactie plaatsen" }).click();
    await deelnemer.waitForURL(/melding=reactie-geplaatst/);
    const profiel = deelnemer.locator("#sectie-profiel");
    expect(await profiel.innerText()).toContain("Het niveau van Data lijkt me te laag.");
    expect(await profiel.innerText()).toContain("Nog niet behandeld");
    expect(await deelnemer.getByTestId("open-reacties-profiel").innerText()).toBe("1 reactie wacht op een antwoord van de begeleiders.");
    await shot(deelnemer, "2-concept");
    await expectNoAxeViolations(deelnemer);
  });

  it("the begeleider answers the reaction, plans the meeting and closes the review", async () => {
    await begeleider.goto(`/scans/${scanId}/rapport/feedback`);
    const reactie = begeleider.locator("li", { hasText: "Het niveau van Data lijkt me te laag." });
    expect(await reactie.innerText()).toContain(breda.members.find((m) => m.email === DEELNEMER)!.name);
    await reactie.getByLabel("Verwerkt in het rapport").check();
    await reactie.getByLabel("Antwoord aan de deelnemer").fill("Klopt, in het overleg aangepast.");
    await reactie.getByRole("button", { name: "Besluit opslaan" }).click();
    await begeleider.waitForURL(/melding=reactie-behandeld/);

    await begeleider.getByLabel("Datum en tijd").fill(`${toAmsterdamLocal(new Date(Date.now() + 3 * DAY)).slice(0, 11)}10:00`);
    await begeleider.getByLabel("Link naar het overleg").fill("https://vergaderen.example/dvs-breda");
    await begeleider.getByRole("button", { name: "Overleg plannen en iedereen uitnodigen" }).click();
    await begeleider.waitForURL(/melding=overleg-gepland/);
    expect(await begeleider.getByTestId("overleg-status").innerText()).toContain("Gepland op");
    const uitnodiging = await waitForMail(DEELNEMER, (m) => m.subject.startsWith("Digitaal overleg"));
    expect(uitnodiging.attachments.map((a) => a.filename)).toEqual(["digitaal-overleg.ics"]);
    expect(Buffer.from(uitnodiging.attachments[0]!.content, "base64").toString("utf8")).toContain("BEGIN:VEVENT");
    await shot(begeleider, "3-reacties");
    await expectNoAxeViolations(begeleider);

    await begeleider.getByRole("button", { name: "Naar stap 6: top 3 kiezen" }).click();
    await begeleider.getByText("is nog niet voorbij").waitFor();
    await begeleider.getByLabel("Het digitale overleg is gehouden").check();
    await begeleider.getByRole("button", { name: "Naar stap 6: top 3 kiezen" }).click();
    await begeleider.waitForURL(`**/scans/${scanId}/handelingsperspectieven?melding=stap-6`);
  });

  it("deelnemers and begeleider propose; the deelnemer spreads exactly three votes", async () => {
    const voorstel = async (page: Page, titel: string, dimensie: string) => {
      // From the page without ?melding=, so waiting for the notice waits for this proposal.
      await page.goto(`/scans/${scanId}/handelingsperspectieven`);
      await page.getByLabel("Titel").fill(titel);
      await page.getByLabel("Omschrijving").fill(`Wat we doen: ${titel.toLowerCase()}.`);
      await page.getByLabel("Welke dimensie verbetert dit?").selectOption({ label: dimensie });
      await page.getByRole("button", { name: "Voorstel toevoegen" }).click();
      await page.waitForURL(/melding=voorstel-toegevoegd/);
    };
    await deelnemer.goto(`/scans/${scanId}/handelingsperspectieven`);
    await voorstel(deelnemer, "Data-eigenaarschap beleggen", "Sturing, eigenaarschap en leiderschap");
    await voorstel(deelnemer, "Convenant RIEC actualiseren", "Samenwerking en informatiedeling");
    await voorstel(begeleider, "Analysecapaciteit delen", "Analysecapaciteit en benutting");
    await voorstel(begeleider, "DEDA toepassen", "Privacy, rechtmatigheid en ethiek");

    await deelnemer.reload();
    await deelnemer.getByLabel("Data-eigenaarschap beleggen").check();
    await deelnemer.getByLabel("Convenant RIEC actualiseren").check();
    await deelnemer.getByRole("button", { name: "Stemmen opslaan" }).click();
    await deelnemer.getByText("Kies precies 3 verschillende voorstellen").waitFor();
    // Issue 19.2: a refused vote keeps what was ticked.
    expect(await deelnemer.getByLabel("Data-eigenaarschap beleggen").isChecked()).toBe(true);
    expect(await deelnemer.getByLabel("Convenant RIEC actualiseren").isChecked()).toBe(true);
    expect(await deelnemer.getByLabel("DEDA toepassen").isChecked()).toBe(false);
    await deelnemer.getByLabel("Data-eigenaarschap beleggen").check();
    await deelnemer.getByLabel("Convenant RIEC actualiseren").check();
    await deelnemer.getByLabel("Analysecapaciteit delen").check();
    await deelnemer.getByRole("button", { name: "Stemmen opslaan" }).click();
    await deelnemer.waitForURL(/melding=gestemd/);
    expect(await deelnemer.getByText("jouw stem").count()).toBe(3);
    await shot(deelnemer, "4-stemmen");
    await expectNoAxeViolations(deelnemer);
  });

  it("the begeleider fixes the top 3 and finalizes; the scan page shows the action list", async () => {
    await begeleider.goto(`/scans/${scanId}/handelingsperspectieven`);
    expect(await begeleider.getByTestId("stemvoortgang").innerText()).toContain(`1 van de ${breda.members.length}`);
    const termijn = amsterdamDay(new Date(Date.now() + 60 * DAY));
    const eigenaren = ["Informatiemanager", "Coördinator ondermijning", "Teamleider I&A"];
    for (const r of [1, 2, 3]) {
      await begeleider.locator(`#eigenaar${r}`).fill(eigenaren[r - 1]!);
      await begeleider.locator(`#termijn${r}`).fill(termijn);
      await begeleider.locator(`#eersteStap${r}`).fill(`Eerste stap ${r}: overleg plannen`);
    }
    await begeleider.getByLabel("Beoogd niveau (niet verplicht)").first().selectOption("3");
    await begeleider.getByLabel("Waaraan zie je dat het gelukt is? (niet verplicht)").first().fill("Elke kernregistratie heeft een eigenaar");
    // Issue 19.2: refused for an empty term, the form keeps every choice (the level was reset before).
    await begeleider.locator("#termijn2").fill("");
    await begeleider.getByRole("button", { name: "Top 3 vastleggen" }).click();
    await expect.poll(() => begeleider.locator("#termijn2-fout").count()).toBe(1);
    expect(await begeleider.locator("#doelNiveau1").inputValue()).toBe("3");
    expect(await begeleider.locator("#eigenaar1").inputValue()).toBe(eigenaren[0]);
    expect(await begeleider.locator("#hp3").inputValue()).not.toBe("");
    await expectNoAxeViolations(begeleider);
    await begeleider.locator("#termijn2").fill(termijn);
    await begeleider.getByRole("button", { name: "Top 3 vastleggen" }).click();
    await begeleider.waitForURL(/melding=top3-vastgelegd/);
    const top3 = await begeleider.getByTestId("top3").innerText();
    expect(top3).toContain("1. Data-eigenaarschap beleggen");
    // Issue 14.2: once the top 3 is fixed the deelnemer can no longer vote or propose ...
    await deelnemer.goto(`/scans/${scanId}/handelingsperspectieven`);
    expect(await deelnemer.getByRole("heading", { name: "Stemmen" }).count()).toBe(0);
    expect(await deelnemer.getByRole("heading", { name: "Een handelingsperspectief voorstellen" }).count()).toBe(0);
    expect(await deelnemer.locator("main").innerText()).toContain("stemmen en nieuwe voorstellen kan niet meer");
    // ... until the begeleider opens voting again; then the top 3 is fixed once more.
    await begeleider.getByRole("button", { name: "Stemmen weer openen" }).click();
    await begeleider.waitForURL(/melding=stemmen-heropend/);
    expect(await begeleider.getByTestId("top3").count()).toBe(0);
    await deelnemer.reload();
    expect(await deelnemer.getByRole("heading", { name: "Stemmen" }).count()).toBe(1);
    await begeleider.getByRole("button", { name: "Top 3 vastleggen" }).click();
    await begeleider.waitForURL(/melding=top3-vastgelegd/);
    expect(await begeleider.getByTestId("top3").innerText()).toContain("1. Data-eigenaarschap beleggen");
    await shot(begeleider, "5-top3");
    await expectNoAxeViolations(begeleider);
    await begeleider.getByRole("button", { name: "Eindrapport vaststellen en versturen" }).click();
    await begeleider.waitForURL(`**/scans/${scanId}?melding=afgerond`, { timeout: 60_000 });
    const actielijst = await begeleider.getByTestId("actielijst").innerText();
    for (const titel of ["Data-eigenaarschap beleggen", "Convenant RIEC actualiseren", "Analysecapaciteit delen"]) expect(actielijst).toContain(titel);
    expect(actielijst).toContain("Hier zie je succes aan");
    expect(actielijst).toContain("Elke kernregistratie heeft een eigenaar");
    expect(await begeleider.locator('li[aria-current="step"]').innerText()).toContain("Stap 7");
    await shot(begeleider, "6-scan-afgerond");
    await expectNoAxeViolations(begeleider);
  });

  it("stap 7: the procesregisseur names a keeper, the keeper updates the item by keyboard, the begeleider reads along", async () => {
    const regisseur = await newPage(browser);
    await loginAs(regisseur, "procesregisseur@breda.example");
    await regisseur.goto(`/scans/${scanId}`);
    await regisseur.getByRole("link", { name: "Voortgang van de top 3" }).click();
    await regisseur.waitForURL(`**/scans/${scanId}/opvolging`);
    expect(await regisseur.getByTestId("status-1").innerText()).toBe("Niet gestart");
    await expectNoAxeViolations(regisseur);
    // A stopped item needs a reason: refused next to the field, nothing stored.
    await regisseur.locator("#punt-2-status-gestopt").check();
    await regisseur.getByRole("button", { name: "Voortgang opslaan" }).nth(1).click();
    await expect.poll(() => regisseur.locator("#punt-2-notitie-fout").count()).toBe(1);
    expect(await regisseur.locator("#punt-2-notitie-fout").innerText()).toContain("Leg in een notitie uit");
    expect(await regisseur.getByTestId("status-2").innerText()).toBe("Niet gestart");
    await regisseur.locator("#punt-1-memberId").selectOption({ label: "Bo Ondermijning" });
    await regisseur.getByRole("button", { name: "Eigenaar opslaan" }).first().click();
    await regisseur.waitForURL(/melding=eigenaar/);

    // The keeper, keyboard only: the choice with the space bar, the note typed, the button with Enter.
    await deelnemer.goto(`/scans/${scanId}/opvolging`);
    expect(await deelnemer.getByRole("button", { name: "Voortgang opslaan" }).count()).toBe(1);
    await deelnemer.locator("#punt-1-status-bezig").focus();
    await deelnemer.keyboard.press("Space");
    await deelnemer.locator("#punt-1-notitie").focus();
    await deelnemer.keyboard.type("Eigenaren voor vijf registraties gevonden.");
    await deelnemer.getByRole("button", { name: "Voortgang opslaan" }).focus();
    await deelnemer.keyboard.press("Enter");
    await deelnemer.waitForURL(/melding=opgeslagen/);
    expect(await deelnemer.getByTestId("status-1").innerText()).toBe("Bezig");
    expect(await deelnemer.locator("#punt-1").innerText()).toContain("Eigenaren voor vijf registraties gevonden.");
    await shot(deelnemer, "6b-opvolging");
    await expectNoAxeViolations(deelnemer);

    // The begeleider reads it, on the plan and on the scan's page, and cannot change it.
    await begeleider.goto(`/scans/${scanId}/opvolging`);
    expect(await begeleider.getByTestId("status-1").innerText()).toBe("Bezig");
    expect(await begeleider.getByRole("button", { name: "Voortgang opslaan" }).count()).toBe(0);
    await begeleider.goto(`/scans/${scanId}`);
    expect(await begeleider.getByTestId("actielijst").innerText()).toContain("Status: Bezig");
    // And on the dashboard's follow-up view, per item with the date of its last update.
    await begeleider.goto("/begeleider");
    const opvolging = await begeleider.getByRole("table", { name: /Top 3 van afgeronde scans/ }).innerText();
    expect(opvolging).toContain("1. Data-eigenaarschap beleggen");
    expect(opvolging).toMatch(/Bezig\s+\w+dag \d+ \w+ \d{4}/);
    expect(opvolging).toContain("2. Convenant RIEC actualiseren");
    await expectNoAxeViolations(begeleider);
    await regisseur.context().close();
  });

  // The check-in is due 3 months after the report: the report's date is moved back in the
  // server's database (PostgreSQL only; on PGlite the server holds the database alone).
  it.skipIf(!inject("databaseUrl"))("stap 7: the 3-month check-in mail leads the procesregisseur through sign-in to the update form", async () => {
    const handle = await openDb(inject("databaseUrl"), { max: 1 });
    await handle.db
      .update(scans)
      .set({ afgerondAt: sql`${scans.afgerondAt} - interval '100 days'` })
      .where(eq(scans.id, scanId));
    await handle.close();
    const tick = await fetch(`${baseUrl()}/api/cron/tick`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${inject("cronSecret")}` },
      body: "{}",
    });
    expect(tick.status).toBe(200);
    const PR = "procesregisseur@breda.example";
    const mail = await waitForMail(PR, (m) => m.subject.startsWith("Hoe staat het met de top 3 van Breda?"));
    expect(mail.subject).toContain("3 maanden");
    // Item 1 was updated today, so it is not asked about; 2 and 3 are.
    expect(mail.text).not.toContain("Data-eigenaarschap beleggen");
    expect(mail.text).toContain("Convenant RIEC actualiseren");
    // Its keeper updated it today: no check-in for them.
    expect((await mailsTo(DEELNEMER)).filter((m) => m.subject.startsWith("Hoe staat het"))).toEqual([]);

    const link = linksIn(mail).find((l) => l.includes(`/scans/${scanId}/opvolging`))!;
    const page = await newPage(browser);
    await page.goto(link);
    expect(new URL(page.url()).pathname).toBe("/inloggen");
    await loginAs(page, PR, { stay: true });
    expect(new URL(page.url()).pathname).toBe(`/scans/${scanId}/opvolging`);
    await page.locator("#punt-2-status-bezig").check();
    await page.getByRole("button", { name: "Voortgang opslaan" }).nth(1).click();
    await page.waitForURL(/melding=opgeslagen/);
    expect(await page.getByTestId("status-2").innerText()).toBe("Bezig");
    // A second tick sends no second check-in for the same moment.
    await fetch(`${baseUrl()}/api/cron/tick`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${inject("cronSecret")}` },
      body: "{}",
    });
    expect((await mailsTo(PR)).filter((m) => m.subject.startsWith("Hoe staat het"))).toHaveLength(1);
    await page.context().close();
  });

  it("herhaalmeting: the admin asks for it early and accepts it, the procesregisseur takes over a previous deelnemer, the begeleider compares", async () => {
    const admin = await newPage(browser);
    await loginAs(admin, DEMO.admin.email);
    await admin.goto(`/scans/${scanId}/opvolging`);
    await admin.getByRole("button", { name: "Herhaalmeting aanvragen" }).click();
    await admin.waitForURL(/melding=herhaalmeting/);
    await admin.goto("/beheer/aanmeldingen");
    await admin
      .getByRole("table", { name: /wachten op beoordeling/ })
      .getByRole("link", { name: /Breda/ })
      .click();
    await admin.waitForURL((u) => /^\/beheer\/aanmeldingen\/[0-9a-f-]{36}$/.test(u.pathname));
    const nieuw = new URL(admin.url()).pathname.split("/").pop()!;
    expect(await admin.locator("main").innerText()).toContain("Herhaalmeting van de scan met het eindrapport van");
    await admin.getByLabel("Bram de Vries").check();
    await admin.getByRole("button", { name: "Aanmelding goedkeuren en procesregisseur uitnodigen" }).click();
    await admin.waitForURL((u) => u.pathname === "/beheer/aanmeldingen");

    const pr = await newPage(browser);
    await loginAs(pr, "procesregisseur@breda.example");
    await pr.goto(`/scans/${nieuw}/deelnemers`);
    const vorige = pr.getByRole("group", { name: "Wie doet weer mee?" });
    expect(await vorige.getByRole("checkbox", { checked: true }).count()).toBe(breda.members.filter((m) => m.rol).length);
    // Only Karim comes back (the others' sign-in is checked elsewhere with one scan each).
    await vorige.getByLabel(/Bo Ondermijning/).uncheck();
    await vorige.getByLabel(/Fenna Privacy/).uncheck();
    await pr.getByRole("button", { name: "Gekozen deelnemers toevoegen" }).click();
    await pr.waitForURL(/melding=overgenomen/);
    const leden = await pr.getByRole("table", { name: /^Deelnemers met e-mailadres/ }).innerText();
    expect(leden).toContain("Karim ICT");
    expect(leden).toContain("CISO");
    expect(leden).not.toContain("Bo Ondermijning");
    expect(await pr.getByLabel(/Karim ICT.*doet al mee/).isDisabled()).toBe(true);
    expect(await pr.getByLabel(/Bo Ondermijning/).isDisabled()).toBe(false);
    await expectNoAxeViolations(pr);

    // The begeleider of the herhaalmeting sees it next to the scan before it.
    await begeleider.goto(`/scans/${nieuw}/resultaten`);
    // The radar draws the previous profile as its own series, named in the legend.
    expect(await begeleider.getByRole("list", { name: "Legenda" }).first().innerText()).toContain("Vorige scan");
    const tabel = await begeleider.getByRole("table", { name: "Score en vastgesteld niveau per dimensie, vorige scan en nu" }).innerText();
    for (const d of MODEL_2026_1.dimensies) expect(tabel).toContain(d.naam);
    // Agreed at 3 in the first scan's workshop; nothing agreed yet in the herhaalmeting.
    expect(tabel).toMatch(/\t3,0\t–\s*$/m);
    const top3 = await begeleider.getByRole("table", { name: /De top 3 van de vorige scan/ }).innerText();
    expect(top3).toContain("1. Data-eigenaarschap beleggen");
    expect(top3).toContain("Bezig");
    await expectNoAxeViolations(begeleider);
    await pr.context().close();
    await admin.context().close();
  });

  it("the deelnemer downloads the definitief report from the mail's link, and only when signed in", async () => {
    const mail = await waitForMail(DEELNEMER, (m) => m.subject === "Eindrapport datavolwassenheidsscan Breda");
    const link = linksIn(mail).find((l) => l.endsWith(`/scans/${scanId}/rapport`))!;
    const anoniem = await fetch(link, { redirect: "manual" });
    expect(anoniem.status).toBeGreaterThanOrEqual(300);
    expect(anoniem.status).toBeLessThan(400);

    const page = await newPage(browser);
    await page.goto(link);
    expect(new URL(page.url()).pathname).toBe("/inloggen");
    await loginAs(page, DEELNEMER, { stay: true });
    expect(new URL(page.url()).pathname).toBe(`/scans/${scanId}/rapport`);
    expect(await page.getByTestId("rapport-status").innerText()).toContain("Definitief · vastgesteld op");
    const href = await page.getByRole("link", { name: /PDF downloaden/ }).getAttribute("href");
    const zonderSessie = await fetch(`${baseUrl()}${href}`, { redirect: "manual" });
    expect(zonderSessie.status).toBe(303);
    expect(zonderSessie.headers.get("location")).toContain("/inloggen");

    const pdf = await pdfFrom(page, /PDF downloaden/);
    expect(pdf.filename).toBe("eindrapport-breda-definitief.pdf");
    expect(compact(pdf.text)).not.toContain("CONCEPT");
    for (const titel of ["Data-eigenaarschap beleggen", "Convenant RIEC actualiseren", "Analysecapaciteit delen", "Gemeente Breda", "Verwerkte reacties"]) {
      expect(pdf.text.replace(/\s+/g, " ")).toContain(titel);
    }
    await shot(page, "7-definitief");
    await expectNoAxeViolations(page);
    // Every member got the mail before the next journey starts (the worker must be idle).
    for (const m of breda.members) await waitForMail(m.email, (x) => x.subject === "Eindrapport datavolwassenheidsscan Breda");
    await page.context().close();
    await deelnemer.context().close();
    await begeleider.context().close();
  });
});
