/**
 * Issue 14.3: the per-network limits took the left-most X-Forwarded-For entry, which the
 * client writes itself. A probe rotating that entry got 8 of 8 registrations through (each a
 * mail to an address it chose). Now the address is the TCP peer unless TRUSTED_PROXY_HOPS says
 * a proxy of ours stands in front. This test runs its own server with the limits as written
 * (the shared e2e server multiplies them, because every journey signs in from 127.0.0.1).
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "./helpers";
import { createSeededDatabase, startAppServer, type TAppServer } from "./server";

let browser: Browser;
let server: TAppServer;
let dropDb: () => Promise<void>;

beforeAll(async () => {
  const db = await createSeededDatabase();
  dropDb = db.drop;
  server = await startAppServer({ ...db.env, SCHEDULER: "off" });
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await dropDb?.();
});

const GEMEENTEN = ["Apeldoorn", "Arnhem", "Almere", "Alkmaar", "Amstelveen", "Assen", "Bergen op Zoom", "Delft"];

async function register(gemeente: string, i: number): Promise<string> {
  // A new "client address" on every request, as the probe sent it.
  const context = await browser.newContext({
    baseURL: server.url,
    extraHTTPHeaders: { "x-forwarded-for": `198.51.100.${i + 1}`, "x-real-ip": `198.51.100.${i + 1}` },
  });
  try {
    const page = await context.newPage();
    await page.goto("/aanmelden");
    await page.getByLabel("Gemeente").fill(gemeente);
    await page.getByLabel("Naam").fill("Probe");
    await page.getByLabel("Functie").fill("Test");
    await page.getByLabel("E-mailadres").fill(`probe${i}@aanvaller.example`);
    await page.getByRole("button", { name: "Aanmelding versturen" }).click();
    await page.waitForLoadState("networkidle");
    return new URL(page.url()).pathname === "/aanmelden/ontvangen" ? "ontvangen" : await page.locator("main").innerText();
  } finally {
    await context.close();
  }
}

describe("the client's address for rate limits", () => {
  it("is the connection's, so a rotating X-Forwarded-For does not get past the per-network limit", async () => {
    const results: string[] = [];
    for (const [i, g] of GEMEENTEN.entries()) results.push(await register(g, i));
    // aanmeldenPerIp: five an hour from one network.
    expect(results.slice(0, 5)).toEqual(Array(5).fill("ontvangen"));
    for (const r of results.slice(5)) expect(r).toContain("te veel aanmeldingen");
  }, 120_000);
});
