import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AntwoordenOverzicht } from "@/components/analysetool/antwoorden-overzicht";
import { HeropenenFormulier } from "@/components/analysetool/heropenen-formulier";
import { PrintKnop } from "@/components/analysetool/print-knop";
import { FactList } from "@/components/ui/fact-list";
import { getModel, ROL_LABELS } from "@/lib/analysetool";
import { deadlineVan, isTeLaat } from "@/lib/antwoorden/deadline";
import { voortgang } from "@/lib/antwoorden/voortgang";
import { requireScanPage } from "@/lib/auth/access";
import { getMemberAnswers, getToolScan } from "@/lib/data/analysetool";
import { formatDatumTijd } from "@/lib/dates";

export const metadata: Metadata = { title: "Antwoorden deelnemer" };

type Props = { params: Promise<{ scanId: string; memberId: string }> };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A submitted tool in full, for the begeleiders. The member is looked up within this scan
 * only; a member of another scan, or one who has not submitted, gives the same 404.
 */
export default async function DeelnemerAntwoordenPage({ params }: Props) {
  const { scanId, memberId } = await params;
  const access = await requireScanPage(scanId, "scan.begeleid");
  if (!UUID.test(memberId)) notFound();
  const [scan, data] = await Promise.all([getToolScan(scanId), getMemberAnswers(scanId, memberId)]);
  if (!scan || !data?.member.ingediendAt || !data.member.rol) notFound();
  const { member, rows } = data;
  const rol = data.member.rol;
  const model = getModel(access.scan.modelVersie);
  const v = voortgang(model, rows);
  return (
    <div className="max-w-3xl">
      <nav aria-label="Kruimelpad" className="niet-printen text-base">
        <Link href={`/scans/${scanId}`}>Scan gemeente {access.scan.gemeenteNaam}</Link>
        <span aria-hidden="true"> › </span>
        <Link href={`/scans/${scanId}/voortgang`}>Voortgang analysetool</Link>
      </nav>
      <h1 className="mt-2">Antwoorden van {member.naam}</h1>
      <FactList
        facts={[
          { term: "Rol", value: `${ROL_LABELS[rol]}${member.functie ? ` (${member.functie})` : ""}` },
          { term: "Ingediend", value: `${formatDatumTijd(member.ingediendAt!)}${isTeLaat(member.ingediendAt, deadlineVan(scan)) ? " (te laat)" : ""}` },
          { term: "Beantwoord", value: `${v.beantwoord} van ${v.totaal} vragen` },
        ]}
      />
      <div className="mt-6">
        <PrintKnop />
      </div>
      <AntwoordenOverzicht model={model} rows={rows} rol={rol} eigen={false} />
      {scan.stap === "analysetool" ? (
        <section aria-labelledby="heropenen" className="niet-printen mt-12 border-t-2 border-gray-300 pt-6">
          <h2 id="heropenen">Analysetool heropenen</h2>
          <p className="mt-2">
            Wil {member.naam} nog iets aanpassen? Open de analysetool dan weer. De antwoorden blijven bewaard; daarna moet opnieuw worden ingediend.
          </p>
          <HeropenenFormulier scanId={scanId} memberId={member.id} naam={member.naam} />
        </section>
      ) : null}
    </div>
  );
}
