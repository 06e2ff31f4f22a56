import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { type DbHandle, openDb } from "@/db/client";

export type TDriver = "postgres" | "pglite";
export type TTestDb = DbHandle & { url: string; drop: () => Promise<void> };

/** The maintenance connection used only to create and drop our own throwaway databases. */
export const ADMIN_URL = process.env.TEST_PG_ADMIN_URL || "postgres://postgres@127.0.0.1:5432/postgres";

let available: Promise<boolean> | undefined;

/** Whether a PostgreSQL server answers at ADMIN_URL (checked once per process). */
export function postgresAvailable(): Promise<boolean> {
  if (process.env.TEST_DRIVERS && !process.env.TEST_DRIVERS.includes("postgres")) return Promise.resolve(false);
  available ??= (async () => {
    const sql = postgres(ADMIN_URL, { max: 1, connect_timeout: 3, onnotice: () => {} });
    try {
      await sql`select 1`;
      return true;
    } catch {
      return false;
    } finally {
      await sql.end({ timeout: 1 }).catch(() => {});
    }
  })();
  return available;
}

/**
 * PostgreSQL when it answers, and always PGlite. TEST_DRIVERS picks: "postgres", "pglite", or
 * "postgres-else-pglite" (the clock-shifted run: the server's own clock where there is one).
 */
export async function testDrivers(): Promise<TDriver[]> {
  if (process.env.TEST_DRIVERS === "postgres-else-pglite") return (await postgresAvailable()) ? ["postgres"] : ["pglite"];
  const wanted = (process.env.TEST_DRIVERS ?? "postgres,pglite").split(",");
  const list: TDriver[] = [];
  if (wanted.includes("postgres") && (await postgresAvailable())) list.push("postgres");
  if (wanted.includes("pglite")) list.push("pglite");
  return list;
}

export async function createPgDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `dvs_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const a = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
      await a.unsafe(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
}

/** A fresh, migrated database of its own: a random PostgreSQL database or an in-memory PGlite. */
export async function createTestDb(driver: TDriver): Promise<TTestDb> {
  if (driver === "pglite") {
    const handle = await openDb("memory://");
    return { ...handle, url: "memory://", drop: () => handle.close() };
  }
  const created = await createPgDatabase();
  const handle = await openDb(created.url, { max: 5 });
  return {
    ...handle,
    url: created.url,
    drop: async () => {
      await handle.close();
      await created.drop();
    },
  };
}
