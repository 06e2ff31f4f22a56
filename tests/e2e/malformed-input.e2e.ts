/**
 * No input gives a 500 (issue 14.4, the class). Every route and every server action of this
 * build — read from its manifests, so a new one is covered without touching this file — gets
 * odd percent-encodings in its dynamic segments, every HTTP method, malformed bodies of every
 * content type, and bodies over the limit with and without Content-Length. Each answer must be
 * a 4xx (or a normal answer where the input is harmless) with the security headers, and no
 * table may change (checked where PostgreSQL runs beside the server).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DEMO } from "@/db/seed";
import { tableHashes } from "./db-state";
import { baseUrl, launchBrowser, sessionCookieFor } from "./helpers";

const build = (file: string) => JSON.parse(readFileSync(path.join(process.cwd(), ".next", file), "utf8"));
const routes = Object.values(build("app-path-routes-manifest.json") as Record<string, string>).filter((r) => !r.startsWith("/_"));
const actionIds = Object.keys((build("server/server-reference-manifest.json") as { node: Record<string, unknown> }).node);

const ODD = ["%ff", "%ff%fe", "%E0%A4%A", "%00", "%2e%2e%2f", "%C0%AF", "a%"];
const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];
const deep = "[".repeat(5000) + "]".repeat(5000);
const BODIES: { name: string; type: string | null; body: string | Blob }[] = [
  { name: "text garbage", type: "text/plain;charset=UTF-8", body: "garbage{{" },
  { name: "server reference", type: "text/plain;charset=UTF-8", body: '["$F1"]' },
  { name: "promise to nothing", type: "text/plain;charset=UTF-8", body: '["$@1"]' },
  { name: "deep nesting", type: "text/plain;charset=UTF-8", body: deep },
  {
    name: "broken multipart",
    type: "multipart/form-data; boundary=XYZ",
    body: '--XYZ\r\nContent-Disposition: form-data; name="0"\r\n\r\n["$K1"]',
  },
  { name: "multipart without boundary", type: "multipart/form-data", body: "abc" },
  { name: "json", type: "application/json", body: '{"a":1}' },
  { name: "urlencoded", type: "application/x-www-form-urlencoded", body: "a=b&0=%5B%22%24F1%22%5D" },
  { name: "octet-stream", type: "application/octet-stream", body: "\u0000\u0001\u0002" },
  // A Blob without a type: fetch then sends no Content-Type at all.
  { name: "no content type", type: null, body: new Blob(['["$F1"]']) },
];

let browser: Browser;
let cookie: string | undefined;
let sql: postgres.Sql | undefined;
const withPostgres = !!inject("databaseUrl");

beforeAll(async () => {
  browser = await launchBrowser();
  if (withPostgres) sql = postgres(inject("databaseUrl"), { max: 1, onnotice: () => {} });
});
afterAll(async () => {
  await browser?.close();
  await sql?.end();
});

type TSeen = { what: string; status: number; headers: boolean; body: string };

async function send(what: string, url: string, init: RequestInit): Promise<TSeen> {
  const res = await fetch(url, { ...init, redirect: "manual" });
  const body = (await res.text()).slice(0, 2000);
  // Static files (the favicon, like _next/static) get next.config's headers, not the page CSP.
  const statisch = new URL(url).pathname === "/favicon.ico";
  const headers = (statisch || !!res.headers.get("content-security-policy")) && res.headers.get("x-content-type-options") === "nosniff";
  return { what, status: res.status, headers, body };
}

/** A few at a time: fast, and gentle on two cores. */
async function all(jobs: (() => Promise<TSeen>)[]): Promise<TSeen[]> {
  const out: TSeen[] = [];
  for (let i = 0; i < jobs.length; i += 8) out.push(...(await Promise.all(jobs.slice(i, i + 8).map((j) => j()))));
  return out;
}

function expectNoServerErrors(seen: TSeen[]) {
  expect(seen.filter((s) => s.status >= 500).map((s) => `${s.status} ${s.what}`)).toEqual([]);
  expect(seen.filter((s) => !s.headers && s.status !== 304).map((s) => `${s.status} ${s.what}`)).toEqual([]);
}

describe("malformed input to everything the build has", () => {
  it("finds the routes and actions", () => {
    expect(routes.length).toBeGreaterThan(30);
    expect(actionIds.length).toBeGreaterThan(30);
  });

  it("answers odd encodings in every dynamic segment, with every method, signed in and not, without a server error", async () => {
    cookie = await sessionCookieFor(browser, DEMO.admin.email);
    const before = sql ? await tableHashes(sql, { ignoreDeniedAudit: true }) : null;
    const jobs: (() => Promise<TSeen>)[] = [];
    for (const route of routes) {
      const dynamic = route.includes("[");
      const paths = dynamic ? ODD.map((odd) => route.replace(/\[[^\]]+\]/g, odd)) : [route];
      for (const p of paths) {
        for (const method of METHODS) {
          for (const who of [{ cookie: cookie! }, {}] as Record<string, string>[]) {
            // A static page under every method once is enough; dynamic ones get every oddity.
            if (!dynamic && method !== "GET" && method !== "POST" && !("cookie" in who)) continue;
            jobs.push(() =>
              send(`${method} ${p}${"cookie" in who ? " (admin)" : ""}`, `${baseUrl()}${p}`, {
                method,
                headers: { ...who, origin: baseUrl() },
              }),
            );
          }
        }
      }
    }
    const seen = await all(jobs);
    expect(seen.length).toBeGreaterThan(500);
    expectNoServerErrors(seen);
    // Every undecodable address is a 4xx, never a page.
    for (const s of seen.filter((x) => /%ff|%E0%A4%A|%C0%AF|a%/.test(x.what) && !x.what.startsWith("OPTIONS")))
      expect(s.status, s.what).toBeGreaterThanOrEqual(300);
    if (sql) expect(await tableHashes(sql, { ignoreDeniedAudit: true })).toEqual(before);
  }, 300_000);

  it("sends a signed-in user with a non-ASCII callbackUrl home, not into a failing redirect", async () => {
    cookie ??= await sessionCookieFor(browser, DEMO.admin.email);
    for (const callback of ["%2F%E3%80%82%2Fevil.example", "%2F%E2%80%A8%2Fevil.example", "%2F%ff"]) {
      const res = await fetch(`${baseUrl()}/inloggen?callbackUrl=${callback}`, { headers: { cookie }, redirect: "manual" });
      expect(res.status, callback).toBeLessThan(500);
      const location = res.headers.get("location");
      if (location) expect(new URL(location, baseUrl()).origin).toBe(new URL(baseUrl()).origin);
      expect(res.headers.get("content-security-policy")).toBeTruthy();
    }
  });

  it("refuses malformed bodies of every content type, foreign origins and oversized bodies to every action with a 4xx", async () => {
    const before = sql ? await tableHashes(sql, { ignoreDeniedAudit: true }) : null;
    cookie ??= await sessionCookieFor(browser, DEMO.admin.email);
    const url = `${baseUrl()}/inloggen`;
    const jobs: (() => Promise<TSeen>)[] = [];
    const big = "a".repeat(1024 * 1024 + 10);
    for (const id of actionIds) {
      const base = { cookie: cookie!, "next-action": id, accept: "text/x-component" };
      for (const b of BODIES) {
        const headers: Record<string, string> = { ...base, origin: baseUrl(), ...(b.type ? { "content-type": b.type } : {}) };
        jobs.push(() => send(`${b.name} → ${id.slice(0, 8)}`, url, { method: "POST", headers, body: b.body }));
      }
      for (const origin of ["https://evil.example", "null"]) {
        jobs.push(() =>
          send(`origin ${origin} → ${id.slice(0, 8)}`, url, {
            method: "POST",
            headers: { ...base, origin, "content-type": "text/plain;charset=UTF-8" },
            body: "[]",
          }),
        );
      }
      jobs.push(() =>
        send(`oversized → ${id.slice(0, 8)}`, url, {
          method: "POST",
          headers: { ...base, origin: baseUrl(), "content-type": "text/plain;charset=UTF-8" },
          body: JSON.stringify([big]),
        }),
      );
      jobs.push(() => {
        const stream = new ReadableStream<Uint8Array>({
          start(c) {
            const bytes = new TextEncoder().encode(JSON.stringify([big]));
            for (let i = 0; i < bytes.length; i += 256 * 1024) c.enqueue(bytes.slice(i, i + 256 * 1024));
            c.close();
          },
        });
        const init = {
          method: "POST",
          headers: { ...base, origin: baseUrl(), "content-type": "text/plain;charset=UTF-8" },
          body: stream,
          duplex: "half",
        } as RequestInit & { duplex: "half" };
        return send(`oversized chunked → ${id.slice(0, 8)}`, url, init);
      });
    }
    // Forms posted without JavaScript: an unknown id, a reference to nothing, bound state that is not there.
    const formulier = (pairs: [string, string][]) => {
      const f = new FormData();
      for (const [k, v] of pairs) f.append(k, v);
      return f;
    };
    for (const [naam, pairs] of [
      ["form: unknown id", [["$ACTION_ID_0000", ""]]],
      [
        "form: unknown reference",
        [
          ["$ACTION_REF_1", ""],
          ["$ACTION_1:0", '{"id":"00ff","bound":null}'],
        ],
      ],
      [
        "form: bound state missing",
        [
          ["$ACTION_REF_1", ""],
          ["$ACTION_1:0", `{"id":"${actionIds[0]}","bound":"$@1"}`],
        ],
      ],
      [
        "form: head not JSON",
        [
          ["$ACTION_REF_1", ""],
          ["$ACTION_1:0", "{garbage"],
        ],
      ],
    ] as [string, [string, string][]][]) {
      jobs.push(() => send(naam, url, { method: "POST", headers: { cookie: cookie!, origin: baseUrl() }, body: formulier(pairs) }));
    }
    jobs.push(() =>
      send("unknown action", url, {
        method: "POST",
        headers: { cookie: cookie!, "next-action": "0".repeat(42), origin: baseUrl(), "content-type": "text/plain;charset=UTF-8" },
        body: "[]",
      }),
    );
    const seen = await all(jobs);
    expectNoServerErrors(seen);
    // Malformed or foreign: refused, not run (a 200 here would mean an action took garbage).
    for (const s of seen) expect(s.status, s.what).toBeGreaterThanOrEqual(400);
    // Said in Dutch, on our own page, not Next's English "Invalid Server Action request".
    for (const s of seen.filter((x) => x.what.startsWith("form:"))) expect(s.body, s.what).toContain("Verzoek niet verwerkt");
    if (sql) expect(await tableHashes(sql, { ignoreDeniedAudit: true })).toEqual(before);
  }, 300_000);
});
