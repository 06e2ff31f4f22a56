import { and, count, eq, lte } from "drizzle-orm";
import type { Db } from "@/db/client";
import { appState, emailOutbox } from "@/db/schema";

export type TOperationalState = {
  outbox: { pending: number; due: number; failed: number; sent: number };
  lastTick: { at: string; finishedAt: string } | null;
};

/** Outbox and scheduler state, for /api/health and the admin status page. No personal data. */
export async function operationalState(db: Db, now = new Date()): Promise<TOperationalState> {
  const [byStatus, [due], [tick]] = await Promise.all([
    db.select({ status: emailOutbox.status, n: count() }).from(emailOutbox).groupBy(emailOutbox.status),
    db
      .select({ n: count() })
      .from(emailOutbox)
      .where(and(eq(emailOutbox.status, "pending"), lte(emailOutbox.nextAttemptAt, now))),
    db.select().from(appState).where(eq(appState.key, "last_tick")).limit(1),
  ]);
  const n = (s: string) => Number(byStatus.find((r) => r.status === s)?.n ?? 0);
  const tickAt = (tick?.value as { at?: string } | undefined)?.at;
  return {
    outbox: { pending: n("pending"), due: Number(due?.n ?? 0), failed: n("failed"), sent: n("sent") },
    lastTick: tick && tickAt ? { at: tickAt, finishedAt: tick.updatedAt.toISOString() } : null,
  };
}
