import type { ReactElement } from "react";
import type { Queryable } from "@/db/client";
import { emailOutbox, type TAttachment } from "@/db/schema";
import { stripBidiControls } from "@/lib/security/bidi";
import { renderMail, type TRenderedMail } from "./render";

export type TOutgoingMail = {
  /** Unique per intended mail; the same key twice means the same mail, queued once. */
  idempotencyKey: string;
  kind: string;
  to: string;
  subject: string;
  /** A template to render, or a body already rendered once for many recipients (the sweep). */
  body: ReactElement | TRenderedMail;
  scanId?: string | null;
  attachments?: TAttachment[];
};

const isRendered = (body: TOutgoingMail["body"]): body is TRenderedMail => "html" in body && "text" in body;

/** Rows per INSERT: keeps a country-wide sweep below PostgreSQL's parameter limit. */
const CHUNK = 200;

/**
 * The only writer of `email_outbox`. Queues mails in the caller's transaction, so a mail
 * exists exactly when the change that causes it was committed. Rendering happens before the
 * insert to keep the transaction short.
 * `now` is the caller's clock: the worker compares `next_attempt_at` with its own `now`, so a
 * row stamped by the database's clock would be due at a moment no caller decided (issue 13).
 */
export async function enqueueMails(q: Queryable, mails: TOutgoingMail[], now: Date): Promise<number> {
  if (mails.length === 0) return 0;
  const rows = await Promise.all(
    mails.map(async (m) => {
      const { html, text } = isRendered(m.body) ? m.body : await renderMail(m.body);
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
        nextAttemptAt: now,
        createdAt: now,
      };
    }),
  );
  let queued = 0;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const inserted = await q
      .insert(emailOutbox)
      .values(rows.slice(i, i + CHUNK))
      .onConflictDoNothing({ target: emailOutbox.idempotencyKey })
      .returning({ id: emailOutbox.id });
    queued += inserted.length;
  }
  return queued;
}

export function enqueueMail(q: Queryable, mail: TOutgoingMail, now: Date) {
  return enqueueMails(q, [mail], now);
}
