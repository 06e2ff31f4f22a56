import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { MeldingNotice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { setGemeenteActiveAction } from "@/lib/actions/beheer/set-gemeente-active";
import { requireAdminPage } from "@/lib/auth/access";
import { listGemeentenVoorBeheer } from "@/lib/data/gemeenten";
import { veiligheidsregioNaam } from "@/lib/scan/regios";
import { GemeenteForm } from "./gemeente-form";
import { RegioForm } from "./regio-form";

export const metadata: Metadata = { title: "Gemeenten" };

export default async function GemeentenPage({ searchParams }: { searchParams: Promise<{ melding?: string; zoek?: string; regio?: string }> }) {
  await requireAdminPage();
  const { melding, zoek, regio } = await searchParams;
  const lijst = await listGemeentenVoorBeheer(zoek);
  const teWijzigen = regio ? lijst.find((g) => g.id === regio) : undefined;
  return (
    <div>
      <p>
        <Link href="/beheer">Beheer</Link>
      </p>
      <h1 className="mt-2">Gemeenten</h1>
      <MeldingNotice pagina="gemeenten" code={melding} className="mt-4" />
      <p className="mt-4 max-w-3xl">
        De lijst komt uit de CBS-indeling van 1 januari 2026. Voeg een nieuwe gemeente toe na een samenvoeging of naamswijziging, en deactiveer dan de oude: die
        blijft bewaard bij eerdere scans, maar staat niet meer in het aanmeldformulier.
      </p>
      <form method="get" className="mt-6 flex flex-wrap items-end gap-4" role="search">
        <div>
          <label htmlFor="zoek" className="block font-semibold text-rijk-900">
            Zoek op naam of code
          </label>
          <input id="zoek" name="zoek" defaultValue={zoek ?? ""} className="mt-1 rounded border-2 border-gray-700 px-3 py-2" />
        </div>
        <button type="submit" className="rounded border-2 border-rijk-700 px-5 py-2.5 font-semibold text-rijk-700">
          Zoeken
        </button>
      </form>
      <p className="mt-4" aria-live="polite">
        {lijst.length} {lijst.length === 1 ? "gemeente" : "gemeenten"}
        {zoek ? ` gevonden voor "${zoek}"` : ""}.
      </p>
      {teWijzigen ? (
        <section aria-labelledby="regio-wijzigen" className="mt-6 max-w-2xl rounded border-2 border-rijk-700 p-4">
          <h2 id="regio-wijzigen" className="text-xl">
            Regio van {teWijzigen.naam} wijzigen
          </h2>
          <RegioForm gemeente={teWijzigen} />
        </section>
      ) : null}
      <DataTable
        caption="Gemeenten met code, provincie, regio's en status"
        regionLabel="Gemeenten"
        className="mt-2 max-h-[36rem] overflow-y-auto"
        wide
        compact
        rowAlign="middle"
        rows={lijst}
        rowKey={(g) => g.id}
        columns={[
          { header: "Naam", rowHeader: true, cell: (g) => g.naam },
          { header: "Code", cell: (g) => g.code },
          { header: "Provincie", cell: (g) => g.provincie },
          { header: "Veiligheidsregio", cell: (g) => veiligheidsregioNaam(g.veiligheidsregioCode) ?? "Onbekend" },
          { header: "RIEC-regio", cell: (g) => g.riec ?? "Onbekend" },
          { header: "Status", cell: (g) => (g.actief ? "Actief" : "Gedeactiveerd") },
          {
            header: "Regio",
            cell: (g) => (
              <Link href={`/beheer/gemeenten?${new URLSearchParams({ ...(zoek ? { zoek } : {}), regio: g.id })}#regio-wijzigen`}>
                Regio wijzigen<span className="sr-only">: {g.naam}</span>
              </Link>
            ),
          },
          {
            header: "Actie",
            cell: (g) => (
              <form action={setGemeenteActiveAction}>
                <input type="hidden" name="gemeenteId" value={g.id} />
                <input type="hidden" name="actief" value={g.actief ? "nee" : "ja"} />
                {zoek ? <input type="hidden" name="zoek" value={zoek} /> : null}
                <SubmitButton variant="secondary">{`${g.actief ? "Deactiveren" : "Activeren"}: ${g.naam}`}</SubmitButton>
              </form>
            ),
          },
        ]}
      />
      <h2 className="mt-10">Gemeente toevoegen</h2>
      <div className="mt-4 max-w-2xl">
        <GemeenteForm />
      </div>
    </div>
  );
}
