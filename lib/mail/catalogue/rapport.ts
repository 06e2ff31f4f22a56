import { createElement } from "react";
import ConceptBeschikbaarMail from "@/emails/concept-beschikbaar";
import DefinitiefRapportMail from "@/emails/definitief-rapport";
import { StemmenOpenMail } from "@/emails/stemmen-open";
import UitnodigingOverlegMail from "@/emails/uitnodiging-overleg";
import { appUrl } from "@/lib/config";
import { formatDatum, formatDatumTijd } from "@/lib/dates";
import { buildIcs, ICS_CONTENT_TYPE } from "@/lib/ics";
import type { TMail, TOntvanger } from "./soorten";

const rapportUrl = (scanId: string) => `${appUrl()}/scans/${scanId}/rapport`;

/** Stap 5: a concept version was published; the key holds the version, so each version mails once. */
export function conceptBeschikbaarMail(input: {
  scanId: string;
  gemeente: string;
  versie: number;
  datum: Date;
  overlegAt: Date | null;
  ontvanger: TOntvanger;
}): TMail {
  return {
    idempotencyKey: `concept-beschikbaar/${input.scanId}/${input.versie}/${input.ontvanger.userId}`,
    kind: "concept_beschikbaar",
    to: input.ontvanger.email,
    subject: `Concept eindrapport datavolwassenheidsscan ${input.gemeente}${input.versie > 1 ? ` (versie ${input.versie})` : ""}`,
    body: createElement(ConceptBeschikbaarMail, {
      gemeente: input.gemeente,
      versie: input.versie,
      datum: formatDatum(input.datum),
      overleg: input.overlegAt ? formatDatumTijd(input.overlegAt) : null,
      rapportUrl: rapportUrl(input.scanId),
    }),
    scanId: input.scanId,
  };
}

/**
 * Stap 5: the digital meeting about the concept, planned or moved, with an .ics for everyone.
 * Calendars replace an event with the same UID and a higher SEQUENCE: minutes since 1970 only
 * grow, and the key holds that sequence, so a move mails again and a retry does not.
 */
export function uitnodigingOverlegMails(
  overleg: { scanId: string; gemeente: string; moment: Date; duurMinuten: number; link: string; gewijzigd: boolean },
  ontvangers: TOntvanger[],
  now: Date,
): TMail[] {
  const url = rapportUrl(overleg.scanId);
  const sequence = Math.floor(now.getTime() / 60_000);
  const ics = buildIcs({
    uid: `overleg-${overleg.scanId}@datavolwassenheidsscan`,
    sequence,
    now,
    start: overleg.moment,
    durationMinutes: overleg.duurMinuten,
    summary: `Digitaal overleg concept eindrapport, gemeente ${overleg.gemeente}`,
    description: `Bespreking van het concept eindrapport van de datavolwassenheidsscan.\nDeelnemen: ${overleg.link}\nHet concept: ${url}`,
    location: overleg.link,
    url: overleg.link,
  });
  const attachment = { filename: "digitaal-overleg.ics", contentType: ICS_CONTENT_TYPE, content: Buffer.from(ics, "utf8").toString("base64") };
  return ontvangers.map((o) => ({
    idempotencyKey: `uitnodiging-overleg/${overleg.scanId}/${o.userId}/${sequence}`,
    kind: "uitnodiging_overleg",
    to: o.email,
    subject: `${overleg.gewijzigd ? "Verplaatst: d" : "D"}igitaal overleg over het concept eindrapport (${overleg.gemeente})`,
    body: createElement(UitnodigingOverlegMail, {
      gemeente: overleg.gemeente,
      moment: formatDatumTijd(overleg.moment),
      duur: `${overleg.duurMinuten} minuten`,
      link: overleg.link,
      rapportUrl: url,
      gewijzigd: overleg.gewijzigd,
    }),
    scanId: overleg.scanId,
    attachments: [attachment],
  }));
}

/** Stap 5 → 6: voting on the top 3 opened (issue 19.6). */
export function stemmenOpenMail(input: { scanId: string; gemeente: string; ontvanger: TOntvanger }): TMail {
  return {
    idempotencyKey: `stemmen-open/${input.scanId}/${input.ontvanger.userId}`,
    kind: "stemmen_open",
    to: input.ontvanger.email,
    subject: `Kies mee: de top 3 handelingsperspectieven van ${input.gemeente}`,
    body: createElement(StemmenOpenMail, { gemeente: input.gemeente, hpUrl: `${appUrl()}/scans/${input.scanId}/handelingsperspectieven` }),
    scanId: input.scanId,
  };
}

/** Stap 6 → 7: the definitief eindrapport is there, with the top 3. */
export function definitiefRapportMail(input: { scanId: string; gemeente: string; datum: Date; top3: string[]; ontvanger: TOntvanger }): TMail {
  return {
    idempotencyKey: `definitief-rapport/${input.scanId}/${input.ontvanger.userId}`,
    kind: "definitief_rapport",
    to: input.ontvanger.email,
    subject: `Eindrapport datavolwassenheidsscan ${input.gemeente}`,
    body: createElement(DefinitiefRapportMail, {
      gemeente: input.gemeente,
      datum: formatDatum(input.datum),
      top3: input.top3,
      rapportUrl: rapportUrl(input.scanId),
    }),
    scanId: input.scanId,
  };
}
