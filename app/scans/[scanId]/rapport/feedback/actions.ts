"use server";

import { and, count, eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createElement } from "react";
import * as z from "zod";
import { getDb } from "@/db/client";
import { rapportFeedback, rapporten, scans } from "@/db/schema";
import { StemmenOpenMail } from "@/emails/stemmen-open";
import UitnodigingOverlegMail from "@/emails/uitnodiging-overleg";
import { defineAction } from "@/lib/actions/client";
import { authorizeScan } from "@/lib/auth/access";
import { audit } from "@/lib/audit";
import { appUrl } from "@/lib/config";
import { formatDatumTijd, fromAmsterdamLocal } from "@/lib/dates";
import { UserError } from "@/lib/errors";
import { buildIcs, ICS_CONTENT_TYPE } from "@/lib/ics";
import { kickOutbox } from "@/lib/jobs/kick";
import { enqueueMails } from "@/lib/mail/outbox";
import { scanOntvangers } from "@/lib/report/ontvangers";
import { startHandelingsperspectievenBlocker } from "@/lib/scan/rapport-guards";
import { ZLangeTekst } from "@/lib/validation/rapport";
import { ZUuid } from "@/lib/validation/common";
import { performTransition } from "@/lib/scan/transitions";

const ZBehandeling = z.object({
  scanId: ZUuid,
  feedbackId: ZUuid,
  status: z.enum(["verwerkt", "afgewezen"], { error: "Kies of je de reactie verwerkt of afwijst." }),
  antwoord: ZLangeTekst("een antwoord", 2000),
});

/** The begeleider answers a reaction and marks it processed or declined. */
export const handleFeedbackAction = defineAction("handleFeedback", ZBehandeling, async (input, { user }) => {
  await authorizeScan(user, input.scanId, "scan.begeleid", "handleFeedback");
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [scan] = await tx.select({ stap: scans.stap }).from(scans).where(eq(scans.id, input.scanId)).for("update");
    if (!scan || scan.stap !== "concept") throw new UserError("Reacties behandel je in stap 5, zolang het concept wordt besproken.");
    const rows = await tx
      .update(rapportFeedback)
      .set({ status: input.status, antwoord: input.antwoord, handledBy: user.id, handledAt: new Date() })
      .where(and(eq(rapportFeedback.id, input.feedbackId), eq(rapportFeedback.scanId, input.scanId)))
      .returning({ id: rapportFeedback.id });
    if (!rows.length) throw new UserError("Deze reactie bestaat niet (meer). Laad de pagina opnieuw.");
    await audit(tx, { actorId: user.id, action: "rapport.handleFeedback", scanId: input.scanId, details: { feedbackId: input.feedbackId, status: input.status } });
  });
  revalidatePath(`/scans/${input.scanId}/rapport`, "layout");
  redirect(`/scans/${input.scanId}/rapport/feedback?melding=reactie-behandeld#reactie-${input.feedbackId}`);
});

const DUUR = ["30", "45", "60", "90", "120"] as const;

const ZOverleg = z.object({
  scanId: ZUuid,
  overlegAt: z.string({ error: "Kies datum en tijd van het overleg." }).min(1, { error: "Kies datum en tijd van het overleg." }),
  duur: z.enum(DUUR, { error: "Kies hoe lang het overleg duurt." }).transform(Number),
  link: z
    .string({ error: "Vul de link naar het online overleg in." })
    .trim()
    .max(500, { error: "De link mag niet langer zijn dan 500 tekens." })
    .refine((v) => /^https:\/\/[^\s<>"]+$/.test(v) && URL.canParse(v), { error: "Vul een volledige link in die begint met https://." }),
});

/** Plans (or moves) the digital meeting about the concept; everybody gets an .ics invitation. */
export const planOverlegAction = defineAction("planOverleg", ZOverleg, async (input, { user }) => {
  const access = await authorizeScan(user, input.scanId, "scan.begeleid", "planOverleg");
  const moment = fromAmsterdamLocal(input.overlegAt);
  if (!moment) throw new UserError("Vul een geldige datum en tijd in.", "overlegAt");
  const now = new Date();
  if (moment <= now) throw new UserError("Kies een moment in de toekomst.", "overlegAt");
  if (moment.getTime() - now.getTime() > 366 * 86_400_000) throw new UserError("Kies een moment binnen een jaar.", "overlegAt");
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [scan] = await tx.select().from(scans).where(eq(scans.id, input.scanId)).for("update");
    if (!scan || scan.stap !== "concept") throw new UserError("Het digitale overleg plan je in stap 5, als het concept klaar is.");
    await tx.update(scans).set({ overlegAt: moment, overlegDuurMinuten: input.duur, overlegLink: input.link, updatedAt: now }).where(eq(scans.id, input.scanId));
    const gemeente = access.scan.gemeenteNaam;
    const rapportUrl = `${appUrl()}/scans/${input.scanId}/rapport`;
    // Calendars replace an event with the same UID and a higher SEQUENCE: minutes since 1970 only grow.
    const sequence = Math.floor(now.getTime() / 60_000);
    const ics = buildIcs({
      uid: `overleg-${input.scanId}@datavolwassenheidsscan`,
      sequence,
      now,
      start: moment,
      durationMinutes: input.duur,
      summary: `Digitaal overleg concept eindrapport, gemeente ${gemeente}`,
      description: `Bespreking van het concept eindrapport van de datavolwassenheidsscan.\nDeelnemen: ${input.link}\nHet concept: ${rapportUrl}`,
      location: input.link,
      url: input.link,
    });
    const attachment = { filename: "digitaal-overleg.ics", contentType: ICS_CONTENT_TYPE, content: Buffer.from(ics, "utf8").toString("base64") };
    const ontvangers = await scanOntvangers(tx, input.scanId);
    await enqueueMails(
      tx,
      ontvangers.map((o) => ({
        idempotencyKey: `uitnodiging-overleg/${input.scanId}/${o.userId}/${sequence}`,
        kind: "uitnodiging_overleg",
        to: o.email,
        subject: `${scan.overlegAt ? "Verplaatst: d" : "D"}igitaal overleg over het concept eindrapport (${gemeente})`,
        body: createElement(UitnodigingOverlegMail, { gemeente, moment: formatDatumTijd(moment), duur: `${input.duur} minuten`, link: input.link, rapportUrl, gewijzigd: !!scan.overlegAt }),
        scanId: input.scanId,
        attachments: [attachment],
      })),
      now,
    );
    await audit(tx, { actorId: user.id, action: "rapport.planOverleg", scanId: input.scanId, details: { overlegAt: moment.toISOString(), duur: input.duur, mails: ontvangers.length } });
  });
  kickOutbox();
  revalidatePath(`/scans/${input.scanId}`, "layout");
  redirect(`/scans/${input.scanId}/rapport/feedback?melding=overleg-gepland`);
});

/** Stap 5 → 6: the concept was discussed and every reaction handled. */
export const startHandelingsperspectievenAction = defineAction(
  "startHandelingsperspectieven",
  z.object({ scanId: ZUuid, overlegGehouden: z.literal("ja").optional() }),
  async ({ scanId, overlegGehouden }, { user }) => {
    const access = await authorizeScan(user, scanId, "scan.begeleid", "startHandelingsperspectieven");
    const db = await getDb();
    await db.transaction(async (tx) => {
      const [scan] = await tx.select().from(scans).where(eq(scans.id, scanId)).for("update");
      if (!scan || scan.stap !== "concept") throw new UserError("De scan staat niet in stap 5.");
      const [concepten] = await tx.select({ n: count() }).from(rapporten).where(and(eq(rapporten.scanId, scanId), eq(rapporten.soort, "concept")));
      const [open] = await tx.select({ n: count() }).from(rapportFeedback).where(and(eq(rapportFeedback.scanId, scanId), eq(rapportFeedback.status, "open")));
      const now = new Date();
      const blocker = startHandelingsperspectievenBlocker({
        concepten: Number(concepten?.n ?? 0),
        overlegAt: scan.overlegAt,
        overlegDuurMinuten: scan.overlegDuurMinuten,
        now,
        bevestigd: overlegGehouden === "ja",
        openReacties: Number(open?.n ?? 0),
      });
      if (blocker) throw new UserError(blocker);
      // Confirmed as held before its planned start: it took place earlier than planned, so the
      // report's Verloop must not show it after the definitief report (issue 19.1, same kind).
      const eerder = overlegGehouden === "ja" && scan.overlegAt !== null && now < scan.overlegAt;
      await performTransition(tx, {
        scanId,
        transitie: "startHandelingsperspectieven",
        actorId: user.id,
        now,
        stempels: eerder ? { overlegAt: now } : {},
        details: { bevestigd: overlegGehouden === "ja" },
      });
      // Issue 19.6: the people who vote are told that voting opened (the begeleiders are the ones who opened it).
      const gemeente = access.scan.gemeenteNaam;
      const leden = (await scanOntvangers(tx, scanId)).filter((o) => !o.begeleider && o.userId !== user.id);
      await enqueueMails(
        tx,
        leden.map((o) => ({
          idempotencyKey: `stemmen-open/${scanId}/${o.userId}`,
          kind: "stemmen_open",
          to: o.email,
          subject: `Kies mee: de top 3 handelingsperspectieven van ${gemeente}`,
          body: createElement(StemmenOpenMail, { gemeente, hpUrl: `${appUrl()}/scans/${scanId}/handelingsperspectieven` }),
          scanId,
        })),
        now,
      );
    });
    kickOutbox();
    revalidatePath(`/scans/${scanId}`, "layout");
    redirect(`/scans/${scanId}/handelingsperspectieven?melding=stap-6`);
  },
);
