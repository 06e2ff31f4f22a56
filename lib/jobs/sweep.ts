import { and, eq, inArray, isNotNull } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { emailOutbox, gemeenten, scanBegeleiders, scanMembers, scans, users } from "@/db/schema";
import { geplandeMail, geplandeMailBody } from "@/lib/mail/catalogue";
import { enqueueMails } from "@/lib/mail/outbox";
import { renderMail, type TRenderedMail } from "@/lib/mail/render";
import { dueMails, type TDueMail } from "./schedule";

export type TSweepResult = { scans: number; due: number; queued: number };

type TScanRow = {
  id: string;
  gemeente: string;
  stap: (typeof scans.$inferSelect)["stap"];
  workshopAt: Date | null;
  deadlineAt: Date | null;
  analysetoolStartedAt: Date | null;
};

/**
 * Turns the schedule into outbox rows. Idempotent and safe to run concurrently: every mail's
 * key is unique in the outbox, keys already there are skipped before rendering (so a sweep
 * every minute costs a query, not a render), and a race between two sweeps ends in one row.
 * Pass a transaction and `scanIds` to queue the mails of one change in that change's transaction.
 */
export async function sweepSchedule(q: Queryable, now: Date, opts: { scanIds?: string[] } = {}): Promise<TSweepResult> {
  const scanRows: TScanRow[] = await q
    .select({
      id: scans.id,
      gemeente: gemeenten.naam,
      stap: scans.stap,
      workshopAt: scans.workshopAt,
      deadlineAt: scans.deadlineAt,
      analysetoolStartedAt: scans.analysetoolStartedAt,
    })
    .from(scans)
    .innerJoin(gemeenten, eq(gemeenten.id, scans.gemeenteId))
    .where(and(eq(scans.stap, "analysetool"), opts.scanIds ? inArray(scans.id, opts.scanIds) : undefined));
  if (scanRows.length === 0) return { scans: 0, due: 0, queued: 0 };
  const ids = scanRows.map((s) => s.id);

  const members = await q
    .select({
      id: scanMembers.id,
      scanId: scanMembers.scanId,
      userId: scanMembers.userId,
      rol: scanMembers.rol,
      procesregisseur: scanMembers.procesregisseur,
      ingediendAt: scanMembers.ingediendAt,
      createdAt: scanMembers.createdAt,
      email: users.email,
      naam: users.name,
    })
    .from(scanMembers)
    .innerJoin(users, eq(users.id, scanMembers.userId))
    .where(and(inArray(scanMembers.scanId, ids), eq(users.active, true)));
  const begeleiders = await q
    .select({ scanId: scanBegeleiders.scanId, userId: users.id, email: users.email })
    .from(scanBegeleiders)
    .innerJoin(users, eq(users.id, scanBegeleiders.userId))
    .where(and(inArray(scanBegeleiders.scanId, ids), eq(users.active, true), isNotNull(users.role)));

  type TPlanned = { due: TDueMail; scan: TScanRow; to: string };
  const planned: TPlanned[] = [];
  for (const scan of scanRows) {
    const own = members.filter((m) => m.scanId === scan.id);
    const deelnemers = own.filter((m) => m.rol !== null);
    const emailByKey = new Map<string, string>();
    for (const m of deelnemers) emailByKey.set(m.id, m.email);
    const overzicht: { key: string }[] = [];
    for (const m of own.filter((m) => m.procesregisseur)) {
      emailByKey.set(m.userId, m.email);
      overzicht.push({ key: m.userId });
    }
    for (const b of begeleiders.filter((b) => b.scanId === scan.id)) {
      if (!emailByKey.has(b.userId)) overzicht.push({ key: b.userId });
      emailByKey.set(b.userId, b.email);
    }
    const due = dueMails(
      {
        scanId: scan.id,
        stap: scan.stap,
        workshopAt: scan.workshopAt,
        deadlineAt: scan.deadlineAt,
        analysetoolStartedAt: scan.analysetoolStartedAt,
        deelnemers: deelnemers.map((m) => ({ memberId: m.id, ingediendAt: m.ingediendAt, addedAt: m.createdAt })),
        ontvangersOverzicht: overzicht,
      },
      now,
    );
    for (const d of due) {
      const to = emailByKey.get(d.recipientKey);
      if (to) planned.push({ due: d, scan, to });
    }
  }

  const existing = new Set<string>();
  const keys = planned.map((p) => p.due.idempotencyKey);
  for (let i = 0; i < keys.length; i += 500) {
    const rows = await q
      .select({ key: emailOutbox.idempotencyKey })
      .from(emailOutbox)
      .where(inArray(emailOutbox.idempotencyKey, keys.slice(i, i + 500)));
    for (const r of rows) existing.add(r.key);
  }
  const fresh = planned.filter((p) => !existing.has(p.due.idempotencyKey));
  if (fresh.length === 0) return { scans: scanRows.length, due: planned.length, queued: 0 };

  // Mails of one kind about one scan read the same for every recipient: render once.
  const rendered = new Map<string, Promise<TRenderedMail>>();
  const renderFor = (p: TPlanned) => {
    const cacheKey = `${p.scan.id}/${p.due.kind}/${p.due.aboutDate}`;
    if (!rendered.has(cacheKey)) rendered.set(cacheKey, renderMail(geplandeMailBody(p.due.kind, p.scan, members)));
    return rendered.get(cacheKey)!;
  };
  const queued = await enqueueMails(
    q,
    await Promise.all(fresh.map(async (p) => geplandeMail(p.due, { scan: p.scan, to: p.to, body: await renderFor(p) }))),
    now,
  );
  return { scans: scanRows.length, due: planned.length, queued };
}
