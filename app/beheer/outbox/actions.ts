"use server";

import { and, eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import * as z from "zod";
import { getDb } from "@/db/client";
import { emailOutbox } from "@/db/schema";
import { defineFormAction } from "@/lib/actions/client";
import { authorizeAdmin } from "@/lib/auth/access";
import { audit } from "@/lib/audit";
import { UserError } from "@/lib/errors";
import { kickOutbox } from "@/lib/jobs/kick";
import { ZUuid } from "@/lib/validation/common";

/** Puts a failed mail back in the queue with a fresh attempt count; the same idempotency key is kept. */
export const retryMailAction = defineFormAction("retryMail", z.object({ mailId: ZUuid }), async ({ mailId }, { user }) => {
  await authorizeAdmin(user, "retryMail");
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
  redirect("/beheer/outbox?status=pending&melding=opnieuw");
});
