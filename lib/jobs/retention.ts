import { and, eq, inArray, isNotNull, lt, ne, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { antwoorden, emailOutbox, rapporten, rateLimits, rondeStemmen, scans, sessions, verificationTokens, workshopRondes } from "@/db/schema";
import { audit } from "@/lib/audit";
import { env } from "@/lib/env";

export type TRetentionResult = {
  tokens: number;
  sessions: number;
  rateLimits: number;
  scans: number;
  antwoorden: number;
  mailBodies: number;
};

/** What a mail body becomes once retention removed it; the row stays so its idempotency key still blocks a re-send. */
export const REMOVED_BODY = "[inhoud verwijderd (bewaartermijn)]";

/** A sign-in link is dead after 10 minutes; an hour leaves room for a slow provider before its body goes. */
const LOGIN_MAIL_BODY_HOURS = 1;

/** Months after finalizing that individual answers are kept (AVG art. 5(1)(e)); default 12. */
export function retentionMonths(): number {
  return env("RETENTION_MONTHS");
}

/**
 * Removes personal data that has served its purpose: expired sign-in tokens and sessions,
 * old rate-limit counters, and — a set period after a scan was finalized — the individual
 * answers and toelichtingen, and the bodies of its mails (sign-in mails lose theirs after an
 * hour: they carry the raw token). What the report needs stays: the definitief report's snapshot
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
  // Mail bodies hold the raw sign-in token and names; the row (key, status, time) is what
  // operations and the no-double-send guarantee need, so only the body goes.
  const loginCutoff = new Date(now.getTime() - LOGIN_MAIL_BODY_HOURS * 3600 * 1000);
  const blankBody = { html: REMOVED_BODY, text: REMOVED_BODY, attachments: [] };
  const loginBodies = await db
    .update(emailOutbox)
    .set(blankBody)
    .where(
      and(eq(emailOutbox.kind, "inloglink"), ne(emailOutbox.status, "pending"), lt(emailOutbox.createdAt, loginCutoff), ne(emailOutbox.text, REMOVED_BODY)),
    )
    .returning({ id: emailOutbox.id });
  const scanBodies = await db
    .update(emailOutbox)
    .set(blankBody)
    .where(
      and(
        ne(emailOutbox.status, "pending"),
        ne(emailOutbox.text, REMOVED_BODY),
        inArray(
          emailOutbox.scanId,
          db
            .select({ id: scans.id })
            .from(scans)
            .where(and(eq(scans.stap, "afgerond"), lt(scans.afgerondAt, cutoff))),
        ),
      ),
    )
    .returning({ id: emailOutbox.id });

  let removed = 0;
  for (const { id } of due) {
    await db.transaction(async (tx) => {
      const rows = await tx.delete(antwoorden).where(eq(antwoorden.scanId, id)).returning({ id: antwoorden.id });
      removed += rows.length;
      // The votes of the live workshop rounds are individual answers too; the report keeps their counts.
      await tx
        .delete(rondeStemmen)
        .where(inArray(rondeStemmen.rondeId, tx.select({ id: workshopRondes.id }).from(workshopRondes).where(eq(workshopRondes.scanId, id))));
      await audit(tx, {
        actorId: null,
        action: "retentie.antwoorden_verwijderd",
        scanId: id,
        details: { aantal: rows.length, maanden: months },
        at: now,
      });
    });
  }
  return {
    tokens: tokens.length,
    sessions: oldSessions.length,
    rateLimits: counters.length,
    scans: due.length,
    antwoorden: removed,
    mailBodies: loginBodies.length + scanBodies.length,
  };
}
