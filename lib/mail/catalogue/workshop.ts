import { and, eq, isNotNull } from "drizzle-orm";
import { createElement } from "react";
import type { Queryable } from "@/db/client";
import { scanBegeleiders, scanMembers, users } from "@/db/schema";
import { WorkshopMomentenMail } from "@/emails/workshop-momenten";
import { WorkshopdatumVastgelegdMail } from "@/emails/workshopdatum-vastgelegd";
import { appUrl } from "@/lib/config";
import { formatDatumTijd } from "@/lib/dates";
import { buildIcs, ICS_CONTENT_TYPE } from "@/lib/ics";
import { formatDuur } from "@/lib/scan/duur";
import { beoordeelWorkshopDatum } from "@/lib/scan/workshop-datum";
import type { TMail, TOntvanger } from "./soorten";

export type TWorkshop = { scanId: string; gemeente: string; workshopAt: Date; duurMinuten: number; locatie: string };
export type TWorkshopOntvanger = TOntvanger & { deelnemer: boolean };

/** Everyone who takes part: members (procesregisseur and deelnemers) and the assigned begeleiders. */
export async function workshopOntvangers(q: Queryable, scanId: string): Promise<TWorkshopOntvanger[]> {
  const members = await q
    .select({ userId: users.id, email: users.email, rol: scanMembers.rol })
    .from(scanMembers)
    .innerJoin(users, eq(users.id, scanMembers.userId))
    .where(and(eq(scanMembers.scanId, scanId), eq(users.active, true)));
  const begeleiders = await q
    .select({ userId: users.id, email: users.email })
    .from(scanBegeleiders)
    .innerJoin(users, eq(users.id, scanBegeleiders.userId))
    .where(and(eq(scanBegeleiders.scanId, scanId), eq(users.active, true), isNotNull(users.role)));
  const out = new Map<string, TWorkshopOntvanger>();
  for (const m of members) out.set(m.userId, { userId: m.userId, email: m.email, deelnemer: m.rol !== null });
  for (const b of begeleiders) if (!out.has(b.userId)) out.set(b.userId, { ...b, deelnemer: false });
  return [...out.values()];
}

/**
 * Stap 2: the proposed workshop moments, to answer on the planning page (issue 19.6). `batch`
 * names the proposal (its first new option's id): a new proposal mails again, a retry does not.
 */
export function workshopMomentenMail(input: { scanId: string; gemeente: string; momenten: Date[]; batch: string; ontvanger: TOntvanger }): TMail {
  return {
    idempotencyKey: `workshop-momenten/${input.scanId}/${input.ontvanger.userId}/${input.batch}`,
    kind: "workshop_momenten",
    to: input.ontvanger.email,
    subject: `Wanneer kun je naar de workshop? Datavolwassenheidsscan ${input.gemeente}`,
    scanId: input.scanId,
    body: createElement(WorkshopMomentenMail, {
      gemeente: input.gemeente,
      momenten: input.momenten.map((m) => formatDatumTijd(m)),
      planningUrl: `${appUrl()}/scans/${input.scanId}/planning`,
    }),
  };
}

/**
 * The calendar file. One UID per scan's workshop; `sequence` rises with every change so a
 * calendar replaces the earlier entry instead of adding a second one.
 */
export function workshopIcs(w: TWorkshop, sequence: number, now: Date): string {
  const isLink = /^https?:\/\//i.test(w.locatie);
  return buildIcs({
    uid: `workshop-${w.scanId}@datavolwassenheidsscan`,
    start: w.workshopAt,
    durationMinutes: w.duurMinuten,
    summary: `Workshop datavolwassenheidsscan gemeente ${w.gemeente}`,
    description: `Workshop van de datavolwassenheidsscan van gemeente ${w.gemeente}. Planning: ${appUrl()}/scans/${w.scanId}/planning`,
    location: w.locatie,
    url: isLink && !/\s/.test(w.locatie) ? w.locatie : null,
    sequence,
    now,
  });
}

/**
 * Stap 2: the fixed date, one mail per recipient with the .ics attached. The key holds the
 * workshop moment, so a moved date mails everyone again and a repeated save of the same date does not.
 */
export function workshopdatumMails(
  w: TWorkshop,
  ontvangers: TWorkshopOntvanger[],
  opts: { sequence: number; gewijzigd: boolean; now: Date; toolGestart?: boolean },
): TMail[] {
  const ics = Buffer.from(workshopIcs(w, opts.sequence, opts.now), "utf8").toString("base64");
  const oordeel = beoordeelWorkshopDatum(w.workshopAt, opts.now);
  const analysetool = {
    vanaf: opts.toolGestart
      ? "nu al open"
      : oordeel.status === "ok"
        ? formatDatumTijd(oordeel.schedule.uitnodiging)
        : "zodra de analysetool wordt gestart (binnenkort)",
    deadline: formatDatumTijd(oordeel.schedule.deadline),
  };
  const iso = w.workshopAt.toISOString();
  return ontvangers.map((o) => ({
    idempotencyKey: `workshopdatum/${w.scanId}/${o.userId}/${iso}`,
    kind: "workshopdatum",
    to: o.email,
    subject: `${opts.gewijzigd ? "Nieuwe datum" : "Datum"} workshop datavolwassenheidsscan ${w.gemeente}: ${formatDatumTijd(w.workshopAt)}`,
    scanId: w.scanId,
    body: createElement(WorkshopdatumVastgelegdMail, {
      gemeente: w.gemeente,
      workshop: formatDatumTijd(w.workshopAt),
      duur: formatDuur(w.duurMinuten),
      locatie: w.locatie,
      analysetool: o.deelnemer ? analysetool : null,
      gewijzigd: opts.gewijzigd,
      planningUrl: `${appUrl()}/scans/${w.scanId}/planning`,
    }),
    attachments: [{ filename: "workshop-datavolwassenheidsscan.ics", contentType: ICS_CONTENT_TYPE, content: ics }],
  }));
}
