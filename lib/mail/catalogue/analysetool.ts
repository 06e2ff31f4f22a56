import { createElement, type ReactElement } from "react";
import type { TRol } from "@/db/schema";
import { AnalysetoolHeropendMail } from "@/emails/analysetool-heropend";
import { DeadlineVandaagMail } from "@/emails/deadline-vandaag";
import { HerinneringMail } from "@/emails/herinnering";
import { OverzichtDeadlineMail } from "@/emails/overzicht-deadline";
import { UitnodigingAnalysetoolMail } from "@/emails/uitnodiging-analysetool";
import { ROL_LABELS } from "@/lib/analysetool/rollen-en-niveaus";
import { appUrl } from "@/lib/config";
import { formatDatumTijd } from "@/lib/dates";
import { scheduleFor, type TDueMail, type TDueMailKind } from "@/lib/jobs/schedule";
import type { TRenderedMail } from "@/lib/mail/render";
import type { TMail } from "./soorten";

const GEPLAND_SUBJECTS: Record<TDueMailKind, (gemeente: string) => string> = {
  uitnodiging_analysetool: (g) => `Vul de analysetool in – datavolwassenheidsscan ${g}`,
  herinnering: (g) => `Herinnering: analysetool datavolwassenheidsscan ${g}`,
  deadline_vandaag: (g) => `Vandaag laatste dag: analysetool datavolwassenheidsscan ${g}`,
  overzicht_deadline: (g) => `Overzicht analysetool na de deadline – ${g}`,
};

export type TGeplandeScan = { id: string; gemeente: string; workshopAt: Date | null; deadlineAt: Date | null };
export type TGeplandLid = { scanId: string; rol: TRol | null; ingediendAt: Date | null; naam: string | null; email: string };

/**
 * Stap 3: a mail of the schedule (lib/jobs/schedule.ts) for one recipient. The schedule made
 * the key; the body is the same for everyone of the scan, so the sweep renders it once
 * (`geplandeMailBody`) and passes it rendered.
 */
export function geplandeMail(due: TDueMail, input: { scan: TGeplandeScan; to: string; body: ReactElement | TRenderedMail }): TMail {
  return {
    idempotencyKey: due.idempotencyKey,
    kind: due.kind,
    scanId: input.scan.id,
    to: input.to,
    subject: GEPLAND_SUBJECTS[due.kind](input.scan.gemeente),
    body: input.body,
  };
}

/** The body of a scheduled mail; the overview lists the scan's deelnemers (from `leden`, any scan's) as submitted in time or not. */
export function geplandeMailBody(kind: TDueMailKind, scan: TGeplandeScan, leden: TGeplandLid[]): ReactElement {
  const schedule = scheduleFor(scan.workshopAt!, scan.deadlineAt);
  const deadline = formatDatumTijd(schedule.deadline);
  const toolUrl = `${appUrl()}/scans/${scan.id}/analysetool`;
  switch (kind) {
    case "uitnodiging_analysetool":
      return createElement(UitnodigingAnalysetoolMail, {
        gemeente: scan.gemeente,
        deadline,
        workshop: formatDatumTijd(scan.workshopAt!),
        toolUrl,
      });
    case "herinnering":
      return createElement(HerinneringMail, { gemeente: scan.gemeente, deadline, toolUrl });
    case "deadline_vandaag":
      return createElement(DeadlineVandaagMail, { gemeente: scan.gemeente, deadline, toolUrl });
    case "overzicht_deadline": {
      const deelnemers = leden.filter((m) => m.scanId === scan.id && m.rol !== null);
      const label = (m: (typeof deelnemers)[number]) => `${m.naam ?? m.email} (${ROL_LABELS[m.rol!]})`;
      return createElement(OverzichtDeadlineMail, {
        gemeente: scan.gemeente,
        deadline,
        ingediend: deelnemers.filter((m) => m.ingediendAt && m.ingediendAt <= schedule.deadline).map(label),
        nietIngediend: deelnemers.filter((m) => !m.ingediendAt || m.ingediendAt > schedule.deadline).map(label),
        scanUrl: `${appUrl()}/scans/${scan.id}`,
      });
    }
  }
}

/**
 * Stap 3: a begeleider opened a submitted tool again, with their reason. The key holds the
 * moment, so every reopening is its own mail. A deadline already past reads "zo snel mogelijk".
 */
export function analysetoolHeropendMail(input: {
  scanId: string;
  memberId: string;
  gemeente: string;
  reden: string;
  deadline: Date | null;
  to: string;
  now: Date;
}): TMail {
  return {
    idempotencyKey: `analysetool_heropend/${input.scanId}/${input.memberId}/${input.now.toISOString()}`,
    kind: "analysetool_heropend",
    to: input.to,
    subject: `Je analysetool staat weer open – datavolwassenheidsscan ${input.gemeente}`,
    body: createElement(AnalysetoolHeropendMail, {
      gemeente: input.gemeente,
      reden: input.reden,
      deadline: input.deadline && input.deadline > input.now ? formatDatumTijd(input.deadline) : "zo snel mogelijk",
      toolUrl: `${appUrl()}/scans/${input.scanId}/analysetool`,
    }),
    scanId: input.scanId,
  };
}
