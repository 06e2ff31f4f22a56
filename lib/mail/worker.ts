import { and, eq, inArray, lte, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { emailOutbox } from "@/db/schema";
import { log } from "@/lib/log";
import type { TTransport } from "./transport";

export type TWorkerOptions = {
  transport: TTransport;
  now?: Date;
  batchSize?: number;
  maxAttempts?: number;
  /** How long a claimed mail is hidden from other workers; a crashed worker's mail reappears after it. */
  leaseMs?: number;
  concurrency?: number;
};

export type TWorkerResult = { claimed: number; sent: number; retried: number; failed: number };

export const MAX_ATTEMPTS = 6;

/** 30 s, 1 min, 2 min … capped at one hour; a provider's retry-after wins when it is later. */
export function backoffMs(attempts: number, retryAfterMs?: number): number {
  const exp = Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);
  return Math.max(exp, retryAfterMs ?? 0);
}

/**
 * Claims due mails with FOR UPDATE SKIP LOCKED (so any number of workers can run at once),
 * sends each, and records the outcome. Claiming pushes `next_attempt_at` forward by a lease
 * in the same statement, so a mail is in the hands of one worker at a time, and a worker
 * that dies mid-send leaves the mail to be retried with the same idempotency key.
 */
export async function processOutbox(db: Db, opts: TWorkerOptions): Promise<TWorkerResult> {
  const now = opts.now ?? new Date();
  const batchSize = opts.batchSize ?? 25;
  const maxAttempts = opts.maxAttempts ?? MAX_ATTEMPTS;
  const lease = new Date(now.getTime() + (opts.leaseMs ?? 120_000));
  const result: TWorkerResult = { claimed: 0, sent: 0, retried: 0, failed: 0 };

  const due = db
    .select({ id: emailOutbox.id })
    .from(emailOutbox)
    .where(and(eq(emailOutbox.status, "pending"), lte(emailOutbox.nextAttemptAt, now)))
    .orderBy(emailOutbox.nextAttemptAt)
    .limit(batchSize)
    .for("update", { skipLocked: true });
  const claimed = await db
    .update(emailOutbox)
    .set({ attempts: sql`${emailOutbox.attempts} + 1`, nextAttemptAt: lease })
    .where(and(inArray(emailOutbox.id, due), eq(emailOutbox.status, "pending")))
    .returning();
  result.claimed = claimed.length;

  const handle = async (mail: (typeof claimed)[number]) => {
    const outcome = await opts.transport.send(mail).catch((err: unknown) => ({ ok: false, permanent: false, error: String(err).slice(0, 500) }) as const);
    if (outcome.ok) {
      await db.update(emailOutbox).set({ status: "sent", providerId: outcome.providerId, sentAt: now, lastError: null }).where(eq(emailOutbox.id, mail.id));
      result.sent++;
    } else if (outcome.permanent || mail.attempts >= maxAttempts) {
      await db.update(emailOutbox).set({ status: "failed", lastError: outcome.error }).where(eq(emailOutbox.id, mail.id));
      result.failed++;
      // The alert an operator acts on (beheer/outbox has the details). Ids only: the address,
      // subject, body and the provider's message (which may quote the address) stay in the row.
      log.error("mail.gave_up", null, {
        outboxId: mail.id,
        kind: mail.kind,
        attempts: mail.attempts,
        reason: outcome.permanent ? "permanent" : "max_attempts",
        status: /^(\d{3}):/.exec(outcome.error)?.[1] ?? null,
      });
    } else {
      const retryAt = new Date(now.getTime() + backoffMs(mail.attempts, "retryAfterMs" in outcome ? outcome.retryAfterMs : undefined));
      await db.update(emailOutbox).set({ lastError: outcome.error, nextAttemptAt: retryAt }).where(eq(emailOutbox.id, mail.id));
      result.retried++;
    }
  };
  // A few sends at a time: fast enough for the whole country, gentle on the provider.
  const concurrency = opts.concurrency ?? 4;
  for (let i = 0; i < claimed.length; i += concurrency) await Promise.all(claimed.slice(i, i + concurrency).map(handle));
  return result;
}

/** Sends until nothing due is left (bounded, so a flood cannot keep one request busy forever). */
export async function drainOutbox(db: Db, opts: TWorkerOptions & { maxRounds?: number }): Promise<TWorkerResult> {
  const total: TWorkerResult = { claimed: 0, sent: 0, retried: 0, failed: 0 };
  for (let round = 0; round < (opts.maxRounds ?? 20); round++) {
    const r = await processOutbox(db, opts);
    total.claimed += r.claimed;
    total.sent += r.sent;
    total.retried += r.retried;
    total.failed += r.failed;
    if (r.claimed === 0) break;
  }
  return total;
}
