import type { Db } from "@/db/client";
import { appState } from "@/db/schema";
import { env } from "@/lib/env";
import { configuredTransport } from "@/lib/mail/transport";
import { drainOutbox, type TWorkerResult } from "@/lib/mail/worker";
import { sweepBenchmark, type TEditieUitkomst } from "./benchmark-editie";
import { sweepCheckins, type TCheckinSweepResult } from "./checkin-sweep";
import { runRetention, type TRetentionResult } from "./retention";
import { sweepSchedule, type TSweepResult } from "./sweep";

export type TTickResult = {
  at: string;
  sweep: TSweepResult;
  checkins: TCheckinSweepResult;
  mail: TWorkerResult | null;
  retention: TRetentionResult;
  benchmark: Record<string, TEditieUitkomst>;
};

/**
 * One scheduler step (sweep, send, retention): everything periodic goes through here, whether started by the
 * in-process timer, `POST /api/cron/tick` or `npm run tick`. Safe to run concurrently on
 * any number of instances: the sweep dedups by idempotency key, the worker by SKIP LOCKED.
 */
export async function tick(db: Db, now: Date = new Date()): Promise<TTickResult> {
  const sweep = await sweepSchedule(db, now);
  const checkins = await sweepCheckins(db, now);
  const transport = configuredTransport();
  const leaseMs = env("OUTBOX_LEASE_MS");
  const mail = transport ? await drainOutbox(db, { transport, now, leaseMs }) : null;
  const retention = await runRetention(db, now);
  const benchmark = await sweepBenchmark(db, now);
  const result = { at: now.toISOString(), sweep, checkins, mail, retention, benchmark };
  await db
    .insert(appState)
    .values({ key: "last_tick", value: result, updatedAt: now })
    .onConflictDoUpdate({ target: appState.key, set: { value: result, updatedAt: now } });
  return result;
}
