import type { TOpvolgStatus, TScanState } from "@/db/schema";
import { fromAmsterdamLocal, toAmsterdamLocal } from "@/lib/dates";

/**
 * Stap 7's check-ins (issue 16), as a pure function like the analysetool's reminders
 * (schedule.ts): at 3, 6 and 12 months after the definitief report, the procesregisseur, and
 * each item's keeper for their item, are asked how the top 3 stands. The sweep may call this
 * every minute; the idempotency key names the scan and the moment, and the procesregisseur or
 * the item, so a check-in goes out once however often it is returned. Within a moment the set
 * of items asked about only shrinks (an update takes an item out, nothing puts it back), so a
 * key without the item set never hides an item that still needed asking.
 */
export const CHECKIN_MAANDEN = [3, 6, 12] as const;
export type TCheckinMaanden = (typeof CHECKIN_MAANDEN)[number];

/** Finished or stopped items are not asked about again. */
const KLAAR: readonly TOpvolgStatus[] = ["afgerond", "gestopt"];

export type TCheckinItem = { hpId: string; rang: number; status: TOpvolgStatus; laatsteUpdate: Date | null; keeperUserId: string | null };

export type TCheckinInput = {
  scanId: string;
  stap: TScanState;
  /** When the definitief report was fixed; the moments count from here. */
  afgerondAt: Date | null;
  items: TCheckinItem[];
  /** User ids of the scan's procesregisseur(s). */
  procesregisseurs: string[];
};

export type TDueCheckin = { maanden: TCheckinMaanden; recipientUserId: string; hpIds: string[]; rangen: number[]; idempotencyKey: string };

/** `maanden` calendar months later at the same Amsterdam wall-clock time; the 31st becomes the month's last day. */
export function addAmsterdamMonths(at: Date, maanden: number): Date {
  const local = toAmsterdamLocal(at);
  const [y, mo, d] = local.slice(0, 10).split("-").map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, mo - 1 + maanden, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  const day = `${first.toISOString().slice(0, 8)}${String(Math.min(d, lastDay)).padStart(2, "0")}`;
  return fromAmsterdamLocal(`${day}T${local.slice(11)}`) ?? new Date(at.getTime() + maanden * 30 * 86_400_000);
}

/** The moment a check-in is due: `maanden` after the report was fixed. */
export function checkinMoment(afgerondAt: Date, maanden: TCheckinMaanden): Date {
  return addAmsterdamMonths(afgerondAt, maanden);
}

/** The check-in whose window `now` is in (from its moment until the next one's), or null. */
export function huidigeCheckin(afgerondAt: Date, now: Date): TCheckinMaanden | null {
  let huidig: TCheckinMaanden | null = null;
  for (const m of CHECKIN_MAANDEN) if (checkinMoment(afgerondAt, m).getTime() <= now.getTime()) huidig = m;
  return huidig;
}

/**
 * The check-ins due now. An item is asked about when it is not finished or stopped and had
 * no update in the month before the moment (nor since). Only the current window counts: after
 * an outage the sweep sends the latest check-in, not every one it missed.
 */
export function dueCheckins(input: TCheckinInput, now: Date): TDueCheckin[] {
  if (input.stap !== "afgerond" || !input.afgerondAt) return [];
  const maanden = huidigeCheckin(input.afgerondAt, now);
  if (maanden === null) return [];
  const moment = checkinMoment(input.afgerondAt, maanden);
  const stilSinds = addAmsterdamMonths(moment, -1);
  const open = input.items.filter((i) => !KLAAR.includes(i.status) && (!i.laatsteUpdate || i.laatsteUpdate.getTime() < stilSinds.getTime()));
  if (open.length === 0) return [];
  const basis = `checkin/${input.scanId}/${maanden}m`;
  const out: TDueCheckin[] = [];
  const regisseurs = new Set(input.procesregisseurs);
  for (const userId of regisseurs) {
    out.push({
      maanden,
      recipientUserId: userId,
      hpIds: open.map((i) => i.hpId),
      rangen: open.map((i) => i.rang),
      idempotencyKey: `${basis}/procesregisseur/${userId}`,
    });
  }
  for (const item of open) {
    // A procesregisseur who also keeps an item already has it in their own check-in.
    if (!item.keeperUserId || regisseurs.has(item.keeperUserId)) continue;
    out.push({ maanden, recipientUserId: item.keeperUserId, hpIds: [item.hpId], rangen: [item.rang], idempotencyKey: `${basis}/punt/${item.hpId}` });
  }
  return out;
}

/** How long after a check-in an answer may take before the begeleider's dashboard warns. */
export const CHECKIN_ANTWOORD_DAGEN = 14;

export type TOpvolgSignaal = { termijnVerlopen: boolean; checkinOnbeantwoord: boolean };

/**
 * What the begeleider's dashboard warns about for a finished scan: an open item whose term has
 * passed, and an open item that got no update in the two weeks after the current check-in.
 * Finished and stopped items never warn.
 */
export function opvolgSignaal(
  afgerondAt: Date | null,
  items: { status: TOpvolgStatus; termijn: Date | null; laatsteUpdate: Date | null }[],
  now: Date,
): TOpvolgSignaal {
  const open = items.filter((i) => !KLAAR.includes(i.status));
  const termijnVerlopen = open.some((i) => i.termijn !== null && i.termijn.getTime() < now.getTime());
  const maanden = afgerondAt ? huidigeCheckin(afgerondAt, now) : null;
  if (!afgerondAt || maanden === null) return { termijnVerlopen, checkinOnbeantwoord: false };
  const moment = checkinMoment(afgerondAt, maanden);
  const teLaat = now.getTime() - moment.getTime() > CHECKIN_ANTWOORD_DAGEN * 86_400_000;
  const stilSinds = addAmsterdamMonths(moment, -1);
  const checkinOnbeantwoord = teLaat && open.some((i) => !i.laatsteUpdate || i.laatsteUpdate.getTime() < stilSinds.getTime());
  return { termijnVerlopen, checkinOnbeantwoord };
}
