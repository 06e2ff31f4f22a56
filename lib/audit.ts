import type { Queryable } from "@/db/client";
import { getDb } from "@/db/client";
import { auditLog } from "@/db/schema";
import { log } from "@/lib/log";

type TAuditDetails = Record<string, string | number | boolean | null>;

/**
 * Written in the same transaction as the change it records. Ids and codes only, no personal
 * data. `at` is the moment of the change when the caller has one (a job run with an injected
 * `now`); otherwise the request's own clock.
 */
export async function audit(q: Queryable, entry: { actorId: string | null; action: string; scanId?: string | null; details?: TAuditDetails; at?: Date }) {
  await q.insert(auditLog).values({
    at: entry.at ?? new Date(),
    actorId: entry.actorId,
    action: entry.action,
    scanId: entry.scanId ?? null,
    details: entry.details ?? null,
  });
}

/** A refused authorization; never lets a logging failure turn a refusal into an error page. */
export async function auditDenied(entry: { actorId: string | null; action: string; scanId?: string | null }) {
  try {
    const db = await getDb();
    await db.insert(auditLog).values({ ...entry, at: new Date(), scanId: entry.scanId ?? null, outcome: "denied" });
  } catch (err) {
    log.error("audit.denied_write_failed", err, { action: entry.action });
  }
}
