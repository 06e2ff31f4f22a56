/**
 * The access matrix (security.md rows 1, 3, 4, 36): every server action, found from the
 * source, is called as every role on the resources of gemeente A. The outcome must match the
 * checked-in table (tests/security/expected-access.ts) cell for cell; a refusal changes no row
 * (but leaves an audit row); and a foreign id answers exactly like a missing one.
 *
 * Each call runs inside a transaction that is rolled back afterwards, so every cell starts
 * from the same data without reseeding.
 */

import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { and, eq, gt, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Queryable } from "@/db/client";
import { auditLog, emailOutbox, gemeenten, rapporten, scanMembers, scans, users, workshopOpties } from "@/db/schema";
import { DEMO, DEMO_SCANS, seedDemo } from "@/db/seed";
import type { TCurrentUser } from "@/lib/auth/session";
import { NotFoundError, UnauthenticatedError } from "@/lib/errors";
import { EXPECTED_ACCESS, EXPECTED_ROUTES, ROLES, type TFixture, type TRole } from "../security/expected-access";
import { changedTables, tableFingerprint } from "../support/db-fingerprint";
import { discoverActions, type TDiscoveredAction } from "../support/server-actions";
import { createTestDb, type TTestDb, testDrivers } from "../support/test-db";

const USERS: Record<Exclude<TRole, "anoniem">, string> = {
  deelnemerA: "o.ondermijning@utrecht.example",
  procesregisseurA: "procesregisseur@utrecht.example",
  deelnemerB: "deelnemer.ict@tilburg.example",
  begeleiderA: DEMO.begeleiders[0].email,
  begeleiderAnders: DEMO.begeleiders[1].email,
  admin: DEMO.admin.email,
};
/** Static imports, so the bundler resolves them; a new scan-bound handler is listed here too. */
const ROUTE_MODULES: Record<string, () => Promise<unknown>> = {
  "api/scans/[scanId]/antwoorden": () => import("@/app/api/scans/[scanId]/antwoorden/route"),
  "api/scans/[scanId]/rapporten/[rapportId]/pdf": () => import("@/app/api/scans/[scanId]/rapporten/[rapportId]/pdf/route"),
  "api/beheer/landelijk/csv": () => import("@/app/api/beheer/landelijk/csv/route"),
};

const DENIED = new Set([new NotFoundError().message, new UnauthenticatedError().message]);
const ROLLBACK = new Error("rollback");
const EMAIL = /[^\s"@]+@[^\s"@]+\.[a-z]{2,}/i;

/**
 * Actions that may change data without an `ok` audit row of their own (security.md row 36
 * asks for one on every mutation), each with the reason. Everything else that changes a row
 * in an allowed cell must leave an audit row by the caller, without an e-mail address.
 */
const UNAUDITED: Record<string, string> = {
  requestLoginLink:
    "asking for a sign-in link is not a change by a user: it bumps a rate-limit counter and, for a known address, writes the hashed token and the mail; an audit row could only identify the request by the address typed in",
};

const drivers = await testDrivers();

describe.each(drivers)("access matrix on %s", (driver) => {
  let t: TTestDb;
  let current: Queryable;
  let user: TCurrentUser | null = null;
  let actions: TDiscoveredAction[] = [];
  let fixture: TFixture;
  const users_: Partial<Record<TRole, TCurrentUser>> = {};

  beforeAll(async () => {
    process.env.AUTH_SECRET ??= "matrix-secret-matrix-secret-matrix";
    t = await createTestDb(driver);
    await seedDemo(t.db);
    current = t.db;
    vi.resetModules();
    vi.doMock("@/db/client", async (orig) => ({ ...(await orig<typeof import("@/db/client")>()), getDb: async () => current }));
    vi.doMock("@/lib/auth/session", async (orig) => ({
      ...(await orig<typeof import("@/lib/auth/session")>()),
      getCurrentUser: async () => user,
    }));
    vi.doMock("next/headers", () => ({
      headers: async () => new Headers({ "x-forwarded-for": "192.0.2.44" }),
      cookies: async () => ({ get: () => undefined, has: () => false, set: () => {}, delete: () => {} }),
    }));
    vi.doMock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {}, refresh: () => {} }));
    vi.doMock("@/lib/jobs/kick", () => ({ kickOutbox: () => {} }));
    actions = await discoverActions();

    for (const [role, email] of Object.entries(USERS)) {
      const [u] = await t.db.select().from(users).where(eq(users.email, email));
      users_[role as TRole] = { id: u!.id, email: u!.email, name: u!.name, role: u!.role };
    }
    const scanA = DEMO_SCANS[0]!.id;
    // Relative to today: the actions compare with their own clock, so a fixed date would pass.
    const over100Dagen = () => new Date(Math.ceil((Date.now() + 100 * 86_400_000) / 1_800_000) * 1_800_000);
    const [member] = await t.db
      .select({ id: scanMembers.id })
      .from(scanMembers)
      .innerJoin(users, eq(users.id, scanMembers.userId))
      .where(and(eq(scanMembers.scanId, scanA), eq(users.email, USERS.deelnemerA)));
    const [optie] = await t.db.insert(workshopOpties).values({ scanId: scanA, startsAt: over100Dagen(), createdAt: new Date() }).returning();
    const [zwolle] = await t.db.select().from(gemeenten).where(eq(gemeenten.code, "GM0193"));
    const [amersfoort] = await t.db.select().from(gemeenten).where(eq(gemeenten.code, "GM0307"));
    const [aanmelding] = await t.db
      .insert(scans)
      .values({
        gemeenteId: amersfoort!.id,
        contactNaam: "C",
        contactFunctie: "F",
        contactEmail: "contact@amersfoort.example",
        createdAt: new Date(),
        updatedAt: new Date(),
      })
      .returning();
    const [mail] = await t.db
      .insert(emailOutbox)
      .values({
        idempotencyKey: "matrix/1",
        kind: "test",
        scanId: scanA,
        toEmail: "x@y.example",
        subject: "s",
        html: "h",
        text: "t",
        status: "failed",
        nextAttemptAt: new Date(),
        createdAt: new Date(),
      })
      .returning();
    const [rapport] = await t.db
      .insert(rapporten)
      .values({
        scanId: scanA,
        soort: "concept",
        versie: 1,
        snapshot: {},
        pdf: Buffer.from("%PDF-1.7\n% matrix\n%%EOF\n"),
        sha256: "c".repeat(64),
        createdAt: new Date(),
      })
      .returning();
    let n = 0;
    fixture = {
      rapportA: rapport!.id,
      scanA,
      memberA: member!.id,
      optieA: optie!.id,
      aanmelding: aanmelding!.id,
      failedMail: mail!.id,
      gemeente: zwolle!.id,
      begeleider: users_.begeleiderAnders!.id,
      email: () => `matrix.${++n}@nieuw.example`,
    };
  });

  afterAll(async () => {
    for (const m of ["@/db/client", "@/lib/auth/session", "next/headers", "next/cache", "@/lib/jobs/kick"]) vi.doUnmock(m);
    await t?.drop();
  });

  /** Runs one call in a rolled-back transaction; reports its outcome and whether rows changed. */
  async function call(action: TDiscoveredAction, role: TRole, input: Record<string, string | string[]>) {
    let outcome = { message: "", status: "" };
    let changed: string[] = [];
    let audited = 0;
    let okAudits: { action: string; actorId: string | null; details: unknown }[] = [];
    await t.db
      .transaction(async (tx) => {
        current = tx;
        user = role === "anoniem" ? null : users_[role]!;
        const before = await tableFingerprint(tx);
        const [{ last } = { last: 0 }] = await tx.select({ last: sql<number>`coalesce(max(${auditLog.id}), 0)`.mapWith(Number) }).from(auditLog);
        const fd = new FormData();
        for (const [k, v] of Object.entries(input)) for (const x of Array.isArray(v) ? v : [v]) fd.append(k, x);
        try {
          const state = await action.run(fd);
          outcome = { status: state.status, message: state.message ?? "" };
        } catch (err) {
          const digest = (err as { digest?: string }).digest ?? "";
          if (!digest.startsWith("NEXT_REDIRECT")) throw err;
          outcome = { status: "redirect", message: "" };
        }
        changed = changedTables(before, await tableFingerprint(tx));
        const written = await tx.select().from(auditLog).where(gt(auditLog.id, last));
        audited = written.filter((a) => a.outcome === "denied").length;
        okAudits = written.filter((a) => a.outcome === "ok").map((a) => ({ action: a.action, actorId: a.actorId, details: a.details }));
        throw ROLLBACK;
      })
      .catch((err) => {
        if (err !== ROLLBACK) throw err;
      });
    current = t.db;
    return { ...outcome, denied: DENIED.has(outcome.message), changed, audited, okAudits };
  }

  it("has an expected-access row for every action, and no rows for actions that are gone", () => {
    const names = actions.map((a) => a.actionName).sort();
    expect(names.filter((n) => !EXPECTED_ACCESS[n])).toEqual([]);
    expect(Object.keys(EXPECTED_ACCESS).filter((n) => !names.includes(n))).toEqual([]);
  });

  it("matches the table cell for cell; refusals change nothing and are audited; every change leaves an ok audit row without e-mail addresses", async () => {
    const mismatches: string[] = [];
    const changedCells: string[] = [];
    for (const action of actions) {
      const entry = EXPECTED_ACCESS[action.actionName];
      if (!entry) continue;
      for (const role of ROLES) {
        const r = await call(action, role, entry.input(fixture));
        const expected = entry.allow.includes(role) ? "allow" : "deny";
        const actual = r.denied ? "deny" : "allow";
        if (actual !== expected) mismatches.push(`${action.actionName} as ${role}: expected ${expected}, got ${actual} (${r.status}: ${r.message})`);
        if (r.denied && r.changed.length) mismatches.push(`${action.actionName} as ${role}: refused but changed ${r.changed.join(", ")}`);
        if (r.denied && role !== "anoniem" && r.audited < 1) mismatches.push(`${action.actionName} as ${role}: refused without an audit row`);
        if (!r.denied && r.changed.some((table) => table !== "audit_log")) {
          changedCells.push(`${action.actionName}/${role}`);
          const actor = role === "anoniem" ? null : users_[role]!.id;
          // A public form (registerAanmelding) records no actor: the aanmelding is the contact person's, whoever is signed in.
          const mine = r.okAudits.filter((a) => a.actorId === actor || (action.anonymous && a.actorId === null));
          const exempt = UNAUDITED[action.actionName];
          if (!exempt && mine.length === 0) mismatches.push(`${action.actionName} as ${role}: changed ${r.changed.join(", ")} without an ok audit row`);
          if (exempt && mine.length > 0)
            mismatches.push(`${action.actionName} as ${role}: listed as unaudited but wrote ${mine.map((a) => a.action).join(", ")}`);
        }
        for (const a of r.okAudits) {
          if (EMAIL.test(JSON.stringify(a.details ?? {})))
            mismatches.push(`${action.actionName} as ${role}: audit row ${a.action} has an e-mail address in its details`);
        }
      }
    }
    expect(mismatches).toEqual([]);
    // The audit check above is not vacuous. Scan A is in voorbereiding, so the actions of later
    // steps stop at their step check (allowed, nothing changed); the 14 that change data today:
    // registerAanmelding, acceptAanmelding, declineAanmelding, addBegeleider, addGemeente,
    // retryMail, requestLoginLink, add/update/removeDeelnemer, proposeWorkshopOpties,
    // removeWorkshopOptie, saveBeschikbaarheid, setWorkshopDatum.
    expect(new Set(changedCells.map((c) => c.split("/")[0])).size).toBeGreaterThanOrEqual(14);
  }, 300_000);

  /** Every `route.ts` under app/, as its folder path ("api/health"). */
  function routeHandlers(dir = path.join(process.cwd(), "app")): string[] {
    return readdirSync(dir).flatMap((name) => {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) return routeHandlers(full);
      return name === "route.ts" ? [path.relative(path.join(process.cwd(), "app"), dir)] : [];
    });
  }

  it("has an expected-access row for every route handler, and none for handlers that are gone", () => {
    const found = routeHandlers().sort();
    expect(found.length).toBeGreaterThanOrEqual(6);
    expect(found.filter((r) => !EXPECTED_ROUTES[r])).toEqual([]);
    expect(Object.keys(EXPECTED_ROUTES).filter((r) => !found.includes(r))).toEqual([]);
  });

  it("calls every scan-bound route handler as every role: the table cell for cell, and a GET changes nothing", async () => {
    const mismatches: string[] = [];
    for (const [route, entry] of Object.entries(EXPECTED_ROUTES)) {
      if (!("allow" in entry)) continue;
      const load = ROUTE_MODULES[route];
      if (!load) {
        mismatches.push(`${route}: add it to ROUTE_MODULES in this test`);
        continue;
      }
      const mod = (await load()) as { GET: (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response> };
      const params = entry.params(fixture);
      const url = `http://localhost:3000/${Object.entries(params).reduce((p, [k, v]) => p.replace(`[${k}]`, v), route)}`;
      for (const role of ROLES) {
        let status = 0;
        let changed: string[] = [];
        await t.db
          .transaction(async (tx) => {
            current = tx;
            user = role === "anoniem" ? null : users_[role]!;
            const before = await tableFingerprint(tx);
            const res = await mod.GET(new Request(url), { params: Promise.resolve(params) });
            status = res.status;
            await res.arrayBuffer();
            changed = changedTables(before, await tableFingerprint(tx));
            throw ROLLBACK;
          })
          .catch((err) => {
            if (err !== ROLLBACK) throw err;
          });
        current = t.db;
        const expected = entry.allow.includes(role) ? "allow" : "deny";
        const actual = status === 200 ? "allow" : status === 404 || (role === "anoniem" && [303, 307, 401].includes(status)) ? "deny" : `status ${status}`;
        if (actual !== expected) mismatches.push(`${route} as ${role}: expected ${expected}, got ${actual}`);
        if (changed.length) mismatches.push(`${route} as ${role}: a GET changed ${changed.join(", ")}`);
      }
    }
    expect(mismatches).toEqual([]);
  }, 120_000);

  it("answers a foreign scan id exactly like a missing one", async () => {
    const missing = "00000000-0000-4000-8000-00000000abcd";
    const differences: string[] = [];
    for (const action of actions) {
      const entry = EXPECTED_ACCESS[action.actionName];
      if (!entry || !("scanId" in entry.input(fixture)) || entry.allow.includes("deelnemerB")) continue;
      const foreign = await call(action, "deelnemerB", entry.input(fixture));
      const none = await call(action, "deelnemerB", { ...entry.input(fixture), scanId: missing });
      if (foreign.message !== none.message) differences.push(`${action.actionName}: "${foreign.message}" ≠ "${none.message}"`);
    }
    expect(differences).toEqual([]);
  }, 120_000);
});
