"use server";

import { and, eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import * as z from "zod";
import { getDb } from "@/db/client";
import { emailOutbox } from "@/db/schema";
import { asFormAction, defineAdminAction } from "@/lib/actions/define-action";
import { audit } from "@/lib/audit";
import { UserError } from "@/lib/errors";
import { kickOutbox } from "@/lib/jobs/kick";
import { withMelding } from "@/lib/meldingen";
import { ZUuid } from "@/lib/validation/common";

/** Puts a failed mail back in the queue with a fresh attempt count; the same idempotency key is kept. */
export const retryMailAction = asFormAction(
  defineAdminAction("retryMail", z.object({ mailId: ZUuid }), async ({ mailId }, { user }) => {
    const db = await getDb();
    const changed = await db.transaction(async (tx) => {
      const rows = await tx
        .update(emailOutbox)
        .set({ status: "pending", attempts: 0, nextAttemptAt: new Date(), lastError: null })
        .where(and(eq(emailOutbox.id, mailId), eq(emailOutbox.status, "failed")))
        .returning({ id: emailOutbox.id, scanId: emailOutbox.scanId });
      if (rows[0]) await audit(tx, { actorId: user.id, action: "mail.retry", scanId: rows[0].scanId, details: { mailId } });
      return rows.length;
    });
    if (!changed) throw new UserError("Deze mail staat niet (meer) op mislukt.");
    kickOutbox();
    revalidatePath("/beheer/outbox");
    redirect(withMelding("outbox", "opnieuw", "/beheer/outbox?status=pending"));
  }),
);
