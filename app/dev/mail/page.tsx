import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { devMailboxEnabled } from "@/lib/config";
import { listOutbox } from "@/lib/data/outbox";
import { formatDatumTijd } from "@/lib/dates";
import { OUTBOX_STATUS_LABELS } from "@/lib/mail/status";

export const metadata: Metadata = { title: "Ontwikkelpostvak" };
export const dynamic = "force-dynamic";

/** Development only: every mail the app queued, so sign-in links can be followed without a mail server. */
export default async function DevMailboxPage() {
  if (!devMailboxEnabled()) notFound();
  const mails = await listOutbox();
  return (
    <div>
      <h1>Ontwikkelpostvak</h1>
      <p className="mt-2">Alleen in ontwikkeling: alle mails die de app heeft klaargezet, nieuwste eerst.</p>
      {mails.length === 0 ? <p className="mt-4">Nog geen mails.</p> : null}
      <ul className="mt-4 divide-y divide-gray-300 border-y border-gray-300">
        {mails.map((m) => (
          <li key={m.id} className="py-3">
            <Link href={`/dev/mail/${m.id}`} className="font-semibold">
              {m.subject}
            </Link>
            <p className="text-base">
              Aan {m.toEmail} · {formatDatumTijd(m.createdAt)} · {OUTBOX_STATUS_LABELS[m.status]}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
