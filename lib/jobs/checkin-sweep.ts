import { and, desc, eq, inArray, isNotNull } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { emailOutbox, gemeenten, handelingsperspectieven, hpVoortgang, scanMembers, scans, users } from "@/db/schema";
import { checkinOpvolgingMail } from "@/lib/mail/catalogue";
import { enqueueMails } from "@/lib/mail/outbox";
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
  const [items, updates, members] = await Promise.all([
    q
      .select({
        id: handelingsperspectieven.id,
        scanId: handelingsperspectieven.scanId,
        rang: handelingsperspectieven.rang,
        titel: handelingsperspectieven.titel,
        keeper: handelingsperspectieven.eigenaarMemberId,
      })
      .from(handelingsperspectieven)
      .where(and(inArray(handelingsperspectieven.scanId, ids), isNotNull(handelingsperspectieven.rang))),
    q
      .select({ hpId: hpVoortgang.hpId, status: hpVoortgang.status, at: hpVoortgang.createdAt })
      .from(hpVoortgang)
      .where(inArray(hpVoortgang.scanId, ids))
      .orderBy(desc(hpVoortgang.createdAt), desc(hpVoortgang.id)),
    q
      .select({ id: scanMembers.id, scanId: scanMembers.scanId, userId: scanMembers.userId, procesregisseur: scanMembers.procesregisseur, email: users.email })
      .from(scanMembers)
      .innerJoin(users, eq(users.id, scanMembers.userId))
      .where(and(inArray(scanMembers.scanId, ids), eq(users.active, true))),
  ]);
  const laatste = new Map<string, { status: (typeof updates)[number]["status"]; at: Date }>();
  for (const u of updates) if (!laatste.has(u.hpId)) laatste.set(u.hpId, u);

  const mails = [];
  for (const scan of scanRows) {
    const eigen = members.filter((m) => m.scanId === scan.id);
    const userOf = new Map(eigen.map((m) => [m.id, m.userId]));
    const emailOf = new Map(eigen.map((m) => [m.userId, m.email]));
    const punten = items.filter((i) => i.scanId === scan.id);
    const due = dueCheckins(
      {
        scanId: scan.id,
        stap: scan.stap,
        afgerondAt: scan.afgerondAt,
        procesregisseurs: eigen.filter((m) => m.procesregisseur).map((m) => m.userId),
        items: punten.map((i) => ({
          hpId: i.id,
          rang: i.rang!,
          status: laatste.get(i.id)?.status ?? "niet_gestart",
          laatsteUpdate: laatste.get(i.id)?.at ?? null,
          keeperUserId: i.keeper ? (userOf.get(i.keeper) ?? null) : null,
        })),
      },
      now,
    );
    for (const d of due) {
      const email = emailOf.get(d.recipientUserId);
      if (!email) continue;
      mails.push({ d, scan, email, punten: punten.filter((p) => d.hpIds.includes(p.id)) });
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
        punten: m.punten.sort((a, b) => a.rang! - b.rang!).map((p) => ({ rang: p.rang!, titel: p.titel, status: laatste.get(p.id)?.status ?? "niet_gestart" })),
        ontvanger: { userId: m.d.recipientUserId, email: m.email },
        idempotencyKey: m.d.idempotencyKey,
      }),
    ),
    now,
  );
  return { scans: scanRows.length, due: mails.length, queued };
}
