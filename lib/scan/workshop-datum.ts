import { scheduleFor, type TSchedule, UITNODIGING_DAGEN } from "@/lib/jobs/schedule";

/**
 * Whether a workshop moment leaves the analysetool its three weeks (architecture §3).
 * - `ok`: the invitation (W − 21) is still ahead.
 * - `kort`: allowed only with an explicit confirmation; the tool opens at once when stap 3
 *   starts and deelnemers have `invulDagen` days until the deadline (W − 7).
 * - `te_laat`: fewer than MIN_INVULDAGEN days until the deadline; refused, because the
 *   begeleiders need the answers a week before the workshop.
 */
export const MIN_INVULDAGEN = 3;
export const DAG_MS = 24 * 60 * 60 * 1000;

export type TDatumOordeel = {
  status: "ok" | "kort" | "te_laat";
  schedule: TSchedule;
  /** Whole days from `now` to the deadline (negative when it has passed). */
  invulDagen: number;
};

export function beoordeelWorkshopDatum(workshopAt: Date, now: Date): TDatumOordeel {
  const schedule = scheduleFor(workshopAt);
  const invulDagen = Math.floor((schedule.deadline.getTime() - now.getTime()) / DAG_MS);
  if (invulDagen < MIN_INVULDAGEN) return { status: "te_laat", schedule, invulDagen };
  if (schedule.uitnodiging.getTime() < now.getTime()) return { status: "kort", schedule, invulDagen };
  return { status: "ok", schedule, invulDagen };
}

export { UITNODIGING_DAGEN };
