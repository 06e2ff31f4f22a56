/** The analysetool deadline of a scan, in the words a deelnemer reads. Pure. */
import { amsterdamDay } from "@/lib/dates";
import { scheduleFor } from "@/lib/jobs/schedule";

/** The explicit (extended) deadline, else workshop − 7 days; null while no workshop is planned. */
export function deadlineVan(scan: { workshopAt: Date | null; deadlineAt: Date | null }): Date | null {
  if (scan.deadlineAt) return scan.deadlineAt;
  return scan.workshopAt ? scheduleFor(scan.workshopAt).deadline : null;
}

/** Submitted after the deadline: allowed, but marked (issue #5). */
export function isTeLaat(ingediendAt: Date | null, deadline: Date | null): boolean {
  return ingediendAt !== null && deadline !== null && ingediendAt.getTime() > deadline.getTime();
}

const DAG = 24 * 60 * 60 * 1000;

/** Calendar days between two Amsterdam dates ("2026-12-08" − "2026-12-01" = 7), DST-proof. */
function dagenTussen(van: Date, tot: Date): number {
  const a = Date.parse(`${amsterdamDay(van)}T00:00:00Z`);
  const b = Date.parse(`${amsterdamDay(tot)}T00:00:00Z`);
  return Math.round((b - a) / DAG);
}

/** "vandaag", "morgen", "over 9 dagen", "verlopen": counted in Amsterdam calendar days. */
export function deadlineInWoorden(deadline: Date, now: Date): string {
  if (deadline.getTime() <= now.getTime()) return "de deadline is verstreken";
  const dagen = dagenTussen(now, deadline);
  if (dagen <= 0) return "vandaag";
  if (dagen === 1) return "morgen";
  if (dagen < 14) return `over ${dagen} dagen`;
  const weken = Math.floor(dagen / 7);
  return `over ${weken} weken`;
}
