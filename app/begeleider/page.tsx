import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { FilterSelect } from "@/components/ui/filter-select";
import { SCAN_STATES } from "@/db/schema";
import { requireStaffPage } from "@/lib/auth/access";
import { type TWaarschuwing, WAARSCHUWINGEN } from "@/lib/dashboard/warnings";
import { loadDashboard, type TDashboardRow } from "@/lib/data/dashboard";
import { formatDatum, formatDatumTijd } from "@/lib/dates";
import { OPVOLG_STATUS_LABELS } from "@/lib/scan/opvolging";
import { stapLabel, stapNummer } from "@/lib/scan/stappen";

export const metadata: Metadata = { title: "Mijn scans" };

const SORTERINGEN = {
  gemeente: "Gemeente (A–Z)",
  stap: "Stap",
  workshop: "Workshopdatum",
  deadline: "Volgende deadline",
  waarschuwingen: "Meeste waarschuwingen",
} as const;
type TSort = keyof typeof SORTERINGEN;

const FAR = Number.MAX_SAFE_INTEGER;
const sorters: Record<TSort, (a: TDashboardRow, b: TDashboardRow) => number> = {
  gemeente: (a, b) => a.gemeente.localeCompare(b.gemeente, "nl"),
  stap: (a, b) => (stapNummer(a.stap) ?? 99) - (stapNummer(b.stap) ?? 99),
  workshop: (a, b) => (a.workshopAt?.getTime() ?? FAR) - (b.workshopAt?.getTime() ?? FAR),
  deadline: (a, b) => (a.volgende?.wanneer.getTime() ?? FAR) - (b.volgende?.wanneer.getTime() ?? FAR),
  waarschuwingen: (a, b) => b.waarschuwingen.length - a.waarschuwingen.length,
};

type Props = { searchParams: Promise<{ stap?: string; waarschuwing?: string; sort?: string }> };

export default async function BegeleiderDashboardPage({ searchParams }: Props) {
  const user = await requireStaffPage("/begeleider");
  const sp = await searchParams;
  const stap = SCAN_STATES.find((s) => s === sp.stap);
  const waarschuwing = (Object.keys(WAARSCHUWINGEN) as TWaarschuwing[]).find((w) => w === sp.waarschuwing);
  const sort: TSort = sp.sort && sp.sort in SORTERINGEN ? (sp.sort as TSort) : "gemeente";
  const now = new Date();
  const alle = await loadDashboard(user, now);
  const rows = alle.filter((r) => (!stap || r.stap === stap) && (!waarschuwing || r.waarschuwingen.includes(waarschuwing))).sort(sorters[sort]);
  const afgerond = alle.filter((r) => r.stap === "afgerond" && r.opvolging.length > 0);
  const komend = alle
    .flatMap((r) => [
      r.workshopAt && r.workshopAt > now ? { id: r.id, gemeente: r.gemeente, wat: "Workshop", wanneer: r.workshopAt } : null,
      r.overlegAt && r.overlegAt > now ? { id: r.id, gemeente: r.gemeente, wat: "Digitaal overleg", wanneer: r.overlegAt } : null,
    ])
    .filter((x) => x !== null)
    .sort((a, b) => a.wanneer.getTime() - b.wanneer.getTime())
    .slice(0, 10);

  return (
    <div>
      <h1>{user.role === "admin" ? "Alle scans" : "Mijn scans"}</h1>
      <p className="mt-2">
        <Link href="/begeleider/benchmark">Benchmark: hoe staan de gemeenten ervoor?</Link>
      </p>
      <p className="mt-2">
        {alle.length === 0
          ? "Er zijn nog geen scans aan je toegewezen."
          : `${alle.length} ${alle.length === 1 ? "scan" : "scans"}${user.role === "admin" ? "" : " waarvoor je begeleider bent"}; ${alle.filter((r) => r.waarschuwingen.length).length} met een waarschuwing.`}
      </p>

      {alle.length > 0 ? (
        <>
          <form method="get" className="mt-6 flex flex-wrap items-end gap-4 rounded border border-gray-300 p-4" aria-label="Scans filteren en sorteren">
            <FilterSelect
              id="f-stap"
              name="stap"
              label="Stap"
              value={stap ?? ""}
              alle="Alle stappen"
              options={SCAN_STATES.map((s) => [s, stapLabel(s)] as const)}
            />
            <FilterSelect
              id="f-waarschuwing"
              name="waarschuwing"
              label="Waarschuwing"
              value={waarschuwing ?? ""}
              alle="Alle scans"
              options={Object.entries(WAARSCHUWINGEN)}
            />
            <FilterSelect id="f-sort" name="sort" label="Sorteren op" value={sort} options={Object.entries(SORTERINGEN)} />
            <Button type="submit" variant="secondary">
              Toepassen
            </Button>
          </form>

          <p className="mt-4" aria-live="polite">
            {rows.length === alle.length ? `Alle ${rows.length} scans.` : `${rows.length} van de ${alle.length} scans.`}
          </p>
          <DataTable
            caption="Scans met stap, workshop, volgende deadline, respons en waarschuwingen"
            region={false}
            className="mt-2"
            rows={rows}
            rowKey={(s) => s.id}
            columns={[
              { header: "Gemeente", rowHeader: true, cell: (s) => <Link href={`/scans/${s.id}`}>{s.gemeente}</Link> },
              { header: "Huidige stap", cell: (s) => stapLabel(s.stap) },
              { header: "Workshop", cell: (s) => (s.workshopAt ? formatDatumTijd(s.workshopAt) : "Nog niet gepland") },
              { header: "Volgende deadline", cell: (s) => (s.volgende ? `${s.volgende.wat}: ${formatDatumTijd(s.volgende.wanneer)}` : "–") },
              { header: "Respons", cell: (s) => (s.deelnemers ? `${s.ingediend}/${s.deelnemers} ingediend` : "Nog geen deelnemers") },
              {
                header: "Waarschuwingen",
                cell: (s) =>
                  s.waarschuwingen.length ? (
                    <ul className="space-y-1">
                      {s.waarschuwingen.map((w) => (
                        <li key={w} className="font-semibold text-fout">
                          <span aria-hidden="true">⚠ </span>
                          {WAARSCHUWINGEN[w]}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    "Geen"
                  ),
              },
            ]}
          />

          {afgerond.length ? (
            <section aria-labelledby="opvolging" className="mt-10">
              <h2 id="opvolging">Opvolging van afgeronde scans</h2>
              <p className="mt-2">De top 3 per gemeente, met de status en de datum van de laatste update.</p>
              <DataTable
                caption="Top 3 van afgeronde scans met status, laatste update en termijn"
                className="mt-2"
                rows={afgerond.flatMap((s) => s.opvolging.map((p) => ({ scan: s, p })))}
                rowKey={({ scan, p }) => `${scan.id}-${p.rang}`}
                columns={[
                  { header: "Gemeente", rowHeader: true, cell: ({ scan }) => <Link href={`/scans/${scan.id}/opvolging`}>{scan.gemeente}</Link> },
                  { header: "Punt", cell: ({ p }) => `${p.rang}. ${p.titel}` },
                  { header: "Status", cell: ({ p }) => OPVOLG_STATUS_LABELS[p.status] },
                  { header: "Laatste update", cell: ({ p }) => (p.laatsteUpdate ? formatDatum(p.laatsteUpdate) : "Nog geen") },
                  {
                    header: "Termijn",
                    cell: ({ p }) =>
                      p.termijn
                        ? `${formatDatum(p.termijn)}${p.termijn < now && p.status !== "afgerond" && p.status !== "gestopt" ? " (verstreken)" : ""}`
                        : "–",
                  },
                ]}
              />
            </section>
          ) : null}

          <section aria-labelledby="komend" className="mt-10">
            <h2 id="komend">Komende workshops en overleggen</h2>
            {komend.length === 0 ? (
              <p className="mt-2">Er staan geen workshops of overleggen gepland.</p>
            ) : (
              <ul className="mt-2 space-y-1">
                {komend.map((k) => (
                  <li key={`${k.id}-${k.wat}`}>
                    {formatDatumTijd(k.wanneer)} — {k.wat} <Link href={`/scans/${k.id}`}>{k.gemeente}</Link>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      ) : null}
    </div>
  );
}
