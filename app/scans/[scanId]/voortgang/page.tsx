import type { Metadata } from "next";
import Link from "next/link";
import { DeadlineFormulier } from "@/components/analysetool/deadline-formulier";
import { DataTable } from "@/components/ui/data-table";
import { MeldingNotice } from "@/components/ui/notice";
import { getModel, ROL_LABELS } from "@/lib/analysetool";
import { deadlineInWoorden, deadlineVan, isTeLaat } from "@/lib/antwoorden/deadline";
import { can, requireScanPage } from "@/lib/auth/access";
import { getToolScan, listVoortgang, type TVoortgangRij } from "@/lib/data/analysetool";
import { formatDatumTijd, toAmsterdamLocal } from "@/lib/dates";

export const metadata: Metadata = { title: "Voortgang analysetool" };

type Props = { params: Promise<{ scanId: string }>; searchParams: Promise<{ melding?: string }> };

const DAG = 24 * 60 * 60 * 1000;

/**
 * Progress per deelnemer for the procesregisseur and the begeleiders: counts and submission
 * only. The answers themselves are linked for begeleiders, never shown to the procesregisseur.
 */
export default async function VoortgangPage({ params, searchParams }: Props) {
  const { scanId } = await params;
  const { melding } = await searchParams;
  const access = await requireScanPage(scanId, "voortgang.view");
  const begeleider = can(access, "scan.begeleid");
  const [scan, rijen] = await Promise.all([getToolScan(scanId), listVoortgang(scanId, getModel(access.scan.modelVersie))]);
  const deadline = scan ? deadlineVan(scan) : null;
  const ingediend = rijen.filter((r) => r.ingediendAt).length;
  const stap3 = scan?.stap === "analysetool";
  return (
    <div className="max-w-4xl">
      <MeldingNotice pagina="voortgang" code={melding} />
      <nav aria-label="Kruimelpad" className="text-base">
        <Link href={`/scans/${scanId}`}>Scan gemeente {access.scan.gemeenteNaam}</Link>
      </nav>
      <h1 className="mt-2">Voortgang analysetool</h1>
      <p className="mt-4 text-xl" data-testid="samenvatting">
        {ingediend} van {rijen.length} deelnemers hebben ingediend.
      </p>
      <p className="mt-2">
        {deadline ? (
          <>
            Deadline: <strong>{formatDatumTijd(deadline)}</strong> ({deadlineInWoorden(deadline, new Date())}).
          </>
        ) : (
          "De deadline volgt zodra de datum van de workshop vastligt."
        )}
      </p>
      {!begeleider ? (
        <p className="mt-2">Je ziet hier hoe ver iedereen is, niet wat iemand heeft geantwoord. De antwoorden zien alleen de begeleiders.</p>
      ) : null}

      <DataTable
        caption="Voortgang per deelnemer"
        region={false}
        className="mt-6"
        wide
        rows={rijen}
        rowKey={(r) => r.memberId}
        columns={[
          {
            header: "Deelnemer",
            rowHeader: true,
            cell: (r) => (
              <>
                {r.naam}
                {r.functie ? <span className="block text-base text-gray-700">{r.functie}</span> : null}
              </>
            ),
          },
          { header: "Rol", cell: (r) => ROL_LABELS[r.rol] },
          { header: "Beantwoord", cell: (r) => `${r.beantwoord} van ${r.totaal}` },
          { header: "Status", cell: (r) => statusTekst(r, deadline) },
          begeleider && {
            header: "Antwoorden",
            cell: (r) =>
              r.ingediendAt ? (
                <Link href={`/scans/${scanId}/antwoorden/${r.memberId}`}>
                  Bekijk antwoorden<span className="sr-only"> van {r.naam}</span>
                </Link>
              ) : (
                "–"
              ),
          },
        ]}
      />

      {begeleider ? (
        <>
          <h2 className="mt-10">Alle antwoorden downloaden</h2>
          <p className="mt-2">
            Een CSV-bestand met de antwoorden van iedereen die heeft ingediend, per deelnemer (zonder namen) en per vraag. Het opent in Excel.
          </p>
          <p className="mt-2">
            <a href={`/api/scans/${scanId}/antwoorden`} download>
              Antwoorden downloaden (CSV)
            </a>
          </p>
          {stap3 && scan?.workshopAt ? (
            <>
              <h2 className="mt-10">Deadline verlengen</h2>
              <DeadlineFormulier scanId={scanId} voorstel={voorstel(deadline, scan.workshopAt)} />
            </>
          ) : null}
        </>
      ) : null}
    </div>
  );
}

function statusTekst(r: TVoortgangRij, deadline: Date | null): string {
  if (r.ingediendAt) return `Ingediend op ${formatDatumTijd(r.ingediendAt)}${isTeLaat(r.ingediendAt, deadline) ? " (te laat)" : ""}`;
  return r.beantwoord > 0 ? "Bezig" : "Nog niet begonnen";
}

/** Two days later, but at the latest one day before the workshop. */
function voorstel(deadline: Date | null, workshopAt: Date): string {
  const basis = Math.max(deadline?.getTime() ?? 0, Date.now());
  return toAmsterdamLocal(new Date(Math.min(basis + 2 * DAG, workshopAt.getTime() - DAG)));
}
