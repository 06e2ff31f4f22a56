import { DataTable, type TColumn } from "@/components/ui/data-table";
import { formatScore, ROL_LABELS, type TModel, type TScanResultaat } from "@/lib/analysetool";

/** Role × dimension, with cells that differ ≥ 1,0 from the dimension score marked in text. */
export function RolTabel({ model, resultaat }: { model: TModel; resultaat: TScanResultaat }) {
  const dims = [...model.dimensies].sort((a, b) => a.volgorde - b.volgorde);
  const score = new Map(resultaat.dimensies.map((d) => [d.dimensieId, d.score]));
  return (
    <DataTable
      caption="Score per rol en dimensie. Een * betekent: wijkt 1,0 of meer af van de score van de dimensie. (1) = één deelnemer in die rol."
      showCaption
      region={false}
      rowAlign="middle"
      rows={dims}
      rowKey={(d) => d.id}
      columns={[
        { header: "Dimensie", rowHeader: true, cell: (d) => d.naam },
        { header: "Alle rollen", cell: (d) => formatScore(score.get(d.id) ?? null) },
        ...resultaat.rolprofielen.map(
          (p): TColumn<(typeof dims)[number]> => ({
            key: p.rol,
            header: `${ROL_LABELS[p.rol]}${p.leden === 1 ? " (1)" : ""}`,
            className: (d) => (p.dimensies[d.id]?.afwijkend ? "font-bold" : undefined),
            cell: (d) => {
              const cel = p.dimensies[d.id];
              return cel?.score == null ? "–" : `${formatScore(cel.score)}${cel.afwijkend ? " *" : ""}`;
            },
          }),
        ),
      ]}
    />
  );
}
