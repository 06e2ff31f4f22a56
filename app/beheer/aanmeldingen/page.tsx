import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { MeldingNotice } from "@/components/ui/notice";
import { requireAdminPage } from "@/lib/auth/access";
import { listAfgewezenAanmeldingen, listOpenAanmeldingen } from "@/lib/data/aanmeldingen";
import { formatDatum, formatDatumTijd } from "@/lib/dates";

export const metadata: Metadata = { title: "Aanmeldingen" };

export default async function AanmeldingenPage({ searchParams }: { searchParams: Promise<{ melding?: string }> }) {
  await requireAdminPage();
  const { melding } = await searchParams;
  const [open, afgewezen] = await Promise.all([listOpenAanmeldingen(), listAfgewezenAanmeldingen()]);
  return (
    <div>
      <p>
        <Link href="/beheer">Beheer</Link>
      </p>
      <h1 className="mt-2">Aanmeldingen</h1>
      <MeldingNotice pagina="aanmeldingen" code={melding} className="mt-4" />
      <h2 className="mt-6">Wachten op beoordeling</h2>
      <DataTable
        caption="Aanmeldingen die wachten op beoordeling, oudste eerst"
        region={false}
        className="mt-4"
        empty="Er zijn geen aanmeldingen die wachten."
        emptyClassName="mt-2"
        wide
        rows={open}
        rowKey={(a) => a.id}
        columns={[
          {
            header: "Gemeente",
            cell: (a) => (
              <>
                <Link href={`/beheer/aanmeldingen/${a.id}`}>
                  {a.gemeente} <span className="sr-only">beoordelen</span>
                </Link>{" "}
                <span className="text-gray-700">({a.code})</span>
                {a.lopend ? <p className="mt-1 font-bold">Let op: voor deze gemeente loopt al een scan.</p> : null}
                {a.andereWachtend > 0 ? (
                  <p className="mt-1 font-bold">
                    Let op: nog {a.andereWachtend === 1 ? "een aanmelding" : `${a.andereWachtend} aanmeldingen`} voor deze gemeente wacht. Controleer wie de
                    gemeente echt vertegenwoordigt.
                  </p>
                ) : null}
              </>
            ),
          },
          { header: "Contactpersoon", cell: (a) => `${a.contactNaam}, ${a.contactFunctie}` },
          { header: "Voorkeur workshop", cell: (a) => a.voorkeurPeriode ?? "Niet opgegeven" },
          { header: "Aangemeld op", cell: (a) => formatDatumTijd(a.createdAt) },
        ]}
      />
      {afgewezen.length ? (
        <>
          <h2 className="mt-10">Eerder afgewezen</h2>
          <ul className="mt-2 space-y-2">
            {afgewezen.map((a) => (
              <li key={a.id}>
                <strong>{a.gemeente}</strong> ({a.code}), afgewezen op {formatDatum(a.updatedAt)}: {a.afwijsReden}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
