/**
 * Sign-in and session threats from security.md (rows 6, 9, 11, 15, 16): link scanners, a
 * token raced by two clicks, session fixation, a copied cookie after logout, and cross-site
 * posts to a server action.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO } from "@/db/seed";
import { baseUrl, launchBrowser, loginAs, newPage, requestLoginLink } from "./helpers";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const sessionCookieOf = async (page: Page) => (await page.context().cookies()).find((c) => c.name.endsWith("authjs.session-token"))?.value;
const asCookie = (token: string) => ({ cookie: `authjs.session-token=${token}` });
const signedIn = async (token: string) => {
  const res = await fetch(`${baseUrl()}/begeleider`, { headers: asCookie(token), redirect: "manual" });
  return res.status === 200;
};

describe("sign-in security", () => {
  it("a GET, a HEAD and a page load of the mailed link do not spend the token", async () => {
    const page = await newPage(browser);
    const link = await requestLoginLink(page, "deelnemer.privacy@breda.example");
    for (const method of ["GET", "HEAD"]) {
      const res = await fetch(link, { method, redirect: "manual" });
      expect(res.status).toBe(200);
      expect(res.headers.get("set-cookie") ?? "").not.toContain("session-token");
    }
    await page.goto(link);
    expect(await sessionCookieOf(page)).toBeUndefined();
    await page.getByRole("button", { name: "Inloggen" }).click();
    await page.waitForURL((u) => u.pathname.startsWith("/scans/"));
    expect(await sessionCookieOf(page)).toBeDefined();
    await page.context().close();
  });

  it("spends a token once when two clicks race", async () => {
    const page = await newPage(browser);
    const link = new URL(await requestLoginLink(page, "deelnemer.ondermijning@breda.example"));
    await page.context().close();
    const form = new URLSearchParams({
      token: link.searchParams.get("token")!,
      email: link.searchParams.get("email")!,
      callbackUrl: "/na-inloggen",
    });
    const confirm = await fetch(`${baseUrl()}/api/inloggen/bevestigen`, {
      method: "POST",
      headers: { origin: baseUrl(), "content-type": "application/x-www-form-urlencoded" },
      body: form,
      redirect: "manual",
    });
    expect(confirm.status).toBe(303);
    const callback = new URL(confirm.headers.get("location")!, baseUrl()).toString();
    const results = await Promise.all([0, 1, 2].map(() => fetch(callback, { redirect: "manual" })));
    const withSession = results.filter(
      (r) => (r.headers.get("set-cookie") ?? "").includes("authjs.session-token=") && !(r.headers.get("set-cookie") ?? "").includes("authjs.session-token=;"),
    );
    expect(withSession).toHaveLength(1);
  });

  it("refuses a cross-site form post to the confirm endpoint", async () => {
    const res = await fetch(`${baseUrl()}/api/inloggen/bevestigen`, {
      method: "POST",
      headers: { origin: "https://evil.example", "content-type": "application/x-www-form-urlencoded" },
      body: `token=${"a".repeat(64)}&email=x%40y.example`,
      redirect: "manual",
    });
    expect(res.status).toBe(403);
  });

  it("gives a fresh session at every login, and a copied cookie is dead after logout", async () => {
    const page = await newPage(browser);
    await loginAs(page, DEMO.begeleiders[0].email);
    const first = (await sessionCookieOf(page))!;
    expect(await signedIn(first)).toBe(true);
    await page.getByRole("button", { name: "Uitloggen" }).click();
    await page.waitForURL((u) => u.pathname === "/");
    expect(await signedIn(first)).toBe(false);
    await loginAs(page, DEMO.begeleiders[0].email);
    const second = (await sessionCookieOf(page))!;
    expect(second).not.toBe(first);
    expect(await signedIn(second)).toBe(true);
    expect(await signedIn(first)).toBe(false);
    await page.context().close();
  });

  it("ignores a server action posted from another origin or with Origin: null", async () => {
    const page = await newPage(browser);
    await loginAs(page, DEMO.begeleiders[1].email);
    const token = (await sessionCookieOf(page))!;
    // The logout form is a plain server-action form: its action id is in the page.
    const html = await page.content();
    const actionField = /name="(\$ACTION_ID_[0-9a-f]+)"/.exec(html)?.[1];
    expect(actionField).toBeDefined();
    for (const origin of ["https://evil.example", "null"]) {
      const body = new FormData();
      body.append(actionField!, "");
      const res = await fetch(`${baseUrl()}/begeleider`, {
        method: "POST",
        headers: { ...asCookie(token), origin },
        body,
        redirect: "manual",
      });
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(await signedIn(token)).toBe(true);
    }
    // The same post from our own origin does sign out: the test above can fail.
    const body = new FormData();
    body.append(actionField!, "");
    await fetch(`${baseUrl()}/begeleider`, {
      method: "POST",
      headers: { ...asCookie(token), origin: baseUrl() },
      body,
      redirect: "manual",
    });
    expect(await signedIn(token)).toBe(false);
    await page.context().close();
  });
});
