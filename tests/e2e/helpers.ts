import { existsSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { type Browser, chromium, type Page } from "playwright-core";
import { expect, inject } from "vitest";
import type { TFakeMail } from "../support/fake-resend";

const CHROMIUM = process.env.CHROMIUM_PATH || (existsSync("/usr/lib/chromium/chromium") ? "/usr/lib/chromium/chromium" : "/usr/bin/chromium");

export const baseUrl = () => inject("baseUrl");

/** Debian's Chromium, headless, with a fresh temporary profile and no background traffic. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** A table's body rows as arrays of cell texts (row header included). */
export async function tabelRijen(page: Page, naam: string | RegExp): Promise<string[][]> {
  return page
    .getByRole("table", { name: naam })
    .locator("tbody tr")
    .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("th, td")].map((c) => (c as HTMLElement).innerText.trim())));
}

/** `E2E_SCREENSHOTS=/tmp/shots` keeps a full-page picture of a screen, to look at by eye. */
export async function screenshot(page: Page, name: string) {
  const dir = process.env.E2E_SCREENSHOTS;
  if (dir) await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
}

/** A fresh browser context on the journeys' server, or on `baseURL` (a second instance). */
export async function newPage(browser: Browser, opts: { baseURL?: string; width?: number } = {}): Promise<Page> {
  const context = await browser.newContext({
    baseURL: opts.baseURL ?? baseUrl(),
    locale: "nl-NL",
    timezoneId: "Europe/Amsterdam",
    ...(opts.width ? { viewport: { width: opts.width, height: 740 } } : {}),
  });
  return context.newPage();
}

export async function mailsTo(email: string): Promise<TFakeMail[]> {
  const res = await fetch(`${inject("resendUrl")}/__mails?to=${encodeURIComponent(email)}`);
  return (await res.json()) as TFakeMail[];
}

/** Waits until a mail to `email` arrives at the fake Resend that `accept` likes. */
export async function waitForMail(email: string, accept: (m: TFakeMail) => boolean, timeoutMs = 20_000): Promise<TFakeMail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await mailsTo(email)).filter(accept).at(-1);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`Geen passende mail aan ${email} binnen ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** The links in a mail's HTML, decoded. */
export function linksIn(mail: TFakeMail): string[] {
  return [...mail.html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!.replaceAll("&amp;", "&"));
}

/**
 * Asks for a sign-in link through the login page and returns the link from the mail. With
 * `stay`, uses the login page the browser is already on (keeping its callbackUrl).
 */
export async function requestLoginLink(page: Page, email: string, opts: { stay?: boolean } = {}): Promise<string> {
  const before = new Set((await mailsTo(email)).map((m) => m.id));
  if (!opts.stay) await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByRole("button", { name: "Stuur mij een inloglink" }).click();
  await expect
    .poll(
      async () => {
        // count() does not wait; textContent() on a missing element would wait 30 s.
        const fout = (await page.locator("#email-fout").count()) ? await page.locator("#email-fout").textContent() : null;
        if (fout) throw new Error(`Inloglink voor ${email} geweigerd: ${fout}`);
        return page.getByRole("heading", { level: 1 }).textContent();
      },
      { timeout: 15_000 },
    )
    .toBe("Controleer je mail");
  const t1 = Date.now();
  const mail = await waitForMail(email, (m) => !before.has(m.id) && m.subject.includes("inloglink"));
  if (process.env.E2E_TIMING) console.log(`  mail for ${email} after ${Date.now() - t1} ms`);
  const link = linksIn(mail).find((l) => l.includes("/inloggen/bevestigen"));
  if (!link) throw new Error("Geen inloglink in de mail");
  return link;
}

/** The whole magic-link login as a person does it: request, open the mail's link, click the button. */
export async function loginAs(page: Page, email: string, opts: { stay?: boolean } = {}): Promise<void> {
  const t0 = Date.now();
  const link = await requestLoginLink(page, email, opts);
  if (process.env.E2E_TIMING) console.log(`login ${email}: link after ${Date.now() - t0} ms`);
  await page.goto(link);
  await page.getByRole("button", { name: "Inloggen" }).click();
  try {
    await page.waitForURL((u) => !u.pathname.startsWith("/inloggen") && !u.pathname.startsWith("/api/"), { timeout: 15_000 });
  } catch (err) {
    throw new Error(`Inloggen als ${email} bleef hangen op ${page.url()}: ${(await page.locator("main").innerText()).slice(0, 300)}`, {
      cause: err,
    });
  }
}

/** Signs in through the mailbox in a throwaway page and returns the session as a Cookie header, for fetch. */
export async function sessionCookieFor(browser: Browser, email: string): Promise<string> {
  const page = await newPage(browser);
  try {
    await loginAs(page, email);
    const c = (await page.context().cookies()).find((x) => x.name.endsWith("authjs.session-token"));
    if (!c) throw new Error(`Geen sessiecookie na inloggen als ${email}`);
    return `${c.name}=${c.value}`;
  } finally {
    await page.context().close();
  }
}

export async function logout(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Uitloggen" }).click();
  await page.waitForURL((u) => u.pathname === "/");
}

/** axe-core with the WCAG 2.1 A/AA rules: the page must have no violations. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join("; ")})`);
  expect(summary, `axe op ${page.url()}`).toEqual([]);
  expect(await structureProblems(page), `structuur van ${page.url()}`).toEqual([]);
}

/**
 * What axe missed (issue 19.3 and 19.5): on the planning page two forms used the ids optie1,
 * optie2, so the "Moment" labels pointed at the availability groups and two date fields had no
 * name; headings jumped from h1 to h3. Ids are unique per page, every label[for] points at a
 * control, every visible control has a label of its own (a <label>, aria-label or
 * aria-labelledby), and no heading skips a level. Runs wherever axe runs.
 */
export async function structureProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    let vorige = 0;
    for (const h of document.querySelectorAll<HTMLElement>("h1, h2, h3, h4, h5, h6")) {
      const niveau = Number(h.tagName[1]);
      if (vorige && niveau > vorige + 1) problems.push(`kop h${vorige} → h${niveau}: "${h.textContent?.trim().slice(0, 60)}"`);
      vorige = niveau;
    }
    const seen = new Map<string, number>();
    for (const el of document.querySelectorAll("[id]")) seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
    for (const [id, n] of seen) if (n > 1) problems.push(`id "${id}" ${n}×`);
    for (const label of document.querySelectorAll<HTMLLabelElement>("label[for]")) {
      const target = document.getElementById(label.htmlFor);
      if (!target || !["INPUT", "SELECT", "TEXTAREA", "BUTTON", "METER", "OUTPUT", "PROGRESS"].includes(target.tagName)) {
        problems.push(`label "${label.textContent?.trim()}" wijst naar ${target ? target.tagName.toLowerCase() : "niets"} (#${label.htmlFor})`);
      }
    }
    for (const el of document.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>("input, select, textarea")) {
      if (el instanceof HTMLInputElement && ["hidden", "submit", "button", "reset", "image"].includes(el.type)) continue;
      const named = (el.labels?.length ?? 0) > 0 || el.getAttribute("aria-label") || el.getAttribute("aria-labelledby");
      if (!named) problems.push(`${el.tagName.toLowerCase()}[name=${el.getAttribute("name")}] zonder label`);
    }
    return problems;
  });
}
