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
import { defineScanAction } from "@/lib/actions/define-action";
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

/** The begeleider answers a reaction and marks it processed or declined. */
export const handleFeedbackAction = defineScanAction("handleFeedback","scan.begeleid", ZBehandeling, async (input, { user }) => {
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
