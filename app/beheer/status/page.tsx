import type { Metadata } from "next";
import Link from "next/link";
import { getDbHandle } from "@/db/client";
import { requireAdminPage } from "@/lib/auth/access";
import { operationalState } from "@/lib/data/operations";
import { formatDatumTijd } from "@/lib/dates";

export const metadata: Metadata = { title: "Status" };

/** The same facts as /api/health, for people. */
export default async function StatusPage() {
  await requireAdminPage();
  const { db, driver } = await getDbHandle();
  const state = await operationalState(db);
  return (
    <div className="max-w-3xl">
      <p>
        <Link href="/beheer">Beheer</Link>
      </p>
      <h1 className="mt-2">Status van de applicatie</h1>
      <dl className="mt-6 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
        <dt className="font-semibold">Database</dt>
        <dd>{driver === "postgres" ? "PostgreSQL" : "Ingebouwde database (PGlite)"}</dd>
        <dt className="font-semibold">Mail in de wachtrij</dt>
        <dd>
          {state.outbox.pending} ({state.outbox.due} nu aan de beurt)
        </dd>
        <dt className="font-semibold">Mislukte mail</dt>
        <dd>
          {state.outbox.failed} {state.outbox.failed ? <Link href="/beheer/outbox?status=failed">bekijken</Link> : null}
        </dd>
        <dt className="font-semibold">Verzonden mail</dt>
        <dd>{state.outbox.sent}</dd>
        <dt className="font-semibold">Laatste planner-ronde</dt>
        <dd>{state.lastTick ? formatDatumTijd(new Date(state.lastTick.finishedAt)) : "Nog niet gedraaid"}</dd>
      </dl>
    </div>
  );
}
