import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { MeldingNotice } from "@/components/ui/notice";
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
      <MeldingNotice pagina="outbox" code={sp.melding} />
      <nav aria-label="Filter op status" className="mt-4 flex flex-wrap gap-4">
        <Link href="/beheer/outbox" aria-current={!status ? "page" : undefined} className={!status ? "font-bold" : ""}>
          Alle
        </Link>
        {OUTBOX_STATUSES_IN_ORDER.map((s) => (
          <Link key={s} href={`/beheer/outbox?status=${s}`} aria-current={status === s ? "page" : undefined} className={status === s ? "font-bold" : ""}>
            {OUTBOX_STATUS_LABELS[s]} ({counts[s]})
          </Link>
        ))}
      </nav>
      <DataTable
        caption="Uitgaande mails, nieuwste eerst"
        region={false}
        className="mt-6"
        empty="Geen mails met deze status."
        rows={mails}
        rowKey={(m) => m.id}
        columns={[
          { header: "Onderwerp", cell: (m) => m.subject },
          { header: "Aan", className: "break-all", cell: (m) => m.toEmail },
          {
            header: "Status",
            cell: (m) => (
              <>
                {OUTBOX_STATUS_LABELS[m.status]}
                {m.attempts > 0 ? ` (${m.attempts} ${m.attempts === 1 ? "poging" : "pogingen"})` : ""}
                {m.lastError ? <p className="text-fout">Fout: {m.lastError}</p> : null}
              </>
            ),
          },
          { header: "Klaargezet", cell: (m) => formatDatumTijd(m.createdAt) },
          {
            header: "Actie",
            cell: (m) =>
              m.status === "failed" ? (
                <form action={retryMailAction}>
                  <input type="hidden" name="mailId" value={m.id} />
                  <SubmitButton variant="secondary">Opnieuw versturen</SubmitButton>
                </form>
              ) : null,
          },
        ]}
      />
    </div>
  );
}
