import type { TScanState } from "@/db/schema";
import { amsterdamDay, amsterdamOffsetMinutes, fromAmsterdamLocal, toAmsterdamLocal } from "@/lib/dates";

/**
 * The mail schedule around the analysetool (architecture §3), as a pure function of the scan
 * and the moment: "which scheduled mails are due now?". The reminder sweep calls it every
 * minute for each scan in stap `analysetool` and queues the answer in the outbox.
 *
 * Why it is safe to return a mail that was already sent: the sweep does not remember what
 * it did. Every returned mail carries an idempotency key, and the outbox has a unique index
 * on that key (inserts use ON CONFLICT DO NOTHING), so the second, third, … time the same
 * mail is returned nothing happens. That makes the sweep safe to run every minute, on any
 * number of instances at once, and after an outage it simply catches up. What keeps a mail
 * from being sent twice is the key; what this function must get right is that the key
 * names the mail precisely — kind, scan, recipient and the deadline it is about — so that a
 * moved deadline gets fresh mails and an unchanged one never does.
 */

export type TScheduleDeelnemer = {
  memberId: string;
  /** When they submitted the tool; a moment after `now` counts as not (yet) submitted. */
  ingediendAt: Date | null;
  /** When they were added to the scan; a moment after `now` means not there yet. */
  addedAt: Date;
};

export type TScheduleInput = {
  scanId: string;
  stap: TScanState;
  workshopAt: Date | null;
  /** Explicit deadline (extended by a begeleider); null → workshop − 7 days. */
  deadlineAt: Date | null;
  /** When stap 3 was started; null → the tool was not started and nothing is due. */
  analysetoolStartedAt: Date | null;
  deelnemers: TScheduleDeelnemer[];
  /** Procesregisseur and begeleiders (ids) who get the overview after the deadline. */
  ontvangersOverzicht: { key: string }[];
};

export type TDueMailKind = "uitnodiging_analysetool" | "herinnering" | "deadline_vandaag" | "overzicht_deadline";

export type TDueMail = {
  kind: TDueMailKind;
  recipientKey: string;
  idempotencyKey: string;
  /** "YYYY-MM-DD": the Amsterdam calendar date of the deadline the mail is about. */
  aboutDate: string;
};

export type TSchedule = {
  /** W − 21 days: the tool opens and deelnemers are invited. */
  uitnodiging: Date;
  /** W − 10 days: reminder to those who have not submitted. */
  herinnering: Date;
  /** W − 7 days, or the explicit deadline. */
  deadline: Date;
  /** 08:00 Amsterdam time on the deadline's calendar day: "deadline vandaag". */
  deadlineOchtend: Date;
};

export const UITNODIGING_DAGEN = 21;
export const HERINNERING_DAGEN = 10;
export const DEADLINE_DAGEN = 7;
export const DEADLINE_OCHTEND = "08:00";

/**
 * `days` calendar days later (or earlier, when negative) at the same Amsterdam wall-clock
 * time. Across a DST change this is 23 or 25 hours per day boundary, not 24: a workshop at
 * 13:30 in April is invited 13:30 in March, as people expect. A wall-clock time that does
 * not exist on the target day (the skipped hour in spring) moves forward by that hour.
 */
export function addAmsterdamDays(at: Date, days: number): Date {
  const local = toAmsterdamLocal(at); // "YYYY-MM-DDTHH:mm"
  const [y, mo, d] = local.slice(0, 10).split("-").map(Number) as [number, number, number];
  const shifted = new Date(Date.UTC(y, mo - 1, d + days));
  const day = shifted.toISOString().slice(0, 10);
  const time = local.slice(11);
  // Seconds and milliseconds are not part of the wall-clock string; carry them over.
  const subMinute = ((at.getTime() % 60_000) + 60_000) % 60_000;
  const exact = fromAmsterdamLocal(`${day}T${time}`);
  if (exact) return new Date(exact.getTime() + subMinute);
  // In the spring gap: read the time with the offset that held just before the change.
  const asUtc = Date.parse(`${day}T${time}:00Z`);
  const offsetBefore = amsterdamOffsetMinutes(new Date(asUtc - 24 * 3_600_000));
  return new Date(asUtc - offsetBefore * 60_000 + subMinute);
}

/** The schedule for a workshop moment, for display and for `dueMails`. */
export function scheduleFor(workshopAt: Date, deadlineAt?: Date | null): TSchedule {
  const deadline = deadlineAt ?? addAmsterdamDays(workshopAt, -DEADLINE_DAGEN);
  const deadlineOchtend = fromAmsterdamLocal(`${amsterdamDay(deadline)}T${DEADLINE_OCHTEND}`);
  // 08:00 exists on every Amsterdam day (the DST changes happen at 02:00/03:00).
  if (!deadlineOchtend) throw new Error("schedule: no 08:00 on the deadline day");
  return {
    uitnodiging: addAmsterdamDays(workshopAt, -UITNODIGING_DAGEN),
    herinnering: addAmsterdamDays(workshopAt, -HERINNERING_DAGEN),
    deadline,
    deadlineOchtend,
  };
}

export function idempotencyKeyFor(kind: TDueMailKind, scanId: string, recipientKey: string, aboutDate: string): string {
  return `${kind}/${scanId}/${recipientKey}/${aboutDate}`;
}

const before = (a: Date | null, b: Date) => a !== null && a.getTime() <= b.getTime();

/**
 * Every scheduled mail due at `now`. Rules (architecture §3):
 * - Only while the scan is in stap `analysetool` and the tool has been started (at or
 *   before `now`); once the scan has moved on, nothing is due any more.
 * - Invitation from W − 21 days; at once when the tool was started, or the deelnemer was
 *   added, later than that. Not to someone who has already submitted: they evidently have
 *   the tool (normally they got the invitation before submitting anyway).
 * - Herinnering from W − 10 days to those who have not submitted, until the deadline
 *   morning (or the deadline, if the deadline is before 08:00); never after the deadline.
 * - Deadline vandaag from 08:00 on the deadline day until the deadline, to those who have
 *   not submitted.
 * - A reminder is only sent to someone whose invitation moment lies before the reminder
 *   moment: a deelnemer added (or a tool started) at W − 9 gets the invitation, not an
 *   invitation plus a reminder in the same minute.
 * - Per deelnemer at most one mail is returned: the latest stage that is due. The earlier
 *   ones were due earlier and are in the outbox already; if the sweep was down, one mail
 *   with the current deadline is better than three at once. The same rule makes an extended
 *   deadline produce one fresh herinnering (new deadline date, new key), not a new
 *   invitation as well.
 * - After the deadline: the overview to each of `ontvangersOverzicht`, once per deadline.
 *   Not when the tool was started only after that deadline (the deadline was never real).
 * Keys embed the deadline's Amsterdam date, so a moved deadline gets its own mails.
 * Order: deelnemer mails in the order of `deelnemers`, then the overviews.
 */
export function dueMails(input: TScheduleInput, now: Date): TDueMail[] {
  const { scanId, stap, workshopAt, deadlineAt, analysetoolStartedAt } = input;
  if (stap !== "analysetool") return [];
  if (!workshopAt || !analysetoolStartedAt || analysetoolStartedAt.getTime() > now.getTime()) return [];

  const s = scheduleFor(workshopAt, deadlineAt);
  const aboutDate = amsterdamDay(s.deadline);
  const t = now.getTime();
  const mail = (kind: TDueMailKind, recipientKey: string): TDueMail => ({
    kind,
    recipientKey,
    idempotencyKey: idempotencyKeyFor(kind, scanId, recipientKey, aboutDate),
    aboutDate,
  });

  const herinneringEnd =
    s.deadlineOchtend.getTime() > s.herinnering.getTime() && s.deadlineOchtend.getTime() < s.deadline.getTime() ? s.deadlineOchtend : s.deadline;

  const out: TDueMail[] = [];
  for (const d of input.deelnemers) {
    if (d.addedAt.getTime() > t) continue; // not a deelnemer yet at `now`
    if (before(d.ingediendAt, now)) continue; // submitted: no invitation, no reminders
    const invitedAt = Math.max(s.uitnodiging.getTime(), analysetoolStartedAt.getTime(), d.addedAt.getTime());
    if (t < invitedAt) continue;

    let kind: TDueMailKind = "uitnodiging_analysetool";
    if (invitedAt < s.herinnering.getTime() && t >= s.herinnering.getTime() && t < herinneringEnd.getTime()) {
      kind = "herinnering";
    }
    if (invitedAt < s.deadlineOchtend.getTime() && t >= s.deadlineOchtend.getTime() && t < s.deadline.getTime()) {
      kind = "deadline_vandaag";
    }
    out.push(mail(kind, d.memberId));
  }

  if (t >= s.deadline.getTime() && analysetoolStartedAt.getTime() < s.deadline.getTime()) {
    for (const r of input.ontvangersOverzicht) out.push(mail("overzicht_deadline", r.key));
  }
  return out;
}
