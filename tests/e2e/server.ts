import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { openDb } from "@/db/client";
import { seedDemo } from "@/db/seed";
import { seedDemoBenchmark } from "@/lib/demo/seed-benchmark";
import { seedDemoRapporten } from "@/lib/demo/seed-rapporten";
import { createPgDatabase, postgresAvailable } from "../support/test-db";

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

export type TAppServer = {
  url: string;
  databaseUrl: string | null;
  process: ChildProcess;
  stop: () => Promise<void>;
  logs: string[];
};

/** A database of the test's own, seeded with demo data: PostgreSQL when it answers, else PGlite in a temp dir. */
export async function createSeededDatabase(): Promise<{
  env: Record<string, string>;
  databaseUrl: string | null;
  drop: () => Promise<void>;
}> {
  if (await postgresAvailable()) {
    const created = await createPgDatabase();
    const handle = await openDb(created.url, { max: 2 });
    await seedDemo(handle.db);
    await seedDemoBenchmark(handle.db);
    await seedDemoRapporten(handle.db);
    await handle.close();
    return { env: { DATABASE_URL: created.url }, databaseUrl: created.url, drop: created.drop };
  }
  const dir = mkdtempSync(path.join(tmpdir(), "dvs-e2e-"));
  const pgliteDir = path.join(dir, "pglite");
  const handle = await openDb(pgliteDir);
  await seedDemo(handle.db);
  await seedDemoBenchmark(handle.db);
  await seedDemoRapporten(handle.db);
  await handle.close();
  return { env: { PGLITE_DIR: pgliteDir }, databaseUrl: null, drop: async () => rmSync(dir, { recursive: true, force: true }) };
}

/** Starts the production build with `next start` on a loopback port and waits for /api/health. */
export async function startAppServer(env: Record<string, string>, port?: number): Promise<TAppServer> {
  const p = port ?? (await freePort());
  // The server binds to loopback only; the URL says "localhost" because Next's NextURL
  // rewrites 127.0.0.1 to localhost, and Auth.js's redirects must match the browser's host.
  const url = `http://localhost:${p}`;
  const logs: string[] = [];
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(p), "-H", "127.0.0.1"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      AUTH_SECRET: randomBytes(32).toString("base64url"),
      CRON_SECRET: randomBytes(24).toString("base64url"),
      NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
      AUTH_URL: url,
      APP_URL: url,
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (d) => logs.push(String(d)));
  child.stderr?.on("data", (d) => logs.push(String(d)));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start stopte meteen:\n${logs.join("")}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) throw new Error(`next start kwam niet op:\n${logs.join("")}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    databaseUrl: env.DATABASE_URL ?? null,
    process: child,
    logs,
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill("SIGTERM");
      await new Promise((r) => {
        const t = setTimeout(() => {
          child.kill("SIGKILL");
          r(null);
        }, 5_000);
        child.once("exit", () => {
          clearTimeout(t);
          r(null);
        });
      });
    },
  };
}

/**
 * Two instances on one fresh PostgreSQL with the demo data, as a hosting party runs them: the
 * same auth secret and server-action key, so a session and a form work on either.
 */
export async function startTwoInstances(
  env: Record<string, string>,
): Promise<{ a: TAppServer; b: TAppServer; databaseUrl: string; stop: () => Promise<void> }> {
  const db = await createPgDatabase();
  const h = await openDb(db.url, { max: 2 });
  await seedDemo(h.db);
  await h.close();
  const shared = {
    DATABASE_URL: db.url,
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
    ...env,
  };
  const [a, b] = await Promise.all([startAppServer(shared), startAppServer(shared)]);
  return {
    a,
    b,
    databaseUrl: db.url,
    stop: async () => {
      await a.stop();
      await b.stop();
      await db.drop();
    },
  };
}
