/**
 * Tenant isolation on every scan route (security.md row 2, ASVS 8.2.2): someone of gemeente
 * A who puts gemeente B's scan id, or a member or rapport of B, into one of A's URLs gets the
 * same 404 as for a scan that does not exist, and nothing of B in the body or the <title>.
 * The list of routes is read from the app directory, so a new page is checked the day it
 * is added. Read-only apart from three rapport rows it adds and removes itself.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DEMO, DEMO_SCANS } from "@/db/seed";
import { MODEL_2026_1 } from "@/lib/analysetool";
import { baseUrl, launchBrowser, sessionCookieFor } from "./helpers";

const [utrecht, tilburg, breda, eindhoven] = DEMO_SCANS as [(typeof DEMO_SCANS)[0], (typeof DEMO_SCANS)[0], (typeof DEMO_SCANS)[0], (typeof DEMO_SCANS)[0]];
const APP = path.join(process.cwd(), "app");

/** Every page and GET route handler under app/ whose path holds a scan id, as a path template. */
function scanRoutes(): string[] {
  const files = readdirSync(APP, { recursive: true, encoding: "utf8" }).map((f) => f.split(path.sep).join("/"));
  const templates = files
    .filter((f) => f.includes("[scanId]"))
    .filter(
      (f) =>
        /(^|\/)page\.tsx$/.test(f) ||
        (/(^|\/)route\.ts$/.test(f) && /export (async )?function GET|export const GET|GET[,}]/.test(readFileSync(path.join(APP, f), "utf8"))),
    )
    .map((f) => `/${f.replace(/\/?(page\.tsx|route\.ts)$/, "")}`)
    // Route groups do not appear in the URL.
    .map((p) => p.replace(/\/\([^/)]+\)/g, ""));
  return [...new Set(templates)].sort();
}

type TIds = { scanId: string; memberId: string; rapportId: string };

/** Fills a template; an unknown [param] fails the test so that a new kind of route is looked at. */
function fill(template: string, ids: TIds): string {
  return template.replace(/\[([^\]]+)\]/g, (_, name: string) => {
    if (name === "dimensieId") return MODEL_2026_1.dimensies[0]!.id;
    if (name in ids) return ids[name as keyof TIds];
    throw new Error(`Onbekende routeparameter [${name}] in ${template}: vul hem aan in tenant-isolation.e2e.ts`);
  });
}

let sql: postgres.Sql;
let browser: Browser;
const rapportIds: Record<string, string> = {};
const memberIds: Record<string, string> = {};

async function memberId(scanId: string, email: string): Promise<string> {
  const [row] = await sql`select m.id from scan_members m join users u on u.id = m.user_id where m.scan_id = ${scanId} and u.email = ${email}`;
  return row!.id as string;
}

/** A stored report version of our own, so that the PDF route has something to hand out. */
async function addRapport(scanId: string): Promise<string> {
  const pdf = Buffer.from("%PDF-1.4\n% tenant-isolation test\n%%EOF\n");
  const [row] = await sql`
    insert into rapporten (scan_id, soort, versie, snapshot, pdf, sha256, created_at)
    values (${scanId}, 'concept', 990, ${sql.json({ test: true })}, ${pdf}, ${"0".repeat(64)}, ${new Date()})
    returning id`;
  return row!.id as string;
}

async function get(pathname: string, cookie: string) {
  const res = await fetch(`${baseUrl()}${pathname}`, { headers: { cookie }, redirect: "manual" });
  // A live event stream (the workshop's) never ends: its first message is what it gives away.
  const body = res.headers.get("content-type")?.includes("text/event-stream") ? await eersteBericht(res) : await res.text();
  const title = /<title>([^<]*)<\/title>/.exec(body)?.[1] ?? "";
  return { status: res.status, body, title };
}

async function eersteBericht(res: Response): Promise<string> {
  const reader = res.body!.getReader();
  const { value } = await reader.read();
  await reader.cancel();
  return new TextDecoder().decode(value);
}

const gemeenteNaam = (s: (typeof DEMO_SCANS)[0]) =>
  s.members[0]!.email.split("@")[1]!
    .split(".")[0]!
    .replace(/^./, (c) => c.toUpperCase());

/**
 * These checks read and write the server's database beside it, which the embedded PGlite
 * (one process) does not allow; they run wherever PostgreSQL answers, as in CI.
 */
const withPostgres = !!inject("databaseUrl");

beforeAll(async () => {
  const url = inject("databaseUrl");
  if (!url) return;
  sql = postgres(url, { max: 1, onnotice: () => {} });
  rapportIds[tilburg.id] = await addRapport(tilburg.id);
  rapportIds[eindhoven.id] = await addRapport(eindhoven.id);
  rapportIds[utrecht.id] = await addRapport(utrecht.id);
  for (const s of [utrecht, tilburg, breda, eindhoven]) memberIds[s.id] = await memberId(s.id, s.members.find((m) => m.rol === "privacy")!.email);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  if (sql) {
    await sql`delete from rapporten where id in ${sql(Object.values(rapportIds))}`;
    await sql.end();
  }
});

describe.skipIf(!withPostgres)("tenant isolation on every scan route", () => {
  it("finds the scan routes in the app directory", () => {
    const routes = scanRoutes();
    // A guard against a broken glob: these exist today, and the list is much longer.
    expect(routes).toContain("/scans/[scanId]");
    expect(routes).toContain("/scans/[scanId]/antwoorden/[memberId]");
    expect(routes).toContain("/api/scans/[scanId]/rapporten/[rapportId]/pdf");
    expect(routes.length).toBeGreaterThanOrEqual(17);
  });

  const cases = [
    // minOwn: how many routes at least load on the own scan (today 10, 6 and more; other
    // journeys move scans on, so with a margin).
    { rol: "deelnemer", email: "deelnemer.privacy@tilburg.example", own: tilburg, victim: eindhoven, minOwn: 5 },
    { rol: "procesregisseur", email: "procesregisseur@utrecht.example", own: utrecht, victim: tilburg, minOwn: 4 },
    // The begeleider-only routes (member answers, audit, resultaten, workshop, schrijven, CSV)
    // 404 for the two roles above even on their own scan; Bram guides Tilburg, not Utrecht.
    { rol: "begeleider", email: DEMO.begeleiders[1].email, own: tilburg, victim: utrecht, minOwn: 8 },
  ];

  it.each(cases)("a $rol gets 404 and nothing of another gemeente on every route with its scan id", async ({ email, own, victim, minOwn }) => {
    const cookie = await sessionCookieFor(browser, email);
    const ownName = gemeenteNaam(own);
    const victimName = gemeenteNaam(victim);
    expect(victimName).not.toBe(ownName);

    // The owner's own scan loads: the 404s below are not a blanket refusal.
    const home = await get(`/scans/${own.id}`, cookie);
    expect(home.status).toBe(200);
    // React puts a comment between the text parts: <h1>Gemeente <!-- -->Tilburg</h1>.
    expect(new RegExp(`<h1>Gemeente (<!-- -->)?${ownName}</h1>`).test(home.body), "eigen scan toont de eigen gemeente").toBe(true);

    // The same sweep over A's own scan: many routes load, so a 404 below is the tenant
    // check's doing and not the role's or the step's (those 404s would hide a leak).
    const ownIds: TIds = {
      scanId: own.id,
      memberId: memberIds[own.id] ?? memberIds[tilburg.id]!,
      rapportId: rapportIds[own.id] ?? rapportIds[tilburg.id]!,
    };
    const loading: string[] = [];
    for (const template of scanRoutes()) if ((await get(fill(template, ownIds), cookie)).status !== 404) loading.push(template);
    expect(loading.length, loading.join(", ")).toBeGreaterThanOrEqual(minOwn);

    // B's own member and rapport ids, so that only the scan id decides.
    const victimIds: TIds = { scanId: victim.id, memberId: memberIds[victim.id]!, rapportId: rapportIds[victim.id]! };
    const leaks: string[] = [];
    for (const template of scanRoutes()) {
      const url = fill(template, victimIds);
      const res = await get(url, cookie);
      if (res.status !== 404) leaks.push(`${url}: HTTP ${res.status}`);
      if (res.body.includes(victimName)) leaks.push(`${url}: "${victimName}" in de body`);
      if (res.title.includes(victimName)) leaks.push(`${url}: "${victimName}" in <title>`);
    }
    expect(leaks).toEqual([]);
  });

  it("a deelnemer cannot fetch another scan's rapport through their own scan", async () => {
    const cookie = await sessionCookieFor(browser, "deelnemer.ondermijning@tilburg.example");
    const pdf = (scanId: string, rapportId: string) => `/api/scans/${scanId}/rapporten/${rapportId}/pdf`;
    // Control: their own scan's rapport downloads.
    const own = await fetch(`${baseUrl()}${pdf(tilburg.id, rapportIds[tilburg.id]!)}`, { headers: { cookie }, redirect: "manual" });
    expect(own.status).toBe(200);
    expect(own.headers.get("content-type")).toBe("application/pdf");
    // Own scan id, foreign rapport id; and the foreign pair itself.
    for (const url of [pdf(tilburg.id, rapportIds[eindhoven.id]!), pdf(eindhoven.id, rapportIds[eindhoven.id]!), pdf(eindhoven.id, rapportIds[tilburg.id]!)]) {
      const res = await get(url, cookie);
      expect(res.status, url).toBe(404);
      expect(res.body).not.toContain("PDF");
    }
  });

  it("a begeleider cannot open a member of another scan through a scan of their own", async () => {
    // The member page is for begeleiders only; Bram guides Tilburg and Breda, not Eindhoven.
    const cookie = await sessionCookieFor(browser, DEMO.begeleiders[1].email);
    const member = (scanId: string, id: string) => `/scans/${scanId}/antwoorden/${id}`;
    // Control: Breda's submitted member on Breda's scan loads.
    const ok = await get(member(breda.id, memberIds[breda.id]!), cookie);
    expect(ok.status).toBe(200);
    expect(ok.body).toContain("Fenna Privacy");
    // Breda's member through Tilburg (both his), and Eindhoven's member (not his) through Tilburg.
    for (const [url, naam] of [
      [member(tilburg.id, memberIds[breda.id]!), "Fenna Privacy"],
      [member(tilburg.id, memberIds[eindhoven.id]!), "Lotte Privacy"],
      [member(eindhoven.id, memberIds[eindhoven.id]!), "Lotte Privacy"],
    ] as const) {
      const res = await get(url, cookie);
      expect(res.status, url).toBe(404);
      expect(res.body).not.toContain(naam);
    }
  });

  it("refuses a forged session cookie on every protected page by itself, without the proxy's help", async () => {
    // The proxy redirects only requests without a session cookie; with a made-up one it steps
    // aside (security.md row 5: what a proxy bypass would leave), so every refusal here is
    // the page's or route's own.
    const cookie = "authjs.session-token=vervalst-0123456789abcdef";
    const ids: TIds = { scanId: tilburg.id, memberId: memberIds[tilburg.id]!, rapportId: rapportIds[tilburg.id]! };
    const targets = [...scanRoutes().map((t) => fill(t, ids)), "/begeleider", "/beheer", "/beheer/audit", "/beheer/outbox", "/beheer/status", "/scans"];
    const open: string[] = [];
    for (const url of targets) {
      const res = await get(url, cookie);
      const toLogin =
        [303, 307].includes(res.status) &&
        (await fetch(`${baseUrl()}${url}`, { headers: { cookie }, redirect: "manual" })).headers.get("location")?.includes("/inloggen");
      if (!(res.status === 404 || toLogin)) open.push(`${url}: HTTP ${res.status}`);
      if (res.body.includes("Tilburg") || res.body.includes("%PDF")) open.push(`${url}: Tilburg's data in the body`);
    }
    expect(targets.length).toBeGreaterThan(20);
    expect(open).toEqual([]);
  });
});
