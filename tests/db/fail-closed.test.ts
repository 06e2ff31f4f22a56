/**
 * Failing closed (security.md row 37), through the real session lookup, access checks and
 * actions on a real database: a database that is down or answers with an SQL error while
 * the session is looked up means "not signed in"; a role the code does not know gives no
 * rights at all; and an unexpected error inside an action reaches the user only as a
 * generic Dutch message with an error code, while the detail goes to the server log.
 */
import { randomBytes } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { auditLog, sessions, users } from "@/db/schema";
import { DEMO, DEMO_SCANS, seedDemo } from "@/db/seed";
import type { TActionState } from "@/lib/actions/state";
import { toAmsterdamLocal } from "@/lib/dates";
import { NotFoundError, UnauthenticatedError } from "@/lib/errors";
import { changedTables, tableFingerprint } from "../support/db-fingerprint";
import { createTestDb, type TTestDb, testDrivers } from "../support/test-db";

const drivers = await testDrivers();
const utrecht = DEMO_SCANS[0]!.id;
const NOT_FOUND = new NotFoundError().message;
const SIGNED_OUT = new UnauthenticatedError().message;

describe.each(drivers)("failing closed on %s", (driver) => {
  let t: TTestDb;
  /** What getDb does: hand out the test database, or fail as if the server were down. */
  let dbDown = false;
  /** The session cookie the "browser" sends. */
  let cookie: string | null = null;
  let session: typeof import("@/lib/auth/session");
  let access: typeof import("@/lib/auth/access");
  let addGemeente: typeof import("@/lib/actions/beheer/add-gemeente").addGemeenteAction;
  let addDeelnemer: typeof import("@/lib/actions/deelnemers/add-deelnemer").addDeelnemerAction;
  let propose: typeof import("@/lib/actions/planning/propose-workshop-opties").proposeWorkshopOptiesAction;
  let errorLines: string[] = [];

  const signIn = async (email: string) => {
    const [u] = await t.db.select().from(users).where(eq(users.email, email));
    const token = randomBytes(32).toString("hex");
    await t.db.insert(sessions).values({
      sessionToken: token,
      userId: u!.id,
      expires: new Date(Date.now() + 3_600_000),
      createdAt: new Date(),
      lastSeenAt: new Date(),
    });
    cookie = token;
    return u!;
  };
  const run = (action: { run: (fd: FormData) => Promise<TActionState> }, fields: Record<string, string>) => {
    const fd = new FormData();
    for (const [k, v] of Object.entries(fields)) fd.append(k, v);
    return action.run(fd);
  };
  /** Runs `fn` and reports the digest Next's redirect()/notFound() throw, or its value. */
  const digestOf = async (fn: () => Promise<unknown>) => {
    try {
      await fn();
      return "returned";
    } catch (err) {
      return String((err as { digest?: string }).digest ?? err);
    }
  };

  beforeAll(async () => {
    process.env.AUTH_SECRET ??= "fail-closed-secret-fail-closed-secret";
    t = await createTestDb(driver);
    await seedDemo(t.db);
    vi.resetModules();
    vi.doMock("@/db/client", async (orig) => ({
      ...(await orig<typeof import("@/db/client")>()),
      getDb: async () => {
        if (dbDown) throw new Error("connect ECONNREFUSED 127.0.0.1:5432");
        return t.db;
      },
    }));
    vi.doMock("next/headers", async () => {
      const { SESSION_COOKIE_NAMES } = await import("@/lib/auth/session-policy");
      return {
        headers: async () => new Headers({ "x-forwarded-for": "192.0.2.77" }),
        cookies: async () => ({
          get: (name: string) => (cookie && (SESSION_COOKIE_NAMES as readonly string[]).includes(name) ? { name, value: cookie } : undefined),
          has: () => false,
          set: () => {},
          delete: () => {},
        }),
      };
    });
    vi.doMock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {}, refresh: () => {} }));
    vi.doMock("@/lib/jobs/kick", () => ({ kickOutbox: () => {} }));
    session = await import("@/lib/auth/session");
    access = await import("@/lib/auth/access");
    addGemeente = (await import("@/lib/actions/beheer/add-gemeente")).addGemeenteAction;
    addDeelnemer = (await import("@/lib/actions/deelnemers/add-deelnemer")).addDeelnemerAction;
    propose = (await import("@/lib/actions/planning/propose-workshop-opties")).proposeWorkshopOptiesAction;
  });
  afterAll(async () => {
    for (const m of ["@/db/client", "next/headers", "next/cache", "@/lib/jobs/kick"]) vi.doUnmock(m);
    vi.resetModules();
    await t?.drop();
  });
  beforeEach(() => {
    dbDown = false;
    cookie = null;
    errorLines = [];
    vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
      errorLines.push(args.map(String).join(" "));
    });
    return () => vi.restoreAllMocks();
  });

  describe("a failing session lookup", () => {
    it("finds the signed-in user when the database answers (the control)", async () => {
      const u = await signIn(DEMO.admin.email);
      expect(await session.getCurrentUser()).toMatchObject({ id: u.id, role: "admin" });
    });

    it("treats a database that is down as signed out: no user, actions refused, pages send to sign in", async () => {
      await signIn(DEMO.admin.email);
      dbDown = true;
      expect(await session.getCurrentUser()).toBeNull();
      expect((await run(addGemeente, { code: "GM9998", naam: "Nergens", provincie: "Utrecht" })).message).toBe(SIGNED_OUT);
      expect(await digestOf(() => access.requireAdminPage())).toMatch(/^NEXT_REDIRECT;.*\/inloggen\?callbackUrl=\/beheer;/);
      expect(await digestOf(() => access.requireScanPage(utrecht))).toMatch(/^NEXT_REDIRECT;.*\/inloggen\?callbackUrl=/);
      const logged = errorLines.filter((l) => l.includes('"session.lookup_failed"'));
      expect(logged.length).toBeGreaterThan(0);
      for (const l of logged) expect(l).not.toContain(cookie!);
    });

    it("treats an SQL error in the session lookup as signed out", async () => {
      await signIn(DEMO.admin.email);
      const before = await tableFingerprint(t.db);
      await t.db.execute(sql`alter table sessions rename to sessions_weg`);
      try {
        expect(await session.getCurrentUser()).toBeNull();
        expect((await run(addGemeente, { code: "GM9998", naam: "Nergens", provincie: "Utrecht" })).message).toBe(SIGNED_OUT);
        expect(await digestOf(() => access.requireAdminPage())).toMatch(/^NEXT_REDIRECT;/);
      } finally {
        await t.db.execute(sql`alter table sessions_weg rename to sessions`);
      }
      expect(errorLines.some((l) => l.includes('"session.lookup_failed"') && l.includes("sessions"))).toBe(true);
      expect(changedTables(before, await tableFingerprint(t.db))).toEqual([]);
    });
  });

  describe("a page refusal", () => {
    it("is audited like an action's: one denied row with actor, page and scan, no personal data", async () => {
      const tilburgDeelnemer = await signIn("deelnemer.privacy@tilburg.example");
      const denied = async () =>
        (
          await t.db
            .select()
            .from(auditLog)
            .where(and(eq(auditLog.actorId, tilburgDeelnemer.id), eq(auditLog.outcome, "denied")))
            .orderBy(auditLog.id)
        ).map((a) => ({ action: a.action, scanId: a.scanId, details: a.details }));
      const before = (await denied()).length;
      expect(await digestOf(() => access.requireScanPage(utrecht))).toMatch(/^NEXT_HTTP_ERROR_FALLBACK;404/);
      expect(await digestOf(() => access.requireAdminPage())).toMatch(/^NEXT_HTTP_ERROR_FALLBACK;404/);
      expect(await digestOf(() => access.requireStaffPage("/begeleider"))).toMatch(/^NEXT_HTTP_ERROR_FALLBACK;404/);
      const rows = (await denied()).slice(before);
      expect(rows).toEqual([
        { action: "pagina.scan.view", scanId: utrecht, details: null },
        { action: "pagina.beheer", scanId: null, details: null },
        { action: "pagina.begeleider", scanId: null, details: null },
      ]);
    });
  });

  describe("an unknown role", () => {
    // A value the code does not know, in the database (the column is text): a typo, another
    // case, a future role, a privilege someone hoped for.
    it.each(["superuser", "Admin", "ADMIN", "admin ", "beheerder", "begeleider\u200b", ""])("%j gives no admin or begeleider rights", async (role) => {
      const anna = await signIn(DEMO.begeleiders[0].email); // begeleider assigned to Utrecht
      await t.db
        .update(users)
        .set({ role: role as never })
        .where(eq(users.id, anna.id));
      try {
        const user = await session.getCurrentUser();
        expect(user?.role).toBe(role);
        expect(access.isStaff(user)).toBe(false);
        expect(await access.loadScanAccess(user!, utrecht)).toBeNull();
        await expect(access.authorizeAdmin(user!, "test.unknownRole")).rejects.toThrow(NOT_FOUND);
        await expect(access.authorizeScan(user!, utrecht, "scan.view", "test.unknownRole")).rejects.toThrow(NOT_FOUND);
        expect(await digestOf(() => access.requireAdminPage())).toMatch(/^NEXT_HTTP_ERROR_FALLBACK;404/);
        expect(await digestOf(() => access.requireScanPage(utrecht))).toMatch(/^NEXT_HTTP_ERROR_FALLBACK;404/);
        const before = await tableFingerprint(t.db);
        expect((await run(addGemeente, { code: "GM9998", naam: "Nergens", provincie: "Utrecht" })).message).toBe(NOT_FOUND);
        expect((await run(addDeelnemer, { scanId: utrecht, naam: "Nieuw", email: "nieuw@utrecht.example", functie: "CISO", rol: "ict" })).message).toBe(
          NOT_FOUND,
        );
        expect(changedTables(before, await tableFingerprint(t.db))).toEqual([]);
      } finally {
        await t.db.update(users).set({ role: "begeleider" }).where(eq(users.id, anna.id));
      }
      // The control: the same user with the role spelled right is the begeleider of Utrecht.
      expect(await access.loadScanAccess((await session.getCurrentUser())!, utrecht)).not.toBeNull();
    });
  });

  describe("an unexpected error inside an action", () => {
    it("answers with the generic Dutch message and an error code, never SQL or a stack; the detail is only in the server log", async () => {
      await signIn(DEMO.begeleiders[0].email);
      const before = await tableFingerprint(t.db);
      // The access check passes; the action's own query then fails with a real SQL error.
      await t.db.execute(sql`alter table workshop_opties rename to workshop_opties_weg`);
      let state: TActionState;
      try {
        const overDagen = (n: number) => `${toAmsterdamLocal(new Date(Date.now() + n * 86_400_000)).slice(0, 11)}13:30`;
        state = await run(propose, { scanId: utrecht, optie1: overDagen(100), optie2: overDagen(101) });
      } finally {
        await t.db.execute(sql`alter table workshop_opties_weg rename to workshop_opties`);
      }
      expect(state.status).toBe("error");
      const code =
        /^Er ging iets mis aan onze kant; er is niets opgeslagen\. Probeer het opnieuw\. Blijft het misgaan, noem dan foutcode ([0-9a-f]{8})\.$/.exec(
          state.message ?? "",
        )?.[1];
      expect(code, state.message).toBeDefined();
      const visible = JSON.stringify(state);
      for (const leak of [
        "workshop_opties",
        "relation",
        "select",
        "does not exist",
        "bestaat niet",
        "    at ",
        ".ts:",
        "Error",
        "postgres",
        "PGlite",
        "42P01",
      ]) {
        expect(visible).not.toContain(leak);
      }
      expect(state.fieldErrors).toBeUndefined();
      // The server log has the detail, under the same code.
      const line = errorLines.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.event === "action.failed" && l.errorId === code);
      expect(line).toMatchObject({ level: "error", action: "proposeWorkshopOpties" });
      expect(String(line!.error)).toContain("workshop_opties");
      expect(String(line!.requestId)).toMatch(/^[0-9a-f-]{36}$/);
      // And nothing was saved, as the message says.
      expect(changedTables(before, await tableFingerprint(t.db))).toEqual([]);
    });
  });
});
