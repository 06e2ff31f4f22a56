import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/ui/action-form";
import { closeWorkshopAction } from "@/lib/actions/workshop/close-workshop";
import { formatScore } from "@/lib/analysetool";
import { requireScanPage } from "@/lib/auth/access";
import { loadScanResultaten } from "@/lib/data/resultaten";
import { ConsensusForm } from "../consensus-form";

export const metadata: Metadata = { title: "Workshop vastleggen" };

export default async function VastleggenPage({ params }: { params: Promise<{ scanId: string }> }) {
  const { scanId } = await params;
  const access = await requireScanPage(scanId, "scan.begeleid");
  const { model, resultaat, consensus } = await loadScanResultaten(scanId, access.scan.modelVersie);
  const score = new Map(resultaat.dimensies.map((d) => [d.dimensieId, d.score]));
  const klaar = model.dimensies.filter((d) => consensus[d.id]?.niveau != null).length;
  return (
    <div className="max-w-3xl">
      <p>
        <Link href={`/scans/${scanId}/workshop`}>Terug naar de presentatie</Link>
      </p>
      <h1 className="mt-2">Uitkomst van de workshop vastleggen</h1>
      <p className="mt-2">
        Leg per dimensie het niveau vast waarover de groep het eens werd, met wat je hebt gezien. {klaar} van de {model.dimensies.length} dimensies zijn
        vastgelegd.
      </p>
      <div className="mt-6 space-y-6">
        {[...model.dimensies]
          .sort((a, b) => a.volgorde - b.volgorde)
          .map((d) => (
            <ConsensusForm
              key={d.id}
              scanId={scanId}
              dimensieId={d.id}
              naam={d.naam}
              berekend={formatScore(score.get(d.id) ?? null)}
              initial={consensus[d.id] ?? { niveau: null, motivering: null, observaties: null, verbeterpunten: null }}
            />
          ))}
      </div>
      {access.scan.stap === "workshop" ? (
        <section aria-labelledby="afronden" className="mt-10 border-t-2 border-rijk-700 pt-6">
          <h2 id="afronden">Workshop afronden</h2>
          <p className="mt-2">Als alle dimensies zijn vastgelegd, rond je de workshop af. De scan gaat dan naar stap 5: het concept eindrapport.</p>
          <ActionForm action={closeWorkshopAction} fields={{ scanId }} label="Workshop afronden en naar het concept" className="mt-2" />
        </section>
      ) : null}
    </div>
  );
}
