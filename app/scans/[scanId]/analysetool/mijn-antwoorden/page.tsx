import type { Metadata } from "next";
import { AntwoordenOverzicht } from "@/components/analysetool/antwoorden-overzicht";
import { PrintKnop } from "@/components/analysetool/print-knop";
import { ToolKop } from "@/components/analysetool/tool-kop";
import { FactList } from "@/components/ui/fact-list";
import { Notice } from "@/components/ui/notice";
import { ROL_LABELS } from "@/lib/analysetool";
import { isTeLaat } from "@/lib/antwoorden/deadline";
import { laadTool } from "@/lib/data/tool-pagina";
import { formatDatumTijd } from "@/lib/dates";
import { MELDINGEN, meldingCode } from "@/lib/meldingen";

export const metadata: Metadata = { title: "Mijn antwoorden" };

type Props = { params: Promise<{ scanId: string }>; searchParams: Promise<{ melding?: string }> };

/** The deelnemer's own answers, read-only and printable. */
export default async function MijnAntwoordenPage({ params, searchParams }: Props) {
  const { scanId } = await params;
  const { melding } = await searchParams;
  const tool = await laadTool(scanId);
  const { member, voortgang: v } = tool;
  return (
    <div className="max-w-3xl">
      {meldingCode("mijn-antwoorden", melding) === "ingediend" && member.ingediendAt ? (
        <Notice tone="succes" title={MELDINGEN["mijn-antwoorden"].ingediend}>
          <p>Dank je wel! De begeleiders gebruiken je antwoorden om de workshop voor te bereiden.</p>
        </Notice>
      ) : null}
      <ToolKop scanId={scanId} gemeente={tool.access.scan.gemeenteNaam} titel="Mijn antwoorden" />
      <FactList
        facts={[
          { term: "Gemeente", value: tool.access.scan.gemeenteNaam },
          { term: "Rol", value: member.rol ? ROL_LABELS[member.rol] : "–" },
          {
            term: "Status",
            testId: "status",
            value: member.ingediendAt
              ? `Ingediend op ${formatDatumTijd(member.ingediendAt)}${isTeLaat(member.ingediendAt, tool.deadline) ? " (te laat)" : ""}`
              : "Nog niet ingediend",
          },
          { term: "Beantwoord", value: `${v.beantwoord} van ${v.totaal} vragen` },
        ]}
      />
      <div className="mt-6">
        <PrintKnop />
      </div>
      <AntwoordenOverzicht model={tool.model} rows={tool.rows} rol={member.rol} />
    </div>
  );
}
