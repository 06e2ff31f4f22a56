import type { TScanState } from "@/db/schema";
import { addAmsterdamMonths } from "@/lib/jobs/checkin-schedule";

/** A herhaalmeting is meant a year after the report; earlier only through the programme team. */
export const HERHAALMETING_MAANDEN = 12;

/**
 * Why this finished scan cannot get a herhaalmeting now, or null. The procesregisseur may ask
 * from 12 months after the report; the admin also earlier (on request of the gemeente).
 */
export function herhaalmetingWeigering(scan: { stap: TScanState; afgerondAt: Date | null }, door: { admin: boolean }, now: Date): string | null {
  if (scan.stap !== "afgerond" || !scan.afgerondAt) return "Een herhaalmeting kan pas als het eindrapport van deze scan definitief is.";
  if (!door.admin && now.getTime() < addAmsterdamMonths(scan.afgerondAt, HERHAALMETING_MAANDEN).getTime()) {
    return "Een herhaalmeting kan vanaf 12 maanden na het eindrapport. Wil de gemeente eerder? Vraag het aan het programmateam.";
  }
  return null;
}
