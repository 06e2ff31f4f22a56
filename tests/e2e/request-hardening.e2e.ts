/**
 * Requests a browser would never send, or an attacker's site would (security.md rows 5, 7,
 * 8, 18, 19, 21 and 22): the CVE-2025-29927 header, cross-site `text/plain` posts to every
 * route handler, an expired sign-in link, the real session cookie's flags, oversized
 * server-action bodies, hostile filter values, and a name full of markup. Each check compares a content hash of the tables before and after.
 * Adds one rapport row to Tilburg and removes it again.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DEMO_SCANS } from "@/db/seed";
import { tableHashes } from "./db-state";
import { baseUrl, launchBrowser, loginAs, newPage, requestLoginLink, sessionCookieFor } from "./helpers";

const tilburg = DEMO_SCANS[1]!;
const APP = path.join(process.cwd(), "app");
const EVIL = "https://evil.example";

let sql: postgres.Sql;
let browser: Browser;
let rapportId: string;

const fingerprint = () => tableHashes(sql);

const signedIn = async (cookie: string) => (await fetch(`${baseUrl()}/scans/${tilburg.id}`, { headers: { cookie }, redirect: "manual" })).status === 200;

/**
 * These checks read and write the server's database beside it, which the embedded PGlite
 * (one process) does not allow; they run wherever PostgreSQL answers, as in CI.
 */
const withPostgres = !!inject("databaseUrl");

beforeAll(async () => {
  const url = inject("databaseUrl");
  if (!url) return;
  sql = postgres(url, { max: 1, onnotice: () => {} });
  const pdf = Buffer.from("%PDF-1.4\n% request-hardening test\n%%EOF\n");
  const [row] = await sql`
    insert into rapporten (scan_id, soort, versie, snapshot, pdf, sha256, created_at)
    values (${tilburg.id}, 'concept', 991, ${sql.json({ test: true })}, ${pdf}, ${"0".repeat(64)}, ${new Date()})
    returning id`;
  rapportId = row!.id as string;
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  if (sql) {
    if (rapportId) await sql`delete from rapporten where id = ${rapportId}`;
    await sql.end();
  }
});

describe.skipIf(!withPostgres)("row 5: the x-middleware-subrequest header opens nothing", () => {
  const VALUES = [
    "proxy",
    "middleware",
    "src/proxy",
    "src/middleware",
    "proxy:proxy:proxy:proxy:proxy",
    "middleware:middleware:middleware:middleware:middleware",
    "src/middleware:src/middleware:src/middleware:src/middleware:src/middleware",
  ];
  const targets = () => [
    { method: "GET", path: "/begeleider" },
    { method: "GET", path: "/beheer" },
    { method: "GET", path: "/beheer/audit" },
    { method: "GET", path: "/scans" },
    { method: "GET", path: `/scans/${tilburg.id}` },
    { method: "GET", path: `/scans/${tilburg.id}/voortgang` },
    { method: "GET", path: `/api/scans/${tilburg.id}/antwoorden` },
    { method: "GET", path: `/api/scans/${tilburg.id}/rapporten/${rapportId}/pdf` },
    { method: "POST", path: "/api/cron/tick" },
  ];

  it("answers an anonymous request with the header exactly as without it, and the proxy still runs", async () => {
    const problems: string[] = [];
    for (const { method, path: p } of targets()) {
      const plain = await fetch(`${baseUrl()}${p}`, { method, redirect: "manual" });
      await plain.arrayBuffer();
      expect([303, 307, 401, 404], `${method} ${p} zonder header`).toContain(plain.status);
      for (const value of VALUES) {
        const res = await fetch(`${baseUrl()}${p}`, { method, redirect: "manual", headers: { "x-middleware-subrequest": value } });
        const body = await res.text();
        const where = `${method} ${p} [${value}]`;
        if (res.status !== plain.status) problems.push(`${where}: HTTP ${res.status}, zonder header ${plain.status}`);
        if (res.headers.get("location") !== plain.headers.get("location")) problems.push(`${where}: Location ${res.headers.get("location")}`);
        if (body.includes("Tilburg") || body.includes("%PDF")) problems.push(`${where}: scangegevens in de body`);
        // Only proxy.ts sets a nonce policy: its presence proves the proxy was not skipped.
        if (!/'nonce-[A-Za-z0-9+/=]+'/.test(res.headers.get("content-security-policy") ?? "")) problems.push(`${where}: proxy overgeslagen (geen nonce-CSP)`);
      }
    }
    expect(problems).toEqual([]);
  });
});

/** Every route handler that takes a POST, read from app/api; Auth.js's catch-all as its real endpoints. */
function postRoutes(): string[] {
  const files = readdirSync(path.join(APP, "api"), { recursive: true, encoding: "utf8" })
    .map((f) => f.split(path.sep).join("/"))
    .filter((f) => /(^|\/)route\.ts$/.test(f));
  const out: string[] = [];
  for (const f of files) {
    const src = readFileSync(path.join(APP, "api", f), "utf8");
    if (!/\b(POST|PUT|PATCH|DELETE)\b/.test(src)) continue;
    const route = `/api/${f.replace(/\/?route\.ts$/, "")}`;
    if (route.includes("[...nextauth]")) {
      for (const sub of ["signout", "signin/resend", "callback/resend", "session"]) out.push(route.replace("[...nextauth]", sub));
    } else if (route.includes("[")) {
      throw new Error(`POST-route met parameter ${route}: vul request-hardening.e2e.ts aan`);
    } else out.push(route);
  }
  return out.sort();
}

describe.skipIf(!withPostgres)("row 7: cross-site posts to route handlers", () => {
  it("finds the state-changing route handlers", () => {
    expect(postRoutes()).toEqual(expect.arrayContaining(["/api/cron/tick", "/api/inloggen/bevestigen", "/api/auth/signout", "/api/auth/signin/resend"]));
  });

  it("refuses a text/plain form post from another site to each of them, and nothing changes", async () => {
    const cookie = await sessionCookieFor(browser, "deelnemer.data@tilburg.example");
    const before = await fingerprint();
    // What <form enctype="text/plain"> on evil.example can send: no preflight, any body.
    const bodies: Record<string, string> = {
      "/api/cron/tick": JSON.stringify({ now: "2027-06-01T12:00:00Z" }),
      "/api/inloggen/bevestigen": `token=${"a".repeat(64)}&email=deelnemer.data@tilburg.example&x=`,
      "/api/auth/signin/resend": "email=deelnemer.data@tilburg.example&x=",
    };
    const answers: string[] = [];
    for (const route of postRoutes()) {
      const res = await fetch(`${baseUrl()}${route}`, {
        method: "POST",
        headers: { cookie, origin: EVIL, referer: `${EVIL}/`, "content-type": "text/plain", "sec-fetch-site": "cross-site" },
        body: bodies[route] ?? "a=b",
        redirect: "manual",
      });
      answers.push(`${route} ${res.status} ${res.headers.get("location") ?? ""}`);
      expect(res.status, `${route}: ${await res.text()}`).not.toBeLessThan(300);
    }
    if (process.env.E2E_TIMING) console.log(answers.join("\n"));
    // The victim is still signed in, no token was made, no mail queued, no scan moved.
    expect(await signedIn(cookie)).toBe(true);
    expect(await fingerprint()).toEqual(before);
  });

  it("a PDF download changes no row", async () => {
    const cookie = await sessionCookieFor(browser, "deelnemer.ict@tilburg.example");
    const before = await fingerprint();
    const res = await fetch(`${baseUrl()}/api/scans/${tilburg.id}/rapporten/${rapportId}/pdf`, { headers: { cookie } });
    expect(res.status).toBe(200);
    expect(
      Buffer.from(await res.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
    expect(await fingerprint()).toEqual(before);
  });
});

describe.skipIf(!withPostgres)("rows 8 and 18: the sign-in link and the session cookie", () => {
  it("an expired link shows the Dutch error page and gives no session", async () => {
    const email = "procesregisseur@eindhoven.example";
    const page = await newPage(browser);
    const link = await requestLoginLink(page, email);
    // Eleven minutes later, as far as the token is concerned.
    const expired = await sql`update verification_tokens set expires = now() - interval '1 minute' where identifier = ${email}`;
    expect(expired.count).toBeGreaterThanOrEqual(1);
    await page.goto(link);
    await page.getByRole("button", { name: "Inloggen" }).click();
    await page.waitForURL((u) => u.pathname === "/inloggen/fout");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Deze inloglink is niet meer geldig");
    expect((await page.context().cookies()).some((c) => c.name.includes("session-token"))).toBe(false);
    const res = await page.goto(`/scans/${DEMO_SCANS[3]!.id}`);
    expect(new URL(page.url()).pathname).toBe("/inloggen");
    expect(res?.status()).toBe(200);
    await page.context().close();
  });

  it("sets the session cookie HttpOnly, SameSite=Lax and for the whole site", async () => {
    const page = await newPage(browser);
    const link = new URL(await requestLoginLink(page, "deelnemer.ondermijning@eindhoven.example"));
    await page.context().close();
    const confirm = await fetch(`${baseUrl()}/api/inloggen/bevestigen`, {
      method: "POST",
      headers: { origin: baseUrl(), "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        token: link.searchParams.get("token")!,
        email: link.searchParams.get("email")!,
        callbackUrl: "/na-inloggen",
      }),
      redirect: "manual",
    });
    expect(confirm.status).toBe(303);
    const callback = await fetch(new URL(confirm.headers.get("location")!, baseUrl()), { redirect: "manual" });
    const cookie = callback.headers.getSetCookie().find((c) => /^(__Host-|__Secure-)?authjs\.session-token=[^;]+/.test(c));
    expect(cookie, callback.headers.getSetCookie().join("\n")).toBeDefined();
    const attrs = cookie!
      .split(";")
      .slice(1)
      .map((a) => a.trim().toLowerCase());
    expect(attrs).toContain("httponly");
    expect(attrs).toContain("samesite=lax");
    expect(attrs).toContain("path=/");
    expect(attrs.some((a) => a.startsWith("domain="))).toBe(false);
    // This server's APP_URL is http, where a browser would drop a Secure cookie: the plain
    // name and no Secure. With an https APP_URL lib/auth/auth.ts picks sessionCookie(true),
    // __Host- + Secure (unit test in lib/auth/session-policy.test.ts).
    expect(cookie!.startsWith("authjs.session-token=")).toBe(true);
    expect(attrs).not.toContain("secure");
  });
});

describe.skipIf(!withPostgres)("row 21: server-action bodies over the 1 MB limit", () => {
  it("refuses them without running the action and without a server error", async () => {
    const page = await newPage(browser);
    await loginAs(page, "deelnemer.ondermijning@tilburg.example");
    const cookie = (await page.context().cookies()).filter((c) => c.name.endsWith("authjs.session-token")).map((c) => `${c.name}=${c.value}`)[0]!;
    // The logout button is a plain server-action form: its action id is in the page.
    const actionField = /name="(\$ACTION_ID_[0-9a-f]+)"/.exec(await page.content())?.[1];
    await page.context().close();
    expect(actionField).toBeDefined();
    const actionId = actionField!.slice("$ACTION_ID_".length);
    const big = "a".repeat(1024 * 1024 + 1024);
    const before = await fingerprint();
    const statuses: number[] = [];

    // As a form without JavaScript would post it.
    const form = new FormData();
    form.append(actionField!, "");
    form.append("vulling", big);
    const mpa = await fetch(`${baseUrl()}/scans/${tilburg.id}`, {
      method: "POST",
      headers: { cookie, origin: baseUrl() },
      body: form,
      redirect: "manual",
    });
    statuses.push(mpa.status);
    await mpa.arrayBuffer();

    // As React posts it (the next-action header).
    const reactHeaders = { cookie, origin: baseUrl(), "next-action": actionId, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component" };
    const rsc = await fetch(`${baseUrl()}/scans/${tilburg.id}`, {
      method: "POST",
      headers: reactHeaders,
      body: JSON.stringify([big]),
      redirect: "manual",
    });
    statuses.push(rsc.status);
    await rsc.arrayBuffer();

    // The same, chunked: no Content-Length to look at, so the proxy counts (issue 14.4).
    const chunks = new ReadableStream<Uint8Array>({
      start(c) {
        const piece = new TextEncoder().encode(JSON.stringify([big]));
        for (let i = 0; i < piece.length; i += 64 * 1024) c.enqueue(piece.slice(i, i + 64 * 1024));
        c.close();
      },
    });
    const chunked = await fetch(`${baseUrl()}/scans/${tilburg.id}`, {
      method: "POST",
      headers: reactHeaders,
      body: chunks,
      duplex: "half",
      redirect: "manual",
    } as RequestInit & { duplex: "half" });
    statuses.push(chunked.status);
    expect(chunked.headers.get("content-security-policy")).toBeTruthy();
    await chunked.arrayBuffer();

    // Next alone answers all three with a 500 (action-handler: ApiError 413 rethrown);
    // proxy.ts refuses any body over 1 MB first, by Content-Length or by counting.
    expect(statuses).toEqual([413, 413, 413]);
    // The action (sign out) did not run, and nothing else changed.
    expect(await signedIn(cookie)).toBe(true);
    expect(await fingerprint()).toEqual(before);

    // Control: the same action with a body just under the limit does sign out, so the
    // refusal above is the limit's. This body (7 digits long) also passes through the proxy.
    const near = JSON.stringify(["a".repeat(1_010_000)]);
    const ok = await fetch(`${baseUrl()}/scans/${tilburg.id}`, {
      method: "POST",
      headers: reactHeaders,
      body: near,
      redirect: "manual",
    });
    expect(ok.status).toBe(200);
    expect(await signedIn(cookie)).toBe(false);
  });
});

describe.skipIf(!withPostgres)("row 22: filters in the address bar", () => {
  it("answers any value of every filter with the page, never a server error", async () => {
    const cookie = await sessionCookieFor(browser, "beheerder@dvs.example");
    const hostile = [
      "'",
      "' or 1=1 --",
      '"; drop table scans; --',
      "%00",
      "\u202e",
      "<script>",
      "a".repeat(3000),
      "stap[]=x",
      "1e309",
      "{}",
      "../../etc/passwd",
    ];
    const targets = [
      ...["stap", "waarschuwing", "sort"].map((p) => ({ path: "/begeleider", param: p })),
      ...["status", "melding"].map((p) => ({ path: "/beheer/outbox", param: p })),
    ];
    const statuses = new Set<number>();
    for (const { path: route, param } of targets) {
      for (const value of hostile) {
        const url = `${baseUrl()}${route}?${param}=${encodeURIComponent(value)}`;
        const res = await fetch(url, { headers: { cookie }, redirect: "manual" });
        const body = await res.text();
        statuses.add(res.status);
        expect(res.status, `${route}?${param}=${value.slice(0, 20)}`).toBe(200);
        expect(body).not.toMatch(/syntax error|node_modules|at async /i);
      }
    }
    expect([...statuses]).toEqual([200]);
  });
});

describe.skipIf(!withPostgres)("row 19: markup in names on the pages", () => {
  it("shows a name full of markup, right-to-left and zero-width characters as text, and runs none of it", async () => {
    const hostile = `<img src=x onerror="window.__xss=1">Ilse\u202e\u200b<script>window.__xss=2</script>`;
    const [before] = await sql`select u.id, u.name from users u where u.email = 'deelnemer.ict@tilburg.example'`;
    await sql`update users set name = ${hostile} where id = ${before!.id}`;
    const page = await newPage(browser);
    try {
      await loginAs(page, "procesregisseur@tilburg.example");
      for (const route of [`/scans/${tilburg.id}/voortgang`, `/scans/${tilburg.id}/deelnemers`]) {
        const res = await page.goto(route);
        expect(res?.status(), route).toBe(200);
        const main = await page.locator("main").innerText();
        expect(main, route).toContain('<img src=x onerror="window.__xss=1">Ilse');
        expect(await page.locator("main img[src='x'], main script").count(), route).toBe(0);
        expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), route).toBeUndefined();
      }
    } finally {
      await sql`update users set name = ${before!.name as string} where id = ${before!.id}`;
      await page.context().close();
    }
  });
});
