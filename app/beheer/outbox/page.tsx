import type { Metadata } from "next";
import Link from "next/link";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import type { TOutboxStatus } from "@/db/schema";
import { retryMailAction } from "@/lib/actions/beheer/retry-mail";
import { requireAdminPage } from "@/lib/auth/access";
import { listOutbox, outboxCounts } from "@/lib/data/outbox";
import { formatDatumTijd } from "@/lib/dates";
import { OUTBOX_STATUS_LABELS, OUTBOX_STATUSES_IN_ORDER } from "@/lib/mail/status";

export const metadata: Metadata = { title: "Uitgaande mail" };

export default async function OutboxPage({ searchParams }: { searchParams: Promise<{ status?: string; melding?: string }> }) {
  await requireAdminPage();
  const sp = await searchParams;
  const status = OUTBOX_STATUSES_IN_ORDER.find((s) => s === sp.status) as TOutboxStatus | undefined;
  const [mails, counts] = await Promise.all([listOutbox({ status }), outboxCounts()]);
  return (
    <div>
      <p>
        <Link href="/beheer">Beheer</Link>
      </p>
      <h1 className="mt-2">Uitgaande mail</h1>
      {sp.melding === "opnieuw" ? <Notice tone="succes" title="De mail staat weer in de wachtrij." /> : null}
      <nav aria-label="Filter op status" className="mt-4 flex flex-wrap gap-4">
        <Link href="/beheer/outbox" aria-current={!status ? "page" : undefined} className={!status ? "font-bold" : ""}>
          Alle
        </Link>
        {OUTBOX_STATUSES_IN_ORDER.map((s) => (
          <Link
            key={s}
            href={`/beheer/outbox?status=${s}`}
            aria-current={status === s ? "page" : undefined}
            className={status === s ? "font-bold" : ""}
          >
            {OUTBOX_STATUS_LABELS[s]} ({counts[s]})
          </Link>
        ))}
      </nav>
      {mails.length === 0 ? (
        <p className="mt-6">Geen mails met deze status.</p>
      ) : (
        <div className="mt-6 overflow-x-auto">
          <table className="w-full border-collapse text-left text-base">
            <caption className="sr-only">Uitgaande mails, nieuwste eerst</caption>
            <thead>
              <tr className="border-b-2 border-rijk-700">
                <th scope="col" className="py-2 pr-3">
                  Onderwerp
                </th>
                <th scope="col" className="py-2 pr-3">
                  Aan
                </th>
                <th scope="col" className="py-2 pr-3">
                  Status
                </th>
                <th scope="col" className="py-2 pr-3">
                  Klaargezet
                </th>
                <th scope="col" className="py-2">
                  Actie
                </th>
              </tr>
            </thead>
            <tbody>
              {mails.map((m) => (
                <tr key={m.id} className="border-b border-gray-300 align-top">
                  <td className="py-2 pr-3">{m.subject}</td>
                  <td className="py-2 pr-3 break-all">{m.toEmail}</td>
                  <td className="py-2 pr-3">
                    {OUTBOX_STATUS_LABELS[m.status]}
                    {m.attempts > 0 ? ` (${m.attempts} ${m.attempts === 1 ? "poging" : "pogingen"})` : ""}
                    {m.lastError ? <p className="text-fout">Fout: {m.lastError}</p> : null}
                  </td>
                  <td className="py-2 pr-3">{formatDatumTijd(m.createdAt)}</td>
                  <td className="py-2">
                    {m.status === "failed" ? (
                      <form action={retryMailAction}>
                        <input type="hidden" name="mailId" value={m.id} />
                        <SubmitButton variant="secondary">Opnieuw versturen</SubmitButton>
                      </form>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
