/**
 * Browser protections on every response (security.md row 20), and proof that the strict
 * CSP does not break the app: no violations in the console and the page hydrates. Also
 * security.txt (row 25).
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, launchBrowser, newPage } from "./helpers";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("favicon (issue 19.5)", () => {
  it("is served, so no page asks for a missing /favicon.ico", async () => {
    const res = await fetch(`${baseUrl()}/favicon.ico`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("image/");
  });
});

describe("security headers", () => {
  it.each(["/", "/inloggen", "/api/health", "/bestaat-niet"])("sets them on %s", async (path) => {
    const res = await fetch(`${baseUrl()}${path}`, { redirect: "manual" });
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(csp).not.toContain("unsafe-inline' 'strict");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBe("same-origin");
    expect(res.headers.get("strict-transport-security")).toMatch(/max-age=31536000/);
    expect(res.headers.get("x-request-id")).toMatch(/^[A-Za-z0-9._-]{8,}$/);
  });

  it("publishes security.txt (RFC 9116) with a contact and an expiry in the future", async () => {
    const res = await fetch(`${baseUrl()}/.well-known/security.txt`, { redirect: "manual" });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/plain/);
    // The proxy runs here too: the file gets the same headers as every page.
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    const text = await res.text();
    expect(text).toMatch(/^Contact: mailto:[^\s@]+@[^\s@]+$/m);
    const expires = /^Expires: (\S+)$/m.exec(text)?.[1];
    expect(expires).toBeDefined();
    const at = new Date(expires!);
    expect(at.getTime()).toBeGreaterThan(Date.now());
    // RFC 9116 advises less than a year ahead; renew the file before it lapses.
    expect(at.getTime() - Date.now()).toBeLessThan(400 * 86_400_000);
    expect(text).toMatch(/^Preferred-Languages: nl, en$/m);
  });

  it("uses a fresh nonce per response", async () => {
    const a = (await fetch(`${baseUrl()}/`)).headers.get("content-security-policy");
    const b = (await fetch(`${baseUrl()}/`)).headers.get("content-security-policy");
    expect(a).not.toBe(b);
  });

  it("replaces a request id that could inject into logs", async () => {
    const res = await fetch(`${baseUrl()}/api/health`, { headers: { "x-request-id": 'abc def"}{"level":"fake' } });
    expect(res.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    const kept = await fetch(`${baseUrl()}/api/health`, { headers: { "x-request-id": "lb-7f3a9c21" } });
    expect(kept.headers.get("x-request-id")).toBe("lb-7f3a9c21");
  });

  it("runs the page's scripts under the policy without violations", async () => {
    const page = await newPage(browser);
    const violations: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    await page.goto("/inloggen");
    // The login form is a client component: after hydration React has attached to it.
    await expect.poll(() => page.evaluate(() => Object.keys(document.querySelector("form")!).some((k) => k.startsWith("__react")))).toBe(true);
    expect(violations).toEqual([]);
    await page.context().close();
  });
});
