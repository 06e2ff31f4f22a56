import { getDb } from "@/db/client";
import { log } from "@/lib/log";
import { configuredTransport } from "@/lib/mail/transport";
import { drainOutbox } from "@/lib/mail/worker";

/**
 * Sends queued mail right after a request queued it (a sign-in link should not wait for the
 * next tick). Fire and forget: the outbox row is already committed, so a failure here only
 * means the next tick sends it.
 */
export function kickOutbox(): void {
  const transport = configuredTransport();
  if (!transport) return;
  setTimeout(() => {
    getDb()
      .then((db) => drainOutbox(db, { transport, maxRounds: 3 }))
      .catch((err) => log.error("outbox.kick_failed", err));
  }, 0);
}
