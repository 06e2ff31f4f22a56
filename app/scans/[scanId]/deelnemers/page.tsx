import type { Metadata } from "next";
import Link from "next/link";
import { Stap2Checklist } from "@/components/scan/stap2-checklist";
import { ActionForm } from "@/components/ui/action-form";
import { DataTable } from "@/components/ui/data-table";
import { MeldingNotice } from "@/components/ui/notice";
import { removeDeelnemerAction } from "@/lib/actions/deelnemers/remove-deelnemer";
import { ROL_LABELS } from "@/lib/analysetool/rollen-en-niveaus";
import { requireScanPage } from "@/lib/auth/access";
import { getMember, listMembers, type TMemberRow } from "@/lib/data/deelnemers";
import { listVorigeDeelnemers } from "@/lib/data/herhaalmeting";
import { formatDatum } from "@/lib/dates";
import { DEELNEMERS_WIJZIGBAAR } from "@/lib/scan/stap-regels";
import { checkStartAnalysetool, rolInZin } from "@/lib/scan/start-guard";
import { DeelnemerForm } from "./deelnemer-form";
import { VorigeDeelnemersForm } from "./vorige-deelnemers-form";

export const metadata: Metadata = { title: "Deelnemers" };

type Props = { params: Promise<{ scanId: string }>; searchParams: Promise<{ melding?: string; bewerk?: string; verwijder?: string }> };

function rolTekst(m: TMemberRow): string {
  if (m.procesregisseur) return m.rol ? `Procesregisseur, doet mee als ${rolInZin(m.rol)}` : "Procesregisseur (vult de tool niet in)";
  return m.rol ? ROL_LABELS[m.rol] : "—";
}

export default async function DeelnemersPage({ params, searchParams }: Props) {
  const { scanId } = await params;
  const access = await requireScanPage(scanId, "scan.plan");
  const sp = await searchParams;
  const members = await listMembers(scanId);
  const check = checkStartAnalysetool({
    stap: access.scan.stap,
    workshopAt: access.scan.workshopAt,
    rollen: members.map((m) => m.rol),
    now: new Date(),
  });
  const wijzigbaar = DEELNEMERS_WIJZIGBAAR.includes(access.scan.stap);
  const bewerk = wijzigbaar ? await getMember(scanId, sp.bewerk) : null;
  const verwijder = wijzigbaar ? await getMember(scanId, sp.verwijder) : null;
  const vorige = wijzigbaar ? await listVorigeDeelnemers(scanId) : null;
  const zelf = members.find((m) => m.userId === access.user.id);
  const naam = (m: TMemberRow) => m.naam ?? m.email;

  return (
    <div className="max-w-4xl">
      <p>
        <Link href={`/scans/${scanId}`}>Terug naar de scan</Link>
      </p>
      <h1 className="mt-2">Deelnemers gemeente {access.scan.gemeenteNaam}</h1>
      <MeldingNotice pagina="deelnemers" code={sp.melding} className="mt-4" />
      <p className="mt-4 max-w-3xl">
        Stel een groep collega&apos;s samen die vanuit hun eigen vak naar het gebruik van data kijken. Nodig zijn in elk geval iemand van ondermijning, van
        privacy en van ICT. Doe er als het kan iemand van data-analyse bij. Iedere deelnemer vult straks de analysetool in en doet mee aan de workshop.
      </p>

      {vorige?.deelnemers.length ? (
        <section aria-labelledby="vorige-scan" className="mt-8 rounded border-2 border-rijk-700 bg-rijk-50 p-4">
          <h2 id="vorige-scan">Deelnemers van de vorige scan</h2>
          <p className="mt-2">
            Dit is een herhaalmeting
            {vorige.afgerondAt ? ` van de scan met het eindrapport van ${formatDatum(vorige.afgerondAt)}` : ""}. Neem in één keer over wie weer meedoet; rol en
            functie kun je daarna per persoon aanpassen. Iedereen vult de analysetool opnieuw in.
          </p>
          <VorigeDeelnemersForm scanId={scanId} deelnemers={vorige.deelnemers} />
        </section>
      ) : null}

      <h2 className="mt-8">Checklist</h2>
      <div className="mt-2">
        <Stap2Checklist check={check} />
      </div>
      <p className="mt-2">
        <Link href={`/scans/${scanId}/planning`}>Naar de planning van de workshop</Link>
      </p>

      <h2 className="mt-8">Wie doen er mee?</h2>
      <DataTable
        caption="Deelnemers met e-mailadres, functie en rol"
        region={false}
        className="mt-4"
        rows={members}
        rowKey={(m) => m.id}
        columns={[
          { header: "Naam", rowHeader: true, cell: naam },
          { header: "E-mailadres", className: "break-all", cell: (m) => m.email },
          { header: "Functie", cell: (m) => m.functie ?? "—" },
          { header: "Rol", cell: rolTekst },
          wijzigbaar && {
            header: "Acties",
            cell: (m) => (
              <ul className="space-y-1">
                <li>
                  <Link href={`/scans/${scanId}/deelnemers?bewerk=${m.id}#bewerken`}>
                    Wijzigen<span className="sr-only">: {naam(m)}</span>
                  </Link>
                </li>
                {m.procesregisseur ? null : (
                  <li>
                    <Link href={`/scans/${scanId}/deelnemers?verwijder=${m.id}#verwijderen`}>
                      Verwijderen<span className="sr-only">: {naam(m)}</span>
                    </Link>
                  </li>
                )}
              </ul>
            ),
          },
        ]}
      />

      {!wijzigbaar ? (
        <p className="mt-8">In deze stap kun je de groep deelnemers niet meer veranderen. Neem contact op met de begeleider als dat toch nodig is.</p>
      ) : verwijder && !verwijder.procesregisseur ? (
        <section id="verwijderen" aria-labelledby="verwijderen-titel" className="mt-10 border-4 border-fout p-4">
          <h2 id="verwijderen-titel">Deelnemer verwijderen</h2>
          <p className="mt-2">
            Weet je zeker dat je <strong>{naam(verwijder)}</strong> ({verwijder.functie ?? "geen functie"}) uit de scan wilt halen? Die kan dan niet meer
            inloggen voor deze scan.
          </p>
          <div className="mt-4 flex flex-wrap items-center gap-6">
            <ActionForm
              action={removeDeelnemerAction}
              fields={{ scanId, memberId: verwijder.id }}
              label={`Ja, verwijder ${naam(verwijder)}`}
              variant="danger"
              error="notice"
            />
            <Link href={`/scans/${scanId}/deelnemers`}>Nee, terug</Link>
          </div>
        </section>
      ) : bewerk ? (
        <section id="bewerken" aria-labelledby="bewerken-titel" className="mt-10">
          <h2 id="bewerken-titel">{naam(bewerk)} wijzigen</h2>
          <div className="mt-4 max-w-2xl">
            <DeelnemerForm
              key={bewerk.id}
              scanId={scanId}
              member={{
                id: bewerk.id,
                naam: bewerk.naam ?? "",
                email: bewerk.email,
                functie: bewerk.functie ?? "",
                rol: bewerk.rol ?? (bewerk.procesregisseur ? "geen" : ""),
                procesregisseur: bewerk.procesregisseur,
              }}
            />
          </div>
          <p>
            <Link href={`/scans/${scanId}/deelnemers`}>Annuleren</Link>
          </p>
        </section>
      ) : (
        <section aria-labelledby="toevoegen-titel" className="mt-10">
          {zelf?.procesregisseur && !zelf.rol ? (
            <div className="mb-6 border-l-4 border-rijk-700 bg-rijk-50 p-4">
              <p className="font-semibold">Doe je zelf mee met de analysetool?</p>
              <p>
                Dat kan: <Link href={`/scans/${scanId}/deelnemers?bewerk=${zelf.id}#bewerken`}>geef jezelf een rol</Link>. Dan vul je de analysetool ook in.
              </p>
            </div>
          ) : null}
          <h2 id="toevoegen-titel">Deelnemer toevoegen</h2>
          <p className="mt-2 mb-4">De deelnemer krijgt een mail met uitleg over de scan en de planning. De analysetool komt later.</p>
          <div className="max-w-2xl">
            <DeelnemerForm key="nieuw" scanId={scanId} />
          </div>
        </section>
      )}
    </div>
  );
}
