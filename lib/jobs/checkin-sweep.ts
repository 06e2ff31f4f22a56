import { and, eq, inArray, isNotNull } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { emailOutbox, gemeenten, scanMembers, scans, users } from "@/db/schema";
import { checkinOpvolgingMail } from "@/lib/mail/catalogue";
import { enqueueMails } from "@/lib/mail/outbox";
import { top3Standen } from "@/lib/scan/top3-stand";
import { dueCheckins } from "./checkin-schedule";

export type TCheckinSweepResult = { scans: number; due: number; queued: number };

/**
 * Turns stap 7's check-in schedule into outbox rows, like `sweepSchedule` does for the
 * analysetool: idempotent, safe to run every minute on every instance (the key is unique in
 * the outbox), keys already queued are skipped before rendering.
 */
export async function sweepCheckins(q: Queryable, now: Date): Promise<TCheckinSweepResult> {
  const scanRows = await q
    .select({ id: scans.id, gemeente: gemeenten.naam, stap: scans.stap, afgerondAt: scans.afgerondAt })
    .from(scans)
    .innerJoin(gemeenten, eq(gemeenten.id, scans.gemeenteId))
    .where(and(eq(scans.stap, "afgerond"), isNotNull(scans.afgerondAt)));
  if (scanRows.length === 0) return { scans: 0, due: 0, queued: 0 };
  const ids = scanRows.map((s) => s.id);
  const [punten, members] = await Promise.all([
    top3Standen(q, ids),
    q
      .select({ id: scanMembers.id, scanId: scanMembers.scanId, userId: scanMembers.userId, procesregisseur: scanMembers.procesregisseur, email: users.email })
      .from(scanMembers)
      .innerJoin(users, eq(users.id, scanMembers.userId))
      .where(and(inArray(scanMembers.scanId, ids), eq(users.active, true))),
  ]);

  const mails = [];
  for (const scan of scanRows) {
    const eigen = members.filter((m) => m.scanId === scan.id);
    const userOf = new Map(eigen.map((m) => [m.id, m.userId]));
    const emailOf = new Map(eigen.map((m) => [m.userId, m.email]));
    const eigenPunten = punten.filter((i) => i.scanId === scan.id);
    const due = dueCheckins(
      {
        scanId: scan.id,
        stap: scan.stap,
        afgerondAt: scan.afgerondAt,
        procesregisseurs: eigen.filter((m) => m.procesregisseur).map((m) => m.userId),
        items: eigenPunten.map((i) => ({
          hpId: i.id,
          rang: i.rang,
          status: i.status,
          laatsteUpdate: i.laatsteUpdate,
          keeperUserId: i.keeperMemberId ? (userOf.get(i.keeperMemberId) ?? null) : null,
        })),
      },
      now,
    );
    for (const d of due) {
      const email = emailOf.get(d.recipientUserId);
      if (!email) continue;
      mails.push({ d, scan, email, punten: eigenPunten.filter((p) => d.hpIds.includes(p.id)) });
    }
  }
  if (mails.length === 0) return { scans: scanRows.length, due: 0, queued: 0 };
  const keys = mails.map((m) => m.d.idempotencyKey);
  const queuedBefore = await q.select({ key: emailOutbox.idempotencyKey }).from(emailOutbox).where(inArray(emailOutbox.idempotencyKey, keys));
  const existing = new Set(queuedBefore.map((r) => r.key));
  const fresh = mails.filter((m) => !existing.has(m.d.idempotencyKey));
  const queued = await enqueueMails(
    q,
    fresh.map((m) =>
      checkinOpvolgingMail({
        scanId: m.scan.id,
        gemeente: m.scan.gemeente,
        maanden: m.d.maanden,
        punten: m.punten.map((p) => ({ rang: p.rang, titel: p.titel, status: p.status })),
        ontvanger: { userId: m.d.recipientUserId, email: m.email },
        idempotencyKey: m.d.idempotencyKey,
      }),
    ),
    now,
  );
  return { scans: scanRows.length, due: mails.length, queued };
}
