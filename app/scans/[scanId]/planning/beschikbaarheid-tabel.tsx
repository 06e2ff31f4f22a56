import { DataTable, type TColumn } from "@/components/ui/data-table";
import type { TPlanning } from "@/lib/data/planning";
import { formatMomentKort } from "@/lib/dates";
import { rolInZin } from "@/lib/scan/start-guard";

const ANTWOORD = {
  kan: { tekst: "Kan", teken: "✓", kleur: "text-succes" },
  kanNiet: { tekst: "Kan niet", teken: "✗", kleur: "text-fout" },
  open: { tekst: "Nog niet ingevuld", teken: "?", kleur: "text-gray-700" },
} as const;

/** Everyone asked × every proposed moment, in words; the last row counts who can. */
export function BeschikbaarheidTabel({ planning }: { planning: TPlanning }) {
  return (
    <DataTable
      caption="Beschikbaarheid per persoon en per voorgesteld moment"
      regionLabel="Beschikbaarheid per moment"
      className="mt-4"
      rowAlign="middle"
      rows={planning.personen}
      rowKey={(p) => p.userId}
      columns={[
        {
          header: "Naam",
          rowHeader: true,
          cell: (p) => (
            <>
              {p.naam}
              <span className="block text-sm text-gray-700">
                {p.wie}
                {p.rol ? `, ${rolInZin(p.rol)}` : ""}
              </span>
            </>
          ),
        },
        ...planning.opties.map(
          (o): TColumn<TPlanning["personen"][number]> => ({
            key: o.id,
            header: formatMomentKort(o.startsAt),
            cell: (p) => {
              const a = planning.antwoord.get(`${o.id}/${p.userId}`);
              const s = a === true ? ANTWOORD.kan : a === false ? ANTWOORD.kanNiet : ANTWOORD.open;
              return (
                <>
                  <span aria-hidden="true" className={`font-bold ${s.kleur}`}>
                    {s.teken}{" "}
                  </span>
                  {s.tekst}
                </>
              );
            },
          }),
        ),
      ]}
      footer={
        <tr className="border-t-2 border-rijk-700">
          <th scope="row" className="py-2 pr-3 text-left">
            Totaal
          </th>
          {planning.opties.map((o) => (
            <td key={o.id} className="py-2 pr-3 font-semibold">
              {o.kan} van {planning.personen.length} kunnen
            </td>
          ))}
        </tr>
      }
    />
  );
}
