import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { IndienenFormulier } from "@/components/analysetool/indienen-formulier";
import { ToolKop } from "@/components/analysetool/tool-kop";
import { Notice } from "@/components/ui/notice";
import { laadTool } from "@/lib/data/tool-pagina";
import { formatDatumTijd } from "@/lib/dates";

export const metadata: Metadata = { title: "Analysetool indienen" };

type Props = { params: Promise<{ scanId: string }> };

/** The confirmation step: what submitting means, then one button. */
export default async function AnalysetoolIndienenPage({ params }: Props) {
  const { scanId } = await params;
  const tool = await laadTool(scanId);
  const basis = `/scans/${scanId}/analysetool`;
  if (!tool.bewerkbaar) redirect(basis);
  const { voortgang: v, deadline } = tool;
  const teLaat = deadline !== null && deadline.getTime() < Date.now();
  const open = v.totaal - v.beantwoord;
  return (
    <div className="max-w-3xl">
      <ToolKop scanId={scanId} gemeente={tool.access.scan.gemeenteNaam} titel="Analysetool indienen" />
      <p className="mt-4">
        Je hebt {v.beantwoord} van {v.totaal} vragen beantwoord.
      </p>
      {open > 0 ? (
        <Notice tone="waarschuwing" title={`${open === 1 ? "Eén vraag is" : `${open} vragen zijn`} nog niet beantwoord.`}>
          <p>
            Die tellen niet mee. <Link href={`${basis}/overzicht`}>Bekijk welke vragen nog open staan</Link>.
          </p>
        </Notice>
      ) : null}
      {teLaat && deadline ? (
        <Notice tone="waarschuwing" title="De deadline is verstreken.">
          <p>De deadline was {formatDatumTijd(deadline)}. Je kunt nog indienen; je analysetool wordt dan gemarkeerd als te laat ingediend.</p>
        </Notice>
      ) : null}
      <h2 className="mt-6">Weet je het zeker?</h2>
      <p className="mt-2">
        Na het indienen kun je je antwoorden niet meer wijzigen. De begeleiders kunnen ze dan inzien. Wil je toch nog iets aanpassen, vraag dan een begeleider
        om je analysetool weer te openen.
      </p>
      <IndienenFormulier scanId={scanId} terugHref={`${basis}/overzicht`} />
    </div>
  );
}
