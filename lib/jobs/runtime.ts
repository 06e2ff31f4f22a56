import { getDb } from "@/db/client";
import { productionEnvProblems } from "@/lib/env";
import { log } from "@/lib/log";
import { tick } from "./tick";

const INTERVAL_MS = Number(process.env.SCHEDULER_INTERVAL_MS ?? 30_000);

/** The in-process scheduler runs by default only for the embedded database (a single instance). */
export function inlineSchedulerEnabled(): boolean {
  const setting = process.env.SCHEDULER;
  if (setting) return setting === "inline";
  return !process.env.DATABASE_URL;
}

type Global = { __dvsRuntime?: boolean };

/** Called once per server process from instrumentation.ts. */
export async function startRuntime() {
  const g = globalThis as Global;
  if (g.__dvsRuntime) return;
  g.__dvsRuntime = true;
  if (process.env.NODE_ENV === "production") {
    const problems = productionEnvProblems();
    if (problems.length) {
      log.error("env.invalid", new Error(problems.join("; ")));
      // A production server without its secrets must not serve anything.
      process.exit(1);
    }
  }
  try {
    await getDb();
    log.info("db.ready");
  } catch (err) {
    log.error("db.open_failed", err);
  }
  if (!inlineSchedulerEnabled()) return;
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      await tick(await getDb());
    } catch (err) {
      log.error("scheduler.tick_failed", err);
    } finally {
      running = false;
    }
  };
  setInterval(run, INTERVAL_MS).unref();
  setTimeout(run, 1_000).unref();
  log.info("scheduler.inline_started", { intervalMs: INTERVAL_MS });
}
