import type { Queryable } from "@/db/client";
import { getDb } from "@/db/client";
import { auditLog } from "@/db/schema";
import { log } from "@/lib/log";

type TAuditDetails = Record<string, string | number | boolean | null>;

/** Written in the same transaction as the change it records. Ids and codes only, no personal data. */
export async function audit(
  q: Queryable,
  entry: { actorId: string | null; action: string; scanId?: string | null; details?: TAuditDetails },
) {
  await q.insert(auditLog).values({
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
    await db.insert(auditLog).values({ ...entry, scanId: entry.scanId ?? null, outcome: "denied" });
  } catch (err) {
    log.error("audit.denied_write_failed", err, { action: entry.action });
  }
}
