/**
 * Runs real server actions against a real test database. Only what cannot exist outside a
 * Next.js request is replaced: the session cookie (we say who is signed in), `headers()`,
 * and cache revalidation. Import the modules under test *after* `installActionEnv`.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, vi } from "vitest";
import { scanMembers, users } from "@/db/schema";
import { seedDemo } from "@/db/seed";
import type { TActionState } from "@/lib/actions/state";
import type { TCurrentUser } from "@/lib/auth/session";
import { createTestDb, type TDriver, type TTestDb } from "./test-db";

let current: TCurrentUser | null = null;
/** Who is signed in for one call, so calls of two people can run at the same time (races). */
const perCall = new AsyncLocalStorage<TCurrentUser | null>();
const requestHeaders = new Headers({ "x-forwarded-for": "192.0.2.10" });

export function installActionEnv(t: TTestDb) {
  vi.resetModules();
  vi.doMock("@/db/client", async (orig) => ({ ...(await orig<typeof import("@/db/client")>()), getDb: async () => t.db }));
  vi.doMock("@/lib/auth/session", async (orig) => ({
    ...(await orig<typeof import("@/lib/auth/session")>()),
    getCurrentUser: async () => (perCall.getStore() !== undefined ? perCall.getStore()! : current),
  }));
  vi.doMock("next/headers", () => ({
    headers: async () => requestHeaders,
    cookies: async () => ({ get: () => undefined, has: () => false, set: () => {}, delete: () => {} }),
  }));
  vi.doMock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {}, refresh: () => {} }));
  vi.doMock("@/lib/jobs/kick", () => ({ kickOutbox: () => {} }));
}

export function uninstallActionEnv() {
  for (const m of ["@/db/client", "@/lib/auth/session", "next/headers", "next/cache", "@/lib/jobs/kick"]) vi.doUnmock(m);
  vi.resetModules();
}

/** Signs in as the user with this e-mail (null = anonymous) for the next action calls. */
export async function actAs(t: TTestDb, email: string | null): Promise<TCurrentUser | null> {
  if (!email) {
    current = null;
    return null;
  }
  const [u] = await t.db.select().from(users).where(eq(users.email, email));
  if (!u) throw new Error(`Geen gebruiker ${email}`);
  current = { id: u.id, email: u.email, name: u.name, role: u.role };
  return current;
}

export type TActionOutcome = TActionState & { redirect?: string };

/** Calls a form action the way a browser form does, and reports a redirect instead of throwing it. */
export async function callAction(
  action: (prev: TActionState, fd: FormData) => Promise<TActionState>,
  fields: Record<string, string | string[] | undefined>,
): Promise<TActionOutcome> {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) {
    if (v === undefined) continue;
    for (const item of Array.isArray(v) ? v : [v]) fd.append(k, item);
  }
  try {
    return await action({ status: "idle" }, fd);
  } catch (err) {
    const digest = (err as { digest?: string }).digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT")) {
      return { status: "ok", redirect: digest.split(";")[2] };
    }
    if (typeof digest === "string" && digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;404")) {
      return { status: "error", message: "404" };
    }
    throw err;
  }
}

/** `callAction` as this user, independent of `actAs`: for calls of several people in parallel. */
export async function callActionAs(
  t: TTestDb,
  email: string,
  action: (prev: TActionState, fd: FormData) => Promise<TActionState>,
  fields: Record<string, string | string[] | undefined>,
): Promise<TActionOutcome> {
  const [u] = await t.db.select().from(users).where(eq(users.email, email));
  if (!u) throw new Error(`Geen gebruiker ${email}`);
  return perCall.run({ id: u.id, email: u.email, name: u.name, role: u.role }, () => callAction(action, fields));
}

/**
 * An object that stands for one made in a `beforeAll`: reading a property before the hook ran
 * is a test bug and says so. Lets a describe block name its database and modules once.
 */
function lateBound<T extends object>(what: string): { proxy: T; set: (v: T) => void } {
  let value: T | undefined;
  const proxy = new Proxy({} as T, {
    get: (_target, key) => {
      if (!value) throw new Error(`${what} is not ready: use it inside a test or hook`);
      return Reflect.get(value, key);
    },
  });
  return { proxy, set: (v) => (value = v) };
}

/**
 * A fresh database with the demo data and the action environment, for one describe block
 * (created before its tests, dropped after). Modules under test are loaded with
 * `loadAfterSetup`, so they see the mocked session and database.
 */
export function seededActionDb(driver: TDriver): TTestDb {
  const late = lateBound<TTestDb>("the test database");
  let real: TTestDb | undefined;
  beforeAll(async () => {
    real = await createTestDb(driver);
    await seedDemo(real.db);
    late.set(real);
    installActionEnv(real);
  });
  afterAll(async () => {
    uninstallActionEnv();
    await real?.drop();
  });
  return late.proxy;
}

/** A module imported in a `beforeAll` registered now: after `seededActionDb` and any extra mocks before it. */
export function loadAfterSetup<M extends object>(load: () => Promise<M>): M {
  const late = lateBound<M>("the module under test");
  beforeAll(async () => late.set(await load()));
  return late.proxy;
}

/** The membership id of this person in this scan, if they are a member. */
export async function findMemberId(t: TTestDb, scanId: string, email: string): Promise<string | undefined> {
  const [m] = await t.db
    .select({ id: scanMembers.id })
    .from(scanMembers)
    .innerJoin(users, eq(users.id, scanMembers.userId))
    .where(and(eq(scanMembers.scanId, scanId), eq(users.email, email)));
  return m?.id;
}

/** The same, for a member the test knows exists. */
export async function memberIdOf(t: TTestDb, scanId: string, email: string): Promise<string> {
  const id = await findMemberId(t, scanId, email);
  if (!id) throw new Error(`${email} is geen lid van ${scanId}`);
  return id;
}
