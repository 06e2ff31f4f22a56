/**
 * Runs real server actions against a real test database. Only what cannot exist outside a
 * Next.js request is replaced: the session cookie (we say who is signed in), `headers()`,
 * and cache revalidation. Import the modules under test *after* `installActionEnv`.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { eq } from "drizzle-orm";
import { vi } from "vitest";
import { users } from "@/db/schema";
import type { TActionState } from "@/lib/actions/state";
import type { TCurrentUser } from "@/lib/auth/session";
import type { TTestDb } from "./test-db";

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
