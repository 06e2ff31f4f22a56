import type { TRol, TScanState } from "@/db/schema";
import { werkdagenTussen } from "@/lib/feestdagen";
import type { TOpvolgSignaal } from "@/lib/jobs/checkin-schedule";
import { scheduleFor } from "@/lib/jobs/schedule";

export const WAARSCHUWINGEN = {
  aanmelding_wacht: "Aanmelding wacht langer dan 2 werkdagen op beoordeling",
  rol_ontbreekt: "Verplichte rol ontbreekt",
  geen_workshopdatum: "Geen workshopdatum",
  lage_respons: "Deadline binnen 3 dagen, lage respons",
  mail_mislukt: "Mail mislukt",
  feedback_wacht: "Feedback wacht op verwerking",
  top3_termijn_verlopen: "Termijn van een top-3-punt verstreken, niet afgerond",
  checkin_onbeantwoord: "Geen voortgang na een check-in",
} as const;
export type TWaarschuwing = keyof typeof WAARSCHUWINGEN;

export const VERPLICHTE_ROLLEN: TRol[] = ["ondermijning", "privacy", "ict"];

export type TDashboardInput = {
  stap: TScanState;
  workshopAt: Date | null;
  deadlineAt: Date | null;
  overlegAt: Date | null;
  rollen: ReadonlySet<TRol>;
  deelnemers: number;
  ingediend: number;
  mislukteMails: number;
  openFeedback: number;
  /** When the registration came in (scans.created_at). */
  aangemeldOp: Date;
  /** Stap 7 only: the follow-up of the top 3 (lib/jobs/checkin-schedule.ts). */
  opvolging?: TOpvolgSignaal;
};

/** A registration is answered within two working days (issue 19.9). */
export const AANMELDING_WERKDAGEN = 2;

export type TDeadline = { wat: string; wanneer: Date };

const DAG = 24 * 60 * 60 * 1000;
/** Below this share of submitted tools, a close deadline needs action. */
export const LAGE_RESPONS = 0.6;

/** The next date that matters for this scan, by step. */
export function volgendeDeadline(s: TDashboardInput, now: Date): TDeadline | null {
  const w = s.workshopAt;
  switch (s.stap) {
    case "voorbereiding":
      return w ? { wat: "Analysetool open", wanneer: scheduleFor(w, s.deadlineAt).uitnodiging } : null;
    case "analysetool": {
      if (!w) return null;
      const deadline = scheduleFor(w, s.deadlineAt).deadline;
      return deadline > now ? { wat: "Deadline analysetool", wanneer: deadline } : { wat: "Workshop", wanneer: w };
    }
    case "workshop":
      return w ? { wat: "Workshop", wanneer: w } : null;
    case "concept":
    case "handelingsperspectieven":
      return s.overlegAt ? { wat: "Digitaal overleg", wanneer: s.overlegAt } : null;
    default:
      return null;
  }
}

/** Warnings that need someone to act, in a fixed order. */
export function waarschuwingen(s: TDashboardInput, now: Date): TWaarschuwing[] {
  const out: TWaarschuwing[] = [];
  if (s.stap === "aangemeld" && werkdagenTussen(s.aangemeldOp, now) > AANMELDING_WERKDAGEN) out.push("aanmelding_wacht");
  const voorDeWorkshop = s.stap === "voorbereiding" || s.stap === "analysetool";
  if (voorDeWorkshop && VERPLICHTE_ROLLEN.some((r) => !s.rollen.has(r))) out.push("rol_ontbreekt");
  if (voorDeWorkshop && !s.workshopAt) out.push("geen_workshopdatum");
  if (s.stap === "analysetool" && s.workshopAt) {
    const deadline = scheduleFor(s.workshopAt, s.deadlineAt).deadline;
    const left = deadline.getTime() - now.getTime();
    const respons = s.deelnemers ? s.ingediend / s.deelnemers : 0;
    if (left > 0 && left <= 3 * DAG && respons < LAGE_RESPONS) out.push("lage_respons");
  }
  if (s.mislukteMails > 0) out.push("mail_mislukt");
  if (s.openFeedback > 0) out.push("feedback_wacht");
  if (s.stap === "afgerond" && s.opvolging?.termijnVerlopen) out.push("top3_termijn_verlopen");
  if (s.stap === "afgerond" && s.opvolging?.checkinOnbeantwoord) out.push("checkin_onbeantwoord");
  return out;
}
