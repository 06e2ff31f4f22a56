"use server";

import { and, eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import * as z from "zod";
import { getDb } from "@/db/client";
import { rapportFeedback, scans } from "@/db/schema";
import { defineScanAction } from "@/lib/actions/define-action";
import { audit } from "@/lib/audit";
import { UserError } from "@/lib/errors";
import { withMelding } from "@/lib/meldingen";
import { ZUuid } from "@/lib/validation/common";
import { ZLangeTekst } from "@/lib/validation/rapport";

const ZBehandeling = z.object({
  scanId: ZUuid,
  feedbackId: ZUuid,
  status: z.enum(["verwerkt", "afgewezen"], { error: "Kies of je de reactie verwerkt of afwijst." }),
  antwoord: ZLangeTekst("een antwoord", 2000),
});

/** The begeleider answers a reaction and marks it processed or declined. */
export const handleFeedbackAction = defineScanAction("handleFeedback", "scan.begeleid", ZBehandeling, async (input, { user }) => {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [scan] = await tx.select({ stap: scans.stap }).from(scans).where(eq(scans.id, input.scanId)).for("update");
    if (scan?.stap !== "concept") throw new UserError("Reacties behandel je in stap 5, zolang het concept wordt besproken.");
    const rows = await tx
      .update(rapportFeedback)
      .set({ status: input.status, antwoord: input.antwoord, handledBy: user.id, handledAt: new Date() })
      .where(and(eq(rapportFeedback.id, input.feedbackId), eq(rapportFeedback.scanId, input.scanId)))
      .returning({ id: rapportFeedback.id });
    if (!rows.length) throw new UserError("Deze reactie bestaat niet (meer). Laad de pagina opnieuw.");
    await audit(tx, {
      actorId: user.id,
      action: "rapport.handleFeedback",
      scanId: input.scanId,
      details: { feedbackId: input.feedbackId, status: input.status },
    });
  });
  revalidatePath(`/scans/${input.scanId}/rapport`, "layout");
  redirect(withMelding("feedback", "reactie-behandeld", `/scans/${input.scanId}/rapport/feedback#reactie-${input.feedbackId}`));
});
