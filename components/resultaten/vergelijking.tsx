import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { formatScore, formatVerschil } from "@/lib/analysetool/format";
import { OPVOLG_STATUS_LABELS } from "@/lib/scan/opvolging";
import type { TVergelijking } from "@/lib/scan/vergelijking";

const niveau = (n: number | null) => (n === null ? "–" : formatScore(n));

/** A herhaalmeting next to the scan before it: per dimension then and now, and what became of the previous top 3. */
export function Vergelijking({ v, vorigeHref }: { v: TVergelijking; vorigeHref: string }) {
  return (
    <section aria-labelledby="vergelijking" className="mt-10">
      <h2 id="vergelijking">Vergelijking met de vorige scan</h2>
      <p className="mt-2">
        Dit is een herhaalmeting. Per dimensie de berekende score van de <Link href={vorigeHref}>vorige scan</Link> en van nu, het verschil en het in de
        workshop vastgestelde niveau van beide.
        {v.zelfdeVersie
          ? ""
          : ` De vorige scan gebruikte versie ${v.versies.toen} van de analysetool, deze versie ${v.versies.nu}: vergeleken worden alleen de dimensies die in beide staan.`}
      </p>
      <DataTable
        caption="Score en vastgesteld niveau per dimensie, vorige scan en nu"
        className="mt-3"
        rows={v.rijen}
        rowKey={(r) => r.dimensieId}
        columns={[
          { header: "Dimensie", rowHeader: true, cell: (r) => `${r.naam}${r.andereVragen ? " (andere vragen)" : ""}` },
          { header: "Vorige scan", numeric: true, cell: (r) => formatScore(r.toen) },
          { header: "Nu", numeric: true, cell: (r) => formatScore(r.nu) },
          { header: "Verschil", numeric: true, cell: (r) => formatVerschil(r.verschil) },
          { header: "Vastgesteld toen", numeric: true, cell: (r) => niveau(r.consensusToen) },
          { header: "Vastgesteld nu", numeric: true, cell: (r) => niveau(r.consensusNu) },
        ]}
      />
      {v.rijen.some((r) => r.andereVragen) ? (
        <p className="mt-2 text-base">
          &quot;Andere vragen&quot;: in deze dimensie stelden de twee versies niet dezelfde vragen; vergelijk de scores met voorzichtigheid.
        </p>
      ) : null}
      {v.weggelaten.length ? (
        <>
          <h3 className="mt-6 text-xl">Niet vergeleken</h3>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {v.weggelaten.map((w) => (
              <li key={w.dimensieId}>
                <strong>{w.naam}</strong>: {w.reden}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {v.vorigeTop3.length ? (
        <DataTable
          caption="De top 3 van de vorige scan: laatste status en de verandering in de dimensie"
          showCaption
          className="mt-6"
          rows={v.vorigeTop3}
          rowKey={(p) => String(p.rang)}
          columns={[
            { header: "Punt", rowHeader: true, cell: (p) => `${p.rang}. ${p.titel}` },
            { header: "Dimensie", cell: (p) => p.dimensie },
            { header: "Laatste status", cell: (p) => OPVOLG_STATUS_LABELS[p.status] },
            { header: "Verandering in de dimensie", numeric: true, cell: (p) => (p.vergeleken ? formatVerschil(p.verschil) : "Niet vergeleken") },
          ]}
        />
      ) : null}
    </section>
  );
}
