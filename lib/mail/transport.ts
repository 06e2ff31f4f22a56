import { Resend } from "resend";
import type { TAttachment } from "@/db/schema";
import { devMailboxEnabled, mailFrom } from "@/lib/config";
import { env } from "@/lib/env";

export type TMailToSend = {
  idempotencyKey: string;
  toEmail: string;
  subject: string;
  html: string;
  text: string;
  attachments: TAttachment[];
};

export type TSendResult = { ok: true; providerId: string } | { ok: false; permanent: boolean; error: string; retryAfterMs?: number };

export type TTransport = { name: string; send(mail: TMailToSend): Promise<TSendResult> };

/** Resend: network errors, timeouts, 429 and 5xx are worth retrying; other 4xx are not. */
export function resendTransport(apiKey: string, baseUrl?: string, opts: { timeoutMs?: number } = {}): TTransport {
  const client = new Resend(apiKey, baseUrl ? { baseUrl } : undefined);
  return {
    name: "resend",
    async send(mail) {
      const { data, error, headers } = await client.emails.send(
        {
          from: mailFrom(),
          to: mail.toEmail,
          subject: mail.subject,
          html: mail.html,
          text: mail.text,
          attachments: mail.attachments.map((a) => ({ filename: a.filename, content: a.content, contentType: a.contentType })),
        },
        { idempotencyKey: mail.idempotencyKey, signal: AbortSignal.timeout(opts.timeoutMs ?? env("MAIL_SEND_TIMEOUT_MS")) } as never,
      );
      if (!error && data?.id) return { ok: true, providerId: data.id };
      const status = (error as { statusCode?: number | null } | null)?.statusCode ?? null;
      const message = `${status ?? "netwerk"}: ${error?.message ?? "geen id ontvangen"}`.slice(0, 500);
      const transient = status === null || status === 429 || status >= 500;
      return { ok: false, permanent: !transient, error: message, retryAfterMs: retryAfterMs(headers) };
    },
  };
}

function retryAfterMs(headers: Record<string, string> | null | undefined): number | undefined {
  const value = headers?.["retry-after"];
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

/** Without a provider the mail is only kept in the outbox, readable in the development mailbox. */
export const mailboxTransport: TTransport = {
  name: "postvak",
  async send(mail) {
    return { ok: true, providerId: `postvak-${mail.idempotencyKey}` };
  },
};

/** Resend when configured; the development mailbox outside production; nothing otherwise. */
export function configuredTransport(): TTransport | null {
  const key = env("RESEND_API_KEY");
  if (key) return resendTransport(key, env("RESEND_BASE_URL"));
  if (devMailboxEnabled()) return mailboxTransport;
  return null;
}
