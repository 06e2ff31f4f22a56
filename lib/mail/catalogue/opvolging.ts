import { createElement } from "react";
import type { TOpvolgStatus } from "@/db/schema";
import CheckinOpvolgingMail from "@/emails/checkin-opvolging";
import { appUrl } from "@/lib/config";
import { OPVOLG_STATUS_LABELS } from "@/lib/scan/opvolging";
import type { TMail, TOntvanger } from "./soorten";

/**
 * Stap 7: the 3-, 6- or 12-month check-in about the items that had no update in the month
 * before (lib/jobs/checkin-schedule.ts decides who and when, and gives the key).
 */
export function checkinOpvolgingMail(input: {
  scanId: string;
  gemeente: string;
  maanden: number;
  punten: { rang: number; titel: string; status: TOpvolgStatus }[];
  ontvanger: TOntvanger;
  idempotencyKey: string;
}): TMail {
  const eerste = input.punten[0]?.rang ?? 1;
  return {
    idempotencyKey: input.idempotencyKey,
    kind: "checkin_opvolging",
    to: input.ontvanger.email,
    subject: `Hoe staat het met de top 3 van ${input.gemeente}? (${input.maanden} maanden na het eindrapport)`,
    body: createElement(CheckinOpvolgingMail, {
      gemeente: input.gemeente,
      maanden: input.maanden,
      punten: input.punten.map((p) => [`${p.rang}. ${p.titel}`, OPVOLG_STATUS_LABELS[p.status]] as [string, string]),
      opvolgingUrl: `${appUrl()}/scans/${input.scanId}/opvolging#punt-${eerste}`,
    }),
    scanId: input.scanId,
  };
}
