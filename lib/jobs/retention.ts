import { and, eq, isNotNull, lt, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { antwoorden, rapporten, rateLimits, scans, sessions, verificationTokens } from "@/db/schema";
import { audit } from "@/lib/audit";

export type TRetentionResult = { tokens: number; sessions: number; rateLimits: number; scans: number; antwoorden: number };

/** Months after finalizing that individual answers are kept (AVG art. 5(1)(e)); default 12. */
export function retentionMonths(): number {
  const n = Number(process.env.RETENTION_MONTHS ?? 12);
  return Number.isFinite(n) && n >= 1 ? n : 12;
}

/**
 * Removes personal data that has served its purpose: expired sign-in tokens and sessions,
 * old rate-limit counters, and — a set period after a scan was finalized — the individual
 * answers and toelichtingen. What the report needs stays: the definitief report's snapshot
 * holds the aggregates per role and dimension. Runs in every tick; idempotent.
 */
export async function runRetention(db: Db, now = new Date(), months = retentionMonths()): Promise<TRetentionResult> {
  const tokens = await db.delete(verificationTokens).where(lt(verificationTokens.expires, now)).returning({ id: verificationTokens.token });
  const oldSessions = await db.delete(sessions).where(lt(sessions.expires, now)).returning({ id: sessions.sessionToken });
  const counters = await db
    .delete(rateLimits)
    .where(lt(rateLimits.windowStart, new Date(now.getTime() - 24 * 3600 * 1000)))
    .returning({ key: rateLimits.key });

  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  const due = await db
    .select({ id: scans.id })
    .from(scans)
    .where(
      and(
        eq(scans.stap, "afgerond"),
        isNotNull(scans.afgerondAt),
        lt(scans.afgerondAt, cutoff),
        // Only where the definitief report (with its aggregates) exists, and answers remain.
        sql`exists (select 1 from ${rapporten} where ${rapporten.scanId} = ${scans.id} and ${rapporten.soort} = 'definitief')`,
        sql`exists (select 1 from ${antwoorden} where ${antwoorden.scanId} = ${scans.id})`,
      ),
    );
  let removed = 0;
  for (const { id } of due) {
    await db.transaction(async (tx) => {
      const rows = await tx.delete(antwoorden).where(eq(antwoorden.scanId, id)).returning({ id: antwoorden.id });
      removed += rows.length;
      await audit(tx, { actorId: null, action: "retentie.antwoorden_verwijderd", scanId: id, details: { aantal: rows.length, maanden: months } });
    });
  }
  return { tokens: tokens.length, sessions: oldSessions.length, rateLimits: counters.length, scans: due.length, antwoorden: removed };
}

