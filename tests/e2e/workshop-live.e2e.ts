/**
 * The live workshop round (issue 18) on two `next start` instances sharing one PostgreSQL:
 * the begeleider presents on A, three deelnemers answer from phones (two on A, one on B); the
 * counter moves without a reload, the spread appears when revealed, a second round shows how it
 * moved, and the agreed level recorded from the result is the one the concept report shows.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DEMO, DEMO_SCANS } from "@/db/seed";
import { MODEL_2026_1 } from "@/lib/analysetool";
import { postgresAvailable } from "../support/test-db";
import { expectNoAxeViolations, launchBrowser, loginAs, newPage, screenshot } from "./helpers";
import { startTwoInstances, type TAppServer } from "./server";

const hasPg = await postgresAvailable();
const eindhoven = DEMO_SCANS[3]!;
const scanId = eindhoven.id;
const dim = MODEL_2026_1.dimensies[0]!;
// Everyone who may answer, the procesregisseur included.
const LEDEN = eindhoven.members.length;

describe.skipIf(!hasPg)("live workshop round on two instances", () => {
  let browser: Browser;
  let twee: Awaited<ReturnType<typeof startTwoInstances>>;
  let a: TAppServer;
  let b: TAppServer;
  let anna: Page;
  const telefoons: Page[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    twee = await startTwoInstances({
      RESEND_API_KEY: "re_test_live",
      RESEND_BASE_URL: inject("resendUrl"),
      SCHEDULER: "inline",
      SCHEDULER_INTERVAL_MS: "500",
      RATE_LIMIT_PER_IP_FACTOR: "50",
    });
    ({ a, b } = twee);
  }, 180_000);

  afterAll(async () => {
    for (const p of [anna, ...telefoons]) await p?.context().close();
    await browser?.close();
    await twee?.stop();
  });

  const stem = async (page: Page, label: RegExp, verwacht: RegExp) => {
    await page.getByLabel(label).check();
    await page.getByRole("button", { name: "Antwoord opslaan" }).click();
    await page.getByText(verwacht).waitFor();
  };
  const teller = () => anna.getByTestId("ronde-teller").innerText();

  it("the begeleider opens a round; phones on both instances answer; the counter moves without a reload", async () => {
    anna = await newPage(browser, { baseURL: a.url });
    await loginAs(anna, DEMO.begeleiders[0].email);
    await anna.goto(`/scans/${scanId}/workshop?d=1`);
    await anna.getByRole("button", { name: `Ronde openen over ${dim.naam}` }).click();
    await expect.poll(teller).toBe(`0 van ${LEDEN} deelnemers hebben geantwoord`);
    await anna.evaluate(() => {
      (window as unknown as { zelfdePagina: boolean }).zelfdePagina = true;
    });

    const wie = ["deelnemer.ondermijning@eindhoven.example", "deelnemer.privacy@eindhoven.example", "deelnemer.ict@eindhoven.example"];
    for (const [i, email] of wie.entries()) {
      const page = await newPage(browser, { baseURL: i === 2 ? b.url : a.url, width: 320 });
      await loginAs(page, email);
      await page.goto(`/scans/${scanId}/stemmen`);
      expect(await page.getByRole("group").locator("legend").innerText()).toBe(`Op welk niveau staat de gemeente voor ${dim.naam}?`);
      telefoons.push(page);
    }
    await expectNoAxeViolations(telefoons[0]!);
    await screenshot(telefoons[0]!, "live-1-telefoon");
    await stem(telefoons[0]!, /^2\. Herhaalbaar/, /Je antwoord is opgeslagen/);
    await stem(telefoons[1]!, /^3\. Vastgelegd/, /Je antwoord is opgeslagen/);
    await stem(telefoons[2]!, /^4\. Gestuurd/, /Je antwoord is opgeslagen/);
    // Changing one's mind replaces the answer: still three.
    await stem(telefoons[0]!, /^3\. Vastgelegd/, /Je antwoord is opgeslagen/);
    await expect.poll(teller, { timeout: 10_000 }).toBe(`3 van ${LEDEN} deelnemers hebben geantwoord`);
    expect(await anna.evaluate(() => (window as unknown as { zelfdePagina?: boolean }).zelfdePagina)).toBe(true);
    // Screen readers hear the same count, politely and at most every five seconds.
    const aangekondigd = anna.locator('[aria-live="polite"]', { hasText: "deelnemers hebben geantwoord" });
    await expect.poll(() => aangekondigd.innerText(), { timeout: 12_000 }).toBe(`3 van ${LEDEN} deelnemers hebben geantwoord`);
    // Before the reveal the room sees no spread.
    expect(await anna.getByTestId("ronde-1").count()).toBe(0);
  });

  it("reveal shows the spread next to the tools'; a second round shows how it moved", async () => {
    await anna.getByRole("button", { name: "Verdeling tonen" }).click();
    const ronde1 = anna.getByTestId("ronde-1");
    await ronde1.waitFor();
    expect(await ronde1.innerText()).toMatch(/Zaal, ronde 1 \(3 antwoorden\)[\s\S]*Niveau 3\s+2[\s\S]*Niveau 4\s+1[\s\S]*Mediaan: 3,0/);
    expect(await anna.locator("main").innerText()).toContain("Analysetool (alle antwoorden)");
    await anna.getByRole("button", { name: "Ronde sluiten" }).click();
    await anna.getByRole("button", { name: `Nieuwe ronde (2) over ${dim.naam}` }).click();
    // The phone follows the begeleider by itself: the new round's question appears.
    await expect.poll(() => telefoons[2]!.locator("main").innerText(), { timeout: 10_000 }).toContain(`Ronde 2 over ${dim.naam}`);
    for (const p of telefoons) await stem(p, /^4\. Gestuurd/, /Je antwoord is opgeslagen/);
    await expect.poll(teller, { timeout: 10_000 }).toBe(`3 van ${LEDEN} deelnemers hebben geantwoord`);
    await anna.getByRole("button", { name: "Verdeling tonen" }).click();
    await anna.getByTestId("ronde-2").waitFor();
    expect(await anna.getByTestId("ronde-2").innerText()).toContain("Mediaan: 4,0");
    expect(await anna.getByTestId("ronde-1").innerText()).toContain("Mediaan: 3,0");
    await anna.getByRole("button", { name: "Ronde sluiten" }).click();
    await anna.getByRole("heading", { name: `Vastgesteld niveau voor ${dim.naam}` }).waitFor();
    await screenshot(anna, "live-2-presentatie");
    await expectNoAxeViolations(anna);
    // A closed round takes no more answers.
    await telefoons[0]!.reload();
    expect(await telefoons[0]!.locator("main").innerText()).toContain("Er is nu geen ronde open.");
  });

  it("records the agreed level from the result, and the concept report shows it", async () => {
    const form = anna.locator("form", { has: anna.getByRole("heading", { name: `Vastgesteld niveau voor ${dim.naam}` }) });
    expect(await form.getByLabel("Vastgesteld niveau").inputValue()).toBe("4");
    await form.getByLabel("Motivering").fill("In de tweede ronde kwam de zaal uit op niveau 4.");
    await form.getByRole("button", { name: `Opslaan: Vastgesteld niveau voor ${dim.naam}` }).click();
    await form.getByText("✓ Opgeslagen").waitFor();

    await anna.goto(`/scans/${scanId}/workshop/vastleggen`);
    for (const d of MODEL_2026_1.dimensies.slice(1)) {
      const f = anna.locator("form", { has: anna.locator(`#${d.id}-niveau`) });
      await f.locator(`#${d.id}-niveau`).selectOption("3");
      await f.locator(`#${d.id}-motivering`).fill("Besproken in de workshop");
      await f.getByRole("button", { name: `Opslaan: ${d.naam}` }).click();
      await f.getByText("✓ Opgeslagen").waitFor();
    }
    await anna.getByRole("button", { name: "Workshop afronden en naar het concept" }).click();
    await anna.waitForURL(`**/scans/${scanId}?melding=workshop-afgerond`);
    await anna.getByRole("link", { name: "Concept schrijven en publiceren" }).click();
    await anna.locator("#samenvatting").fill("Eindhoven stelde in twee rondes het niveau vast.");
    await anna.getByRole("button", { name: "Teksten opslaan" }).click();
    await anna.getByText("✓ De teksten zijn opgeslagen.").waitFor();
    await anna.getByRole("button", { name: "Concept versie 1 publiceren" }).click();
    await anna.waitForURL(`**/scans/${scanId}/rapport?melding=concept-gepubliceerd`, { timeout: 60_000 });
    const profiel = await anna.getByRole("table", { name: /^Score per dimensie/ }).innerText();
    expect(profiel).toMatch(new RegExp(`${dim.naam}\\t[^\\t]+\\t4,0 \\(Gestuurd\\)`));
    // The rounds are in the report as counts, not who chose what.
    const rondes = await anna.getByRole("table", { name: "Antwoorden in de zaal per ronde" }).innerText();
    expect(rondes).toContain(`${dim.naam}\t1\t3\t0 – 0 – 2 – 1 – 0\t0`);
    expect(rondes).toContain(`${dim.naam}\t2\t3\t0 – 0 – 0 – 3 – 0\t0`);
    expect(rondes).not.toMatch(/Emre|Lotte|Sven/);
  });

  it("streams a scan's rounds to its own members and staff only", async () => {
    const anoniem = await fetch(`${a.url}/api/scans/${scanId}/workshop/live`, { redirect: "manual" });
    expect(anoniem.status).toBe(404);
    const vreemde = await newPage(browser, { baseURL: b.url });
    await loginAs(vreemde, "deelnemer.ondermijning@breda.example");
    const res = await vreemde.request.get(`/api/scans/${scanId}/workshop/live`);
    expect(res.status()).toBe(404);
    const eigen = await telefoons[0]!.evaluate(async (url) => {
      const r = await fetch(url);
      const reader = r.body!.getReader();
      const { value } = await reader.read();
      await reader.cancel();
      return { status: r.status, type: r.headers.get("content-type"), eerste: new TextDecoder().decode(value) };
    }, `/api/scans/${scanId}/workshop/live`);
    expect(eigen.status).toBe(200);
    expect(eigen.type).toContain("text/event-stream");
    expect(eigen.eerste).toMatch(/^event: stand\ndata: \{/);
    expect(eigen.eerste).not.toMatch(/eindhoven\.example|Emre|Lotte|Sven/);
    await vreemde.context().close();
  });
});
