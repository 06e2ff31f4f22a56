import "server-only";
import { desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { auditLog, users } from "@/db/schema";

/** The audit trail, newest first, with the actor's name; for begeleiders and admins only. */
export async function listAudit(opts: { scanId?: string; limit?: number }) {
  const db = await getDb();
  return db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      outcome: auditLog.outcome,
      scanId: auditLog.scanId,
      details: auditLog.details,
      actor: users.name,
      actorEmail: users.email,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(opts.scanId ? eq(auditLog.scanId, opts.scanId) : undefined)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(opts.limit ?? 200);
}
