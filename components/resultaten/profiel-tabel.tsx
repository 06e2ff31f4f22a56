import { DataTable } from "@/components/ui/data-table";
import { formatScore, niveauNaam, type TDimensieId, type TModel, type TScanResultaat } from "@/lib/analysetool";
import type { TConsensus } from "@/lib/data/resultaten";

/** The profile as a table: the text alternative of the radar, with the same numbers. */
export function ProfielTabel({
  model,
  resultaat,
  consensus,
}: {
  model: TModel;
  resultaat: TScanResultaat;
  consensus: Partial<Record<TDimensieId, TConsensus>>;
}) {
  const themaNaam = new Map(model.themas.map((t) => [t.id, t.naam]));
  const dims = new Map(resultaat.dimensies.map((d) => [d.dimensieId, d]));
  return (
    <DataTable
      caption="Score per dimensie (1 = ad hoc, 5 = geoptimaliseerd)"
      showCaption
      region={false}
      rowAlign="middle"
      rows={[...model.dimensies].sort((a, b) => a.volgorde - b.volgorde)}
      rowKey={(d) => d.id}
      columns={[
        { header: "Dimensie", rowHeader: true, cell: (d) => d.naam },
        { header: "Thema", cell: (d) => themaNaam.get(d.thema) },
        { header: "Berekend", cell: (d) => formatScore(dims.get(d.id)?.score ?? null) },
        {
          header: "Niveau",
          cell: (d) => {
            const score = dims.get(d.id)?.score;
            return score != null ? niveauNaam(score) : "–";
          },
        },
        { header: "Ambitie", cell: (d) => formatScore(dims.get(d.id)?.ambitie ?? null) },
        {
          header: "Vastgesteld",
          cell: (d) => {
            const vast = consensus[d.id]?.niveau ?? null;
            return vast === null ? "nog niet" : formatScore(vast);
          },
        },
        {
          header: "Opmerking",
          cell: (d) => {
            const r = dims.get(d.id);
            const opm = [
              r && r.score !== null && !r.volledig ? "indicatief (te weinig antwoorden of rollen)" : null,
              r?.verdeeld ? `verdeeld (${r.aantalGespreksonderwerpen} gespreksonderwerpen)` : null,
            ].filter(Boolean);
            return opm.join("; ") || "–";
          },
        },
      ]}
    />
  );
}
