import { after } from "next/server";
import { getDb } from "@/db/client";
import { log } from "@/lib/log";
import { configuredTransport } from "@/lib/mail/transport";
import { drainOutbox } from "@/lib/mail/worker";

/**
 * Sends queued mail right after a request queued it (a sign-in link should not wait for the
 * next tick). Fire and forget: the outbox row is already committed, so a failure here only
 * means the next tick sends it.
 *
 * Inside a server action or route handler `after()` runs the drain once the response is sent,
 * and Next keeps the request open for it (waitUntil), so the answer does not wait on the mail
 * provider and the work is not lost when the request ends. Outside a request scope (tests,
 * scripts) `after()` throws; then a timer starts it on the next turn, as before.
 */
export function kickOutbox(): void {
  const transport = configuredTransport();
  if (!transport) return;
  const drain = () =>
    getDb()
      .then((db) => drainOutbox(db, { transport, maxRounds: 3 }))
      .catch((err) => log.error("outbox.kick_failed", err));
  try {
    after(drain);
  } catch {
    setTimeout(drain, 0);
  }
}
