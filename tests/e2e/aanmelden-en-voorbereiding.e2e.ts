/**
 * Stap 1 and 2 as people do them: a gemeente registers on the public site, an admin accepts,
 * the procesregisseur signs in from the invitation mail, adds four deelnemers and proposes
 * dates, a deelnemer marks availability, the procesregisseur fixes a date less than three
 * weeks away (with the shortened-schedule confirmation) and starts the analysetool, after
 * which the invitations arrive at the (fake) Resend. axe checks every page on the way.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO } from "@/db/seed";
import { toAmsterdamLocal } from "@/lib/dates";
import { expectNoAxeViolations, launchBrowser, linksIn, loginAs, newPage, waitForMail } from "./helpers";

const DAY = 86_400_000;
const over = (days: number) => `${toAmsterdamLocal(new Date(Date.now() + days * DAY)).slice(0, 10)}T13:30`;

const CONTACT = { naam: "Anouk Jansen", functie: "Programmamanager veiligheid", email: "a.jansen@amersfoort.example" };
const DEELNEMERS = [
  { naam: "Otto Ondermijning", email: "o.ondermijning@amersfoort.example", functie: "Adviseur ondermijning", rol: "Ondermijning" },
  { naam: "Pien Privacy", email: "p.privacy@amersfoort.example", functie: "Privacy officer", rol: "Privacy" },
  { naam: "Iris ICT", email: "i.ict@amersfoort.example", functie: "Informatiemanager", rol: "ICT" },
  { naam: "Dirk Data", email: "d.data@amersfoort.example", functie: "Data-analist", rol: "Data-analyse" },
];

let browser: Browser;
let pr: Page;
let scanId = "";

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const h1 = (page: Page) => page.getByRole("heading", { level: 1 }).textContent();
const notice = (page: Page) => page.getByRole("status").filter({ hasText: /\S/ }).first().innerText();

describe("aanmelden en voorbereiding", () => {
  it("the start page explains the scan and leads to a registration form without violations", async () => {
    const page = await newPage(browser);
    await page.goto("/");
    expect(await h1(page)).toBe("Datavolwassenheidsscan voor gemeenten");
    const text = await page.locator("main").innerText();
    for (const s of ["Wie doen er mee?", "Hoe lang duurt het?", "Stap 7:", "zichtopondermijning@minbzk.nl"]) expect(text).toContain(s);
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: "Aanmelden" }).first().click();
    await page.waitForURL((u) => u.pathname === "/aanmelden");
    expect(await page.locator("datalist#gemeenten-lijst option").count()).toBeGreaterThan(300);
    await expectNoAxeViolations(page);

    await page.getByRole("button", { name: "Aanmelding versturen" }).click();
    await expect.poll(() => page.locator("#gemeente-fout").textContent()).toContain("Kies een gemeente uit de lijst");
    expect(await page.getByRole("alert").filter({ hasText: "Er is een probleem" }).innerText()).toContain("E-mailadres");
    await expectNoAxeViolations(page);

    await page.getByLabel("Gemeente").fill("Atlantis");
    await page.getByLabel("Naam").fill(CONTACT.naam);
    await page.getByLabel("Functie").fill(CONTACT.functie);
    await page.getByLabel("E-mailadres").fill(CONTACT.email);
    await page.getByRole("button", { name: "Aanmelding versturen" }).click();
    await expect.poll(() => page.locator("#gemeente-fout").textContent()).toContain("We kennen geen gemeente");
    expect(await page.getByLabel("Naam").inputValue()).toBe(CONTACT.naam);

    await page.getByLabel("Gemeente").fill("Amersfoort (GM0307)");
    await page.getByLabel("Voorkeursperiode voor de workshop").fill("Over twee weken");
    await page.getByRole("button", { name: "Aanmelding versturen" }).click();
    await page.waitForURL((u) => u.pathname === "/aanmelden/ontvangen");
    expect(await h1(page)).toBe("Bedankt voor je aanmelding");
    const mail = await waitForMail(CONTACT.email, (m) => m.subject.includes("Aanmelding ontvangen"));
    expect(mail.text).toContain("eindrapport");
    await page.context().close();
  });

  it("an admin accepts the registration with a begeleider", async () => {
    const page = await newPage(browser);
    await loginAs(page, DEMO.admin.email);
    await page.goto("/beheer");
    await page.getByRole("link", { name: "Aanmeldingen" }).click();
    await page.waitForURL((u) => u.pathname === "/beheer/aanmeldingen");
    await page.getByRole("link", { name: /Amersfoort/ }).click();
    await page.waitForURL((u) => /^\/beheer\/aanmeldingen\/[0-9a-f-]{36}$/.test(u.pathname));
    expect(await h1(page)).toBe("Aanmelding gemeente Amersfoort");
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Aanmelding goedkeuren en procesregisseur uitnodigen" }).click();
    await expect.poll(() => page.locator("#begeleiderIds-fout").textContent()).toContain("Kies minstens één begeleider");
    await page.getByLabel("Anna van Dijk").check();
    await page.getByRole("button", { name: "Aanmelding goedkeuren en procesregisseur uitnodigen" }).click();
    await page.waitForURL((u) => u.pathname === "/beheer/aanmeldingen");
    expect(await notice(page)).toContain("Aanmelding goedgekeurd");
    await page.context().close();
  });

  it("the procesregisseur signs in from the invitation and adds four deelnemers", async () => {
    const invitation = await waitForMail(CONTACT.email, (m) => m.subject.includes("procesregisseur"));
    const link = linksIn(invitation).find((l) => l.includes("/inloggen?callbackUrl="))!;
    expect(link).toMatch(/callbackUrl=\/scans\/[0-9a-f-]{36}$/);
    pr = await newPage(browser);
    await pr.goto(link);
    await pr.getByLabel("E-mailadres").fill(CONTACT.email);
    await pr.getByRole("button", { name: "Stuur mij een inloglink" }).click();
    const magic = await waitForMail(CONTACT.email, (m) => m.subject.includes("inloglink"));
    await pr.goto(linksIn(magic).find((l) => l.includes("/inloggen/bevestigen"))!);
    await pr.getByRole("button", { name: "Inloggen" }).click();
    await pr.waitForURL((u) => /^\/scans\/[0-9a-f-]{36}$/.test(u.pathname));
    scanId = new URL(pr.url()).pathname.split("/")[2]!;
    expect(await h1(pr)).toBe("Gemeente Amersfoort");
    const huidig = pr.locator('li[aria-current="step"]');
    expect(await huidig.innerText()).toContain("Stap 2: Procesregisseur en deelnemers");
    expect(await huidig.innerText()).toContain("Er is nog geen deelnemer vanuit ondermijning.");
    await expectNoAxeViolations(pr);

    await huidig.getByRole("link", { name: "Deelnemers aanwijzen" }).click();
    await pr.waitForURL((u) => u.pathname.endsWith("/deelnemers"));
    await expectNoAxeViolations(pr);
    for (const d of DEELNEMERS) {
      await pr.getByLabel("Naam").fill(d.naam);
      await pr.getByLabel("E-mailadres").fill(d.email);
      await pr.getByLabel("Functie").fill(d.functie);
      await pr.getByRole("radio", { name: d.rol, exact: true }).check();
      await pr.getByRole("button", { name: "Deelnemer toevoegen" }).click();
      await expect.poll(() => pr.getByRole("row", { name: new RegExp(d.naam) }).count()).toBe(1);
      expect(await notice(pr)).toContain("Deelnemer toegevoegd");
    }
    await pr.getByLabel("Naam").fill("Iris opnieuw");
    await pr.getByLabel("E-mailadres").fill(DEELNEMERS[2]!.email);
    await pr.getByLabel("Functie").fill("Informatiemanager");
    await pr.getByRole("radio", { name: "ICT", exact: true }).check();
    await pr.getByRole("button", { name: "Deelnemer toevoegen" }).click();
    await expect.poll(() => pr.locator("#email-fout").textContent()).toContain("staat al bij de deelnemers");
    await expectNoAxeViolations(pr);
    const welkom = await waitForMail(DEELNEMERS[0]!.email, (m) => m.subject.includes("Je doet mee"));
    expect(welkom.text).toContain("Geef aan wanneer je kunt");
  });

  it("the procesregisseur proposes two moments", async () => {
    await pr.goto(`/scans/${scanId}/planning`);
    await expectNoAxeViolations(pr);
    await pr.getByLabel("Moment 1").fill(over(12));
    await pr.getByLabel("Moment 2").fill(over(13));
    await pr.getByRole("button", { name: "Momenten voorstellen" }).click();
    await expect.poll(() => notice(pr)).toContain("Momenten voorgesteld");
    expect(await pr.getByRole("table").innerText()).toContain("Nog niet ingevuld");
    await expectNoAxeViolations(pr);
  });

  it("the begeleider sees both planning forms, every field with a label of its own (issue 19.3)", async () => {
    const page = await newPage(browser);
    await loginAs(page, DEMO.begeleiders[0].email);
    await page.goto(`/scans/${scanId}/planning`);
    // Both forms have fields named optie1…: the availability question and "Moment 3".
    await page.getByRole("heading", { name: "Wanneer kun jij?" }).waitFor();
    await page.getByLabel("Moment 3").focus();
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe("datetime-local");
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  it("a deelnemer signs in and marks availability", async () => {
    const page = await newPage(browser);
    await loginAs(page, DEELNEMERS[0]!.email);
    expect(new URL(page.url()).pathname).toBe(`/scans/${scanId}`);
    await page.getByRole("link", { name: "Geef aan wanneer je kunt" }).click();
    await page.waitForURL((u) => u.pathname.endsWith("/planning"));
    await expectNoAxeViolations(page);
    await page.getByRole("radio", { name: "Ik kan", exact: true }).first().check();
    await page.getByRole("radio", { name: "Ik kan niet", exact: true }).nth(1).check();
    await page.getByRole("button", { name: "Beschikbaarheid opslaan" }).click();
    await expect.poll(() => notice(page)).toContain("beschikbaarheid is opgeslagen");
    const rij = await page.getByRole("row", { name: /Otto Ondermijning/ }).innerText();
    expect(rij).toContain("Kan");
    expect(rij).toContain("Kan niet");
    await page.context().close();
  });

  it("the procesregisseur picks the date after confirming the shortened schedule", async () => {
    await pr.goto(`/scans/${scanId}/planning`);
    expect(await pr.getByRole("row", { name: /Totaal/ }).innerText()).toContain("1 van 6 kunnen");
    await pr.getByRole("group", { name: "Wanneer is de workshop?" }).getByRole("radio").first().check();
    await pr.getByLabel("Locatie of link").fill("Stadhuis Amersfoort, zaal 2.14");
    await pr.getByRole("button", { name: "Workshopdatum vastleggen" }).click();
    await expect.poll(() => pr.locator("#bevestigKort-fout").textContent()).toContain("minder dan drie weken");
    const blok = await pr.locator("#bevestigKort-blok").innerText();
    expect(blok).toContain("Deadline");
    expect(blok).toMatch(/Ongeveer [45] dagen/);
    await expectNoAxeViolations(pr);
    await pr.getByLabel("Ik kies deze datum toch, met het kortere schema hierboven.").check();
    await pr.getByRole("button", { name: "Workshopdatum vastleggen" }).click();
    await expect.poll(() => notice(pr)).toContain("Workshopdatum vastgelegd");
    expect(await pr.getByTestId("workshopdatum").textContent()).toContain("13:30");
    await expectNoAxeViolations(pr);

    const datum = await waitForMail(DEELNEMERS[1]!.email, (m) => m.subject.includes("workshop"));
    expect(datum.attachments.map((a) => a.filename)).toEqual(["workshop-datavolwassenheidsscan.ics"]);
    expect(Buffer.from(datum.attachments[0]!.content, "base64").toString("utf8")).toContain("BEGIN:VEVENT");
    await waitForMail(DEMO.begeleiders[0].email, (m) => m.subject.includes("workshop datavolwassenheidsscan Amersfoort"));
  });

  it("the procesregisseur starts stap 3 and the invitations go out at once", async () => {
    await pr.goto(`/scans/${scanId}`);
    const huidig = pr.locator('li[aria-current="step"]');
    expect(await huidig.innerText()).toContain("Alles staat klaar voor stap 3");
    expect(await pr.locator("main").innerText()).toContain("Schema van de analysetool");
    await huidig.getByRole("button", { name: "Analysetool starten" }).click();
    await pr.waitForURL((u) => u.searchParams.get("melding") === "analysetool-verstuurd");
    expect(await pr.getByTestId("huidige-stap").textContent()).toBe("Stap 3: Analysetool invullen");
    for (const d of DEELNEMERS) {
      const mail = await waitForMail(d.email, (m) => m.subject.includes("Vul de analysetool in"));
      expect(mail.text).toContain(`/scans/${scanId}/analysetool`);
    }
    await pr.context().close();
  });
});
