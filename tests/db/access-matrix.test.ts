/**
 * The access matrix (security.md rows 1, 3, 4, 36): every server action, found from the
 * source, is called as every role on the resources of gemeente A. The outcome must match the
 * checked-in table (tests/security/expected-access.ts) cell for cell; a refusal changes no row
 * (but leaves an audit row); and a foreign id answers exactly like a missing one.
 *
 * Each call runs inside a transaction that is rolled back afterwards, so every cell starts
 * from the same data without reseeding.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { auditLog, emailOutbox, gemeenten, scanMembers, scans, users, workshopOpties } from "@/db/schema";
import { DEMO, DEMO_SCANS, seedDemo } from "@/db/seed";
import { NotFoundError, UnauthenticatedError } from "@/lib/errors";
import type { TCurrentUser } from "@/lib/auth/session";
import { EXPECTED_ACCESS, ROLES, type TFixture, type TRole } from "../security/expected-access";
import { discoverActions, type TDiscoveredAction } from "../support/server-actions";
import { createTestDb, type TTestDb } from "../support/test-db";

const USERS: Record<Exclude<TRole, "anoniem">, string> = {
  deelnemerA: "o.ondermijning@utrecht.example",
  procesregisseurA: "procesregisseur@utrecht.example",
  deelnemerB: "deelnemer.ict@tilburg.example",
  begeleiderA: DEMO.begeleiders[0].email,
  begeleiderAnders: DEMO.begeleiders[1].email,
  admin: DEMO.admin.email,
};
const DENIED = new Set([new NotFoundError().message, new UnauthenticatedError().message]);
const ROLLBACK = new Error("rollback");

describe("access matrix (PGlite)", () => {
  let t: TTestDb;
  let current: Queryable;
  let user: TCurrentUser | null = null;
  let actions: TDiscoveredAction[] = [];
  let fixture: TFixture;
  const users_: Partial<Record<TRole, TCurrentUser>> = {};

  beforeAll(async () => {
    process.env.AUTH_SECRET ??= "matrix-secret-matrix-secret-matrix";
    t = await createTestDb("pglite");
    await seedDemo(t.db);
    current = t.db;
    vi.resetModules();
    vi.doMock("@/db/client", async (orig) => ({ ...(await orig<typeof import("@/db/client")>()), getDb: async () => current }));
    vi.doMock("@/lib/auth/session", async (orig) => ({ ...(await orig<typeof import("@/lib/auth/session")>()), getCurrentUser: async () => user }));
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
    const [member] = await t.db
      .select({ id: scanMembers.id })
      .from(scanMembers)
      .innerJoin(users, eq(users.id, scanMembers.userId))
      .where(and(eq(scanMembers.scanId, scanA), eq(users.email, USERS.deelnemerA)));
    const [optie] = await t.db.insert(workshopOpties).values({ scanId: scanA, startsAt: new Date("2027-03-10T12:30:00Z") }).returning();
    const [zwolle] = await t.db.select().from(gemeenten).where(eq(gemeenten.code, "GM0193"));
    const [amersfoort] = await t.db.select().from(gemeenten).where(eq(gemeenten.code, "GM0307"));
    const [aanmelding] = await t.db
      .insert(scans)
      .values({ gemeenteId: amersfoort!.id, contactNaam: "C", contactFunctie: "F", contactEmail: "contact@amersfoort.example" })
      .returning();
    const [mail] = await t.db
      .insert(emailOutbox)
      .values({ idempotencyKey: "matrix/1", kind: "test", scanId: scanA, toEmail: "x@y.example", subject: "s", html: "h", text: "t", status: "failed" })
      .returning();
    let n = 0;
    fixture = {
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

  const counts = async (q: Queryable) => {
    const r = await q.execute(sql`
      select string_agg(c.relname || ':' || (xpath('/row/n/text()', query_to_xml('select count(*) as n from ' || quote_ident(c.relname), false, true, '')))[1]::text, ',' order by c.relname) as f
      from pg_class c join pg_namespace ns on ns.oid = c.relnamespace where ns.nspname = 'public' and c.relkind = 'r' and c.relname <> 'audit_log'`);
    const rows = Array.isArray(r) ? r : (r as { rows: unknown[] }).rows;
    return String((rows[0] as { f: string }).f);
  };

  /** Runs one call in a rolled-back transaction; reports its outcome and whether rows changed. */
  async function call(action: TDiscoveredAction, role: TRole, input: Record<string, string | string[]>) {
    let outcome = { message: "", status: "" };
    let changed = false;
    let audited = 0;
    await t.db
      .transaction(async (tx) => {
        current = tx;
        user = role === "anoniem" ? null : users_[role]!;
        const before = await counts(tx);
        const auditBefore = (await tx.select({ id: auditLog.id }).from(auditLog)).length;
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
        changed = (await counts(tx)) !== before;
        audited = (await tx.select({ id: auditLog.id }).from(auditLog)).length - auditBefore;
        throw ROLLBACK;
      })
      .catch((err) => {
        if (err !== ROLLBACK) throw err;
      });
    current = t.db;
    return { ...outcome, denied: DENIED.has(outcome.message), changed, audited };
  }

  it("has an expected-access row for every action, and no rows for actions that are gone", () => {
    const names = actions.map((a) => a.actionName).sort();
    expect(names.filter((n) => !EXPECTED_ACCESS[n])).toEqual([]);
    expect(Object.keys(EXPECTED_ACCESS).filter((n) => !names.includes(n))).toEqual([]);
  });

  it("matches the table cell for cell; refusals change nothing and are audited", async () => {
    const mismatches: string[] = [];
    for (const action of actions) {
      const entry = EXPECTED_ACCESS[action.actionName];
      if (!entry) continue;
      for (const role of ROLES) {
        const r = await call(action, role, entry.input(fixture));
        const expected = entry.allow.includes(role) ? "allow" : "deny";
        const actual = r.denied ? "deny" : "allow";
        if (actual !== expected) mismatches.push(`${action.actionName} as ${role}: expected ${expected}, got ${actual} (${r.status}: ${r.message})`);
        if (r.denied && r.changed) mismatches.push(`${action.actionName} as ${role}: refused but changed rows`);
        if (r.denied && role !== "anoniem" && r.audited < 1) mismatches.push(`${action.actionName} as ${role}: refused without an audit row`);
      }
    }
    expect(mismatches).toEqual([]);
  }, 300_000);

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
