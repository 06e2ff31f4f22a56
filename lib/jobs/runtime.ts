import { getDb } from "@/db/client";
import { isProduction } from "@/lib/config";
import { env, envProblems, productionEnvProblems } from "@/lib/env";
import { log } from "@/lib/log";
import { tick } from "./tick";

/** The in-process scheduler runs by default only for the embedded database (a single instance). */
export function inlineSchedulerEnabled(): boolean {
  const setting = env("SCHEDULER");
  if (setting) return setting === "inline";
  return !env("DATABASE_URL");
}

type Global = { __dvsRuntime?: boolean };

/** Called once per server process from instrumentation.ts. */
export async function startRuntime() {
  const g = globalThis as Global;
  if (g.__dvsRuntime) return;
  g.__dvsRuntime = true;
  const problems = [...envProblems(), ...(isProduction() ? productionEnvProblems() : [])];
  if (problems.length) {
    log.error("env.invalid", new Error(problems.join("; ")));
    // A production server without its secrets, or with a setting it cannot use, must not serve anything.
    if (isProduction()) process.exit(1);
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
  const intervalMs = env("SCHEDULER_INTERVAL_MS");
  setInterval(run, intervalMs).unref();
  setTimeout(run, 1_000).unref();
  log.info("scheduler.inline_started", { intervalMs });
}
