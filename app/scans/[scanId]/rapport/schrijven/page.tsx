import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/ui/action-form";
import { Notice } from "@/components/ui/notice";
import { getDb } from "@/db/client";
import { publishConceptAction } from "@/lib/actions/rapport/publish-concept";
import { requireScanPage } from "@/lib/auth/access";
import { getRapportTeksten, listRapporten } from "@/lib/data/rapport";
import { buildRapportModel } from "@/lib/rapport/build";
import { loadRapportInput } from "@/lib/rapport/load";
import { TEKST_VELDEN } from "@/lib/rapport/tekst-velden";
import { SchrijfFormulier } from "./schrijf-formulier";

export const metadata: Metadata = { title: "Rapport schrijven" };

export default async function SchrijvenPage({ params }: { params: Promise<{ scanId: string }> }) {
  const { scanId } = await params;
  const access = await requireScanPage(scanId, "scan.begeleid");
  const { stap } = access.scan;
  const bewerkbaar = stap === "concept" || stap === "handelingsperspectieven";
  const [opgeslagen, versies] = await Promise.all([getRapportTeksten(scanId), listRapporten(scanId)]);
  const volgende = versies.filter((v) => v.soort === "concept").length + 1;
  const db = await getDb();
  const model = buildRapportModel(await loadRapportInput(db, scanId, { soort: "concept", versie: volgende, datum: new Date() }));
  return (
    <div>
      <p>
        <Link href={`/scans/${scanId}/rapport`}>Terug naar het eindrapport</Link>
      </p>
      <h1 className="mt-2">Rapport schrijven: gemeente {access.scan.gemeenteNaam}</h1>
      <p className="mt-2 max-w-3xl">
        Schrijf wat de cijfers niet zeggen: de samenvatting, per dimensie de sterke punten en verbeterpunten, en de conclusies. Alles is gewone tekst; een lege
        regel begint een nieuwe alinea. De cijfers, de workshop en de handelingsperspectieven vult de app zelf in.
      </p>
      {!bewerkbaar ? (
        <Notice tone="waarschuwing" title="De teksten zijn niet meer te bewerken: het eindrapport is vastgesteld of het concept is nog niet aan de beurt." />
      ) : (
        <>
          <div className="mt-6">
            <SchrijfFormulier scanId={scanId} model={model} velden={TEKST_VELDEN} opgeslagen={opgeslagen} />
          </div>
          {stap === "concept" ? (
            <section aria-labelledby="publiceren" className="mt-10 max-w-3xl border-t-2 border-rijk-700 pt-6">
              <h2 id="publiceren">Concept versie {volgende} publiceren</h2>
              <p className="mt-2">
                Het concept wordt gemaakt uit de <strong>opgeslagen</strong> teksten en de huidige gegevens. Alle deelnemers en de procesregisseur krijgen een
                mail met een link. {volgende > 1 ? "Eerdere versies blijven te downloaden." : ""}
              </p>
              <ActionForm action={publishConceptAction} fields={{ scanId }} label={`Concept versie ${volgende} publiceren`} className="mt-2" />
            </section>
          ) : (
            <p className="mt-8 max-w-3xl">De opgeslagen teksten komen in het definitieve eindrapport dat je vaststelt na het kiezen van de top 3.</p>
          )}
        </>
      )}
    </div>
  );
}
