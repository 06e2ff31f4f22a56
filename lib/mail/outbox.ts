import type { ReactElement } from "react";
import type { Queryable } from "@/db/client";
import { emailOutbox, type TAttachment } from "@/db/schema";
import { stripBidiControls } from "@/lib/security/bidi";
import { renderMail } from "./render";

export type TOutgoingMail = {
  /** Unique per intended mail; the same key twice means the same mail, queued once. */
  idempotencyKey: string;
  kind: string;
  to: string;
  subject: string;
  body: ReactElement;
  scanId?: string | null;
  attachments?: TAttachment[];
};

/**
 * Queues mails in the caller's transaction, so a mail exists exactly when the change that
 * causes it was committed. Rendering happens before the insert to keep the transaction short.
 */
export async function enqueueMails(q: Queryable, mails: TOutgoingMail[]): Promise<number> {
  if (mails.length === 0) return 0;
  const rows = await Promise.all(
    mails.map(async (m) => {
      const { html, text } = await renderMail(m.body);
      return {
        idempotencyKey: m.idempotencyKey,
        kind: m.kind,
        scanId: m.scanId ?? null,
        toEmail: m.to,
        // Like the body (see renderMail): a name in the subject cannot reverse the rest of it.
        subject: stripBidiControls(m.subject),
        html,
        text,
        attachments: m.attachments ?? [],
      };
    }),
  );
  const inserted = await q
    .insert(emailOutbox)
    .values(rows)
    .onConflictDoNothing({ target: emailOutbox.idempotencyKey })
    .returning({ id: emailOutbox.id });
  return inserted.length;
}

export function enqueueMail(q: Queryable, mail: TOutgoingMail) {
  return enqueueMails(q, [mail]);
}
