import { mkdirSync } from "node:fs";
import path from "node:path";
import type { ExtractTablesWithRelations, Logger } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
// The one thing db takes from lib (biome.json allows exactly this import): the environment.
import { env } from "@/lib/env";
import { ensureReferenceData } from "./reference-data";
import * as schema from "./schema";

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Tx = PgTransaction<PgQueryResultHKT, typeof schema, ExtractTablesWithRelations<typeof schema>>;
/** Anything that can run a query: the database itself or an open transaction. */
export type Queryable = Db | Tx;

export type DbHandle = {
  db: Db;
  driver: "postgres" | "pglite";
  close: () => Promise<void>;
  /**
   * Receives `pg_notify(channel, payload)` from any instance. PostgreSQL: one dedicated
   * connection per handle for all listeners (postgres.js keeps it), not one per viewer.
   */
  listen: (channel: string, onPayload: (payload: string) => void) => Promise<() => Promise<void>>;
};

const MIGRATIONS = path.join(process.cwd(), "db", "migrations");
export const DEFAULT_PGLITE_DIR = path.join(process.cwd(), ".data", "pglite");
// Any constant works; it only has to be the same for every instance of the app.
const MIGRATION_LOCK_ID = 720_451_2026;

/**
 * Opens a database: PostgreSQL for a postgres:// URL, otherwise PGlite at the given
 * directory (or in memory for `memory://`). Migrations are applied before it is returned.
 */
export async function openDb(url: string | undefined, opts: { migrate?: boolean; max?: number; logger?: Logger } = {}): Promise<DbHandle> {
  const handle = url && /^postgres(ql)?:\/\//.test(url) ? await openPostgres(url, opts.max, opts.logger) : await openPglite(url, opts.logger);
  if (opts.migrate !== false) {
    await migrateHandle(handle, url);
    await ensureReferenceData(handle.db);
  }
  return handle;
}

async function openPostgres(url: string, max = 10, logger?: Logger): Promise<DbHandle> {
  const { default: postgres } = await import("postgres");
  const { drizzle } = await import("drizzle-orm/postgres-js");
  const client = postgres(url, { max, onnotice: () => {}, idle_timeout: 30 });
  const db = drizzle(client, { schema, casing: "snake_case", logger }) as unknown as Db;
  return {
    db,
    driver: "postgres",
    close: () => client.end({ timeout: 5 }),
    listen: async (channel, onPayload) => {
      const { unlisten } = await client.listen(channel, onPayload);
      return unlisten;
    },
  };
}

async function openPglite(dir: string | undefined, logger?: Logger): Promise<DbHandle> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const dataDir = dir || env("PGLITE_DIR") || DEFAULT_PGLITE_DIR;
  if (!dataDir.startsWith("memory://")) mkdirSync(path.dirname(dataDir), { recursive: true });
  const client = new PGlite(dataDir);
  await client.waitReady;
  const db = drizzle(client, { schema, casing: "snake_case", logger }) as unknown as Db;
  return {
    db,
    driver: "pglite",
    close: () => client.close(),
    listen: async (channel, onPayload) => {
      const stop = await client.listen(channel, onPayload);
      return async () => stop();
    },
  };
}

async function migrateHandle(handle: DbHandle, url: string | undefined) {
  if (handle.driver === "pglite") {
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    await migrate(handle.db as never, { migrationsFolder: MIGRATIONS });
    return;
  }
  // Two instances starting at once must not both apply the same migration: hold a
  // session-level advisory lock on one dedicated connection while migrating.
  const { default: postgres } = await import("postgres");
  const { drizzle } = await import("drizzle-orm/postgres-js");
  const { migrate } = await import("drizzle-orm/postgres-js/migrator");
  const client = postgres(url!, { max: 1, onnotice: () => {} });
  try {
    await client`select pg_advisory_lock(${MIGRATION_LOCK_ID})`;
    await migrate(drizzle(client, { casing: "snake_case" }), { migrationsFolder: MIGRATIONS });
    await client`select pg_advisory_unlock(${MIGRATION_LOCK_ID})`;
  } finally {
    await client.end({ timeout: 5 });
  }
}

type Global = { __dvsDb?: Promise<DbHandle> };

/**
 * The app's database, opened on first use. The promise lives on globalThis because the
 * proxy, route handlers and server actions are separate module graphs in one process,
 * and PGlite must never be opened twice on one directory.
 */
export function getDbHandle(): Promise<DbHandle> {
  const g = globalThis as Global;
  if (!g.__dvsDb) {
    g.__dvsDb = openDb(env("DATABASE_URL"), {
      max: env("DATABASE_POOL_SIZE"),
      // A deploy that runs `npm run db:migrate` as its own step can switch this off.
      migrate: env("DB_MIGRATE_ON_START"),
    }).catch((err) => {
      g.__dvsDb = undefined;
      throw err;
    });
  }
  return g.__dvsDb;
}

export async function getDb(): Promise<Db> {
  return (await getDbHandle()).db;
}
