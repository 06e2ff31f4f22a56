import type { Metadata } from "next";
import Link from "next/link";
import { RapportHtml } from "@/components/rapport/rapport-html";
import { ReactieItem } from "@/components/rapport/reactie-status";
import { buttonClass } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { MeldingNotice, Notice } from "@/components/ui/notice";
import { can, requireScanPage } from "@/lib/auth/access";
import { getOverleg, getRapportSnapshot, huidigeVersie, listEigenReacties, listRapporten, openReactiesPerSectie } from "@/lib/data/rapport";
import { formatDatumTijd } from "@/lib/dates";
import { snapshotSha256 } from "@/lib/rapport/hash";
import { datumTekst } from "@/lib/rapport/weergave";
import { ReactieForm, ReactieOpConceptForm } from "./reactie-form";

export const metadata: Metadata = { title: "Eindrapport" };

type Props = { params: Promise<{ scanId: string }>; searchParams: Promise<{ melding?: string; versie?: string }> };

const pdfUrl = (scanId: string, rapportId: string) => `/api/scans/${scanId}/rapporten/${rapportId}/pdf`;

export default async function RapportPage({ params, searchParams }: Props) {
  const { scanId } = await params;
  const { melding, versie } = await searchParams;
  const access = await requireScanPage(scanId, "scan.view");
  const begeleider = can(access, "scan.begeleid");
  const versies = await listRapporten(scanId);
  const huidig = huidigeVersie(versies);
  const getoond = versies.find((v) => v.id === versie) ?? huidig;
  const model = getoond ? await getRapportSnapshot(scanId, getoond.id) : null;
  const overleg = await getOverleg(scanId);
  const reageren = !!model && !!access.member && access.scan.stap === "concept" && getoond?.id === huidig?.id && huidig?.soort === "concept";
  const eigen = reageren ? await listEigenReacties(scanId, access.user.id) : [];
  const openPerSectie = reageren ? await openReactiesPerSectie(scanId) : new Map<string, number>();

  return (
    <div className="max-w-4xl">
      <p className="niet-printen">
        <Link href={`/scans/${scanId}`}>Gemeente {access.scan.gemeenteNaam}</Link>
      </p>
      <MeldingNotice pagina="rapport" code={melding} />
      {!model || !getoond ? (
        <>
          <h1 className="mt-2">Eindrapport</h1>
          <p className="mt-4">Het concept eindrapport is nog niet klaar. Je krijgt een mail zodra je het kunt lezen.</p>
          {begeleider && access.scan.stap === "concept" ? (
            <p className="mt-4">
              <Link href={`/scans/${scanId}/rapport/schrijven`} className={buttonClass("primary")}>
                Concept schrijven
              </Link>
            </p>
          ) : null}
        </>
      ) : (
        <>
          <div className="niet-printen mt-4 flex flex-wrap gap-3">
            <a href={pdfUrl(scanId, getoond.id)} className={buttonClass("primary")} download>
              PDF downloaden ({getoond.soort === "concept" ? `concept versie ${getoond.versie}` : "definitief"})
            </a>
            {begeleider && (access.scan.stap === "concept" || access.scan.stap === "handelingsperspectieven") ? (
              <Link href={`/scans/${scanId}/rapport/schrijven`} className={buttonClass("secondary")}>
                Teksten bewerken
              </Link>
            ) : null}
            {begeleider && access.scan.stap === "concept" ? (
              <Link href={`/scans/${scanId}/rapport/feedback`} className={buttonClass("secondary")}>
                Reacties en digitaal overleg
              </Link>
            ) : null}
          </div>
          {getoond.id !== huidig?.id ? (
            <Notice tone="waarschuwing" title={`Je bekijkt een eerdere versie (concept versie ${getoond.versie}).`}>
              <p>
                <Link href={`/scans/${scanId}/rapport`}>Naar de huidige versie</Link>
              </p>
            </Notice>
          ) : null}
          {reageren ? (
            <section aria-labelledby="reageren" className="niet-printen mt-6 rounded border-2 border-rijk-700 p-4">
              <h2 id="reageren">Reageren op het concept</h2>
              <p className="mt-2">
                Kies het onderdeel en schrijf wat je mist of anders ziet. Je kunt ook onder elk onderdeel reageren terwijl je leest.
                {overleg.at ? ` Het digitale overleg is op ${formatDatumTijd(overleg.at)}.` : " Het digitale overleg wordt nog gepland."}
              </p>
              <ReactieOpConceptForm scanId={scanId} rapportId={getoond.id} secties={model.secties.map((s) => ({ id: s.id, titel: s.titel }))} />
            </section>
          ) : null}
          <div className="mt-6">
            <RapportHtml
              model={model}
              kenmerk={model.soort === "definitief" ? snapshotSha256(model) : null}
              naSectie={
                reageren
                  ? (id) => {
                      const titel = model.secties.find((s) => s.id === id)!.titel;
                      const mijn = eigen.filter((r) => r.sectieId === id);
                      const open = openPerSectie.get(id) ?? 0;
                      return (
                        <>
                          <p className="niet-printen mt-4 text-base" data-testid={`open-reacties-${id}`}>
                            {open === 0
                              ? "Nog geen open reacties op dit onderdeel."
                              : `${open} ${open === 1 ? "reactie wacht" : "reacties wachten"} op een antwoord van de begeleiders.`}
                          </p>
                          {mijn.length ? (
                            <div className="niet-printen mt-4 rounded bg-gray-50 p-3">
                              <h3 className="text-base font-semibold">Jouw reacties op dit onderdeel</h3>
                              <ul className="mt-2 space-y-3">
                                {mijn.map((r) => (
                                  <li key={r.id}>
                                    <ReactieItem r={r} />
                                  </li>
                                ))}
                              </ul>
                            </div>
                          ) : null}
                          <ReactieForm scanId={scanId} rapportId={getoond.id} sectieId={id} titel={titel} />
                        </>
                      );
                    }
                  : undefined
              }
            />
          </div>
        </>
      )}
      {versies.length ? (
        <section aria-labelledby="versies" className="niet-printen mt-12 border-t-2 border-rijk-700 pt-6">
          <h2 id="versies">Alle versies</h2>
          <DataTable
            caption="Gepubliceerde versies van het eindrapport"
            region={false}
            className="mt-3"
            rowAlign="middle"
            rows={versies.map((v) => ({ ...v, naam: v.soort === "concept" ? `Concept versie ${v.versie}` : "Definitief" }))}
            rowKey={(v) => v.id}
            columns={[
              { header: "Versie", rowHeader: true, cell: (v) => `${v.naam}${v.id === huidig?.id ? " (huidig)" : ""}` },
              { header: "Gepubliceerd", cell: (v) => datumTekst(v.createdAt.toISOString()) },
              {
                header: "Bekijken",
                cell: (v) => (
                  <>
                    <a href={pdfUrl(scanId, v.id)} download>
                      PDF<span className="sr-only"> van {v.naam}</span>
                    </a>
                    {" · "}
                    <Link href={`/scans/${scanId}/rapport?versie=${v.id}`}>
                      Webversie<span className="sr-only"> van {v.naam}</span>
                    </Link>
                  </>
                ),
              },
            ]}
          />
        </section>
      ) : null}
    </div>
  );
}
