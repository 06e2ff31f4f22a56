import type { Metadata } from "next";
import Link from "next/link";
import { ReactieItem } from "@/components/rapport/reactie-status";
import { MeldingNotice } from "@/components/ui/notice";
import { requireScanPage } from "@/lib/auth/access";
import { getOverleg, listRapporten, listReacties } from "@/lib/data/rapport";
import { formatDatumTijd, toAmsterdamLocal } from "@/lib/dates";
import { sectieTitel } from "@/lib/rapport/secties";
import { BehandelForm, NaarStap6Form, OverlegForm } from "./formulieren";

export const metadata: Metadata = { title: "Reacties en digitaal overleg" };

type Props = { params: Promise<{ scanId: string }>; searchParams: Promise<{ melding?: string }> };

export default async function FeedbackPage({ params, searchParams }: Props) {
  const { scanId } = await params;
  const { melding } = await searchParams;
  const access = await requireScanPage(scanId, "scan.begeleid");
  const [reacties, overleg, versies] = await Promise.all([listReacties(scanId), getOverleg(scanId), listRapporten(scanId)]);
  const open = reacties.filter((r) => r.status === "open");
  const behandeld = reacties.filter((r) => r.status !== "open");
  const inStap5 = access.scan.stap === "concept";
  const aantalConcepten = versies.filter((v) => v.soort === "concept").length;
  const lijst = (items: typeof reacties, kop: string, id: string) => (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id}>
        {kop} ({items.length})
      </h2>
      {items.length ? (
        <ol className="mt-3 space-y-6">
          {items.map((r) => (
            <li key={r.id} id={`reactie-${r.id}`} className="rounded border-2 border-gray-300 p-4">
              <h3 className="text-base font-semibold">Over: {sectieTitel(r.sectieId)}</h3>
              <ReactieItem r={r} metNaam />
              {inStap5 ? <BehandelForm scanId={scanId} feedbackId={r.id} status={r.status} antwoord={r.antwoord} /> : null}
            </li>
          ))}
        </ol>
      ) : (
        <p className="mt-2">Geen.</p>
      )}
    </section>
  );
  return (
    <div className="max-w-3xl">
      <p>
        <Link href={`/scans/${scanId}/rapport`}>Terug naar het eindrapport</Link>
      </p>
      <h1 className="mt-2">Reacties en digitaal overleg</h1>
      <p className="mt-2">
        Gemeente {access.scan.gemeenteNaam} · {aantalConcepten === 1 ? "1 conceptversie" : `${aantalConcepten} conceptversies`} gepubliceerd
      </p>
      <MeldingNotice pagina="feedback" code={melding} />

      <section aria-labelledby="overleg" className="mt-8">
        <h2 id="overleg">Digitaal overleg</h2>
        <p className="mt-2" data-testid="overleg-status">
          {overleg.at ? `Gepland op ${formatDatumTijd(overleg.at)} (${overleg.duur} minuten).` : "Nog niet gepland."}
          {overleg.link ? (
            <>
              {" "}
              Link: <a href={overleg.link}>{overleg.link}</a>
            </>
          ) : null}
        </p>
        {inStap5 ? (
          <OverlegForm
            scanId={scanId}
            waarden={{
              overlegAt: overleg.at ? toAmsterdamLocal(overleg.at) : "",
              duur: String(overleg.duur ?? 60),
              link: overleg.link ?? "",
            }}
          />
        ) : null}
      </section>

      {lijst(open, "Nog te behandelen", "open")}
      {lijst(behandeld, "Behandeld", "behandeld")}

      {inStap5 ? (
        <section aria-labelledby="afronden" className="mt-10 border-t-2 border-rijk-700 pt-6">
          <h2 id="afronden">Bespreking van het concept afronden</h2>
          <p className="mt-2">
            Als het overleg is geweest en elke reactie is verwerkt of afgewezen, gaat de scan naar stap 6: de top 3 handelingsperspectieven kiezen. Pas de
            teksten eerst aan en publiceer zo nodig een nieuwe conceptversie.
          </p>
          <NaarStap6Form scanId={scanId} />
        </section>
      ) : null}
    </div>
  );
}
