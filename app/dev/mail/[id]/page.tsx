import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Fragment } from "react";
import { devMailboxEnabled } from "@/lib/config";
import { getOutboxMail } from "@/lib/data/outbox";
import { formatDatumTijd } from "@/lib/dates";
import { OUTBOX_STATUS_LABELS } from "@/lib/mail/status";

export const metadata: Metadata = { title: "Mail bekijken" };
export const dynamic = "force-dynamic";

/** Turns the URLs in the plain-text part into links, without ever injecting HTML. */
function LinkedText({ text }: { text: string }) {
  const parts = text.split(/(https?:\/\/[^\s<>")]+)/g);
  return (
    <>
      {parts.map((part, i) =>
        /^https?:\/\//.test(part) ? (
          <a key={i} href={part} className="break-all">
            {part}
          </a>
        ) : (
          <Fragment key={i}>{part}</Fragment>
        ),
      )}
    </>
  );
}

export default async function DevMailPage({ params }: { params: Promise<{ id: string }> }) {
  if (!devMailboxEnabled()) notFound();
  const { id } = await params;
  const mail = await getOutboxMail(id);
  if (!mail) notFound();
  return (
    <div>
      <p>
        <Link href="/dev/mail">Terug naar het postvak</Link>
      </p>
      <h1 className="mt-4">{mail.subject}</h1>
      <dl className="mt-4 grid grid-cols-[max-content_1fr] gap-x-6">
        <dt className="font-semibold">Aan</dt>
        <dd>{mail.toEmail}</dd>
        <dt className="font-semibold">Klaargezet</dt>
        <dd>{formatDatumTijd(mail.createdAt)}</dd>
        <dt className="font-semibold">Status</dt>
        <dd>{OUTBOX_STATUS_LABELS[mail.status]}</dd>
        {mail.attachments.length ? (
          <>
            <dt className="font-semibold">Bijlagen</dt>
            <dd>{mail.attachments.map((a) => a.filename).join(", ")}</dd>
          </>
        ) : null}
      </dl>
      <h2 className="mt-6">Tekst</h2>
      <pre className="mt-2 whitespace-pre-wrap border border-gray-300 bg-gray-50 p-4 font-sans text-base" data-testid="mail-tekst">
        <LinkedText text={mail.text} />
      </pre>
    </div>
  );
}
