import type { TPlanning } from "@/lib/data/planning";
import { formatMomentKort } from "@/lib/scan/moment-kort";
import { rolInZin } from "@/lib/scan/start-guard";

const ANTWOORD = {
  kan: { tekst: "Kan", teken: "✓", kleur: "text-succes" },
  kanNiet: { tekst: "Kan niet", teken: "✗", kleur: "text-fout" },
  open: { tekst: "Nog niet ingevuld", teken: "?", kleur: "text-gray-700" },
} as const;

/** Everyone asked × every proposed moment, in words; the last row counts who can. */
export function BeschikbaarheidTabel({ planning }: { planning: TPlanning }) {
  return (
    <div className="mt-4 overflow-x-auto" tabIndex={0} role="region" aria-label="Beschikbaarheid per moment">
      <table className="w-full border-collapse text-left text-base">
        <caption className="sr-only">Beschikbaarheid per persoon en per voorgesteld moment</caption>
        <thead>
          <tr className="border-b-2 border-rijk-700">
            <th scope="col" className="py-2 pr-3">
              Naam
            </th>
            {planning.opties.map((o) => (
              <th key={o.id} scope="col" className="py-2 pr-3">
                {formatMomentKort(o.startsAt)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {planning.personen.map((p) => (
            <tr key={p.userId} className="border-b border-gray-300">
              <th scope="row" className="py-2 pr-3 text-left font-normal">
                {p.naam}
                <span className="block text-sm text-gray-700">
                  {p.wie}
                  {p.rol ? `, ${rolInZin(p.rol)}` : ""}
                </span>
              </th>
              {planning.opties.map((o) => {
                const a = planning.antwoord.get(`${o.id}/${p.userId}`);
                const s = a === true ? ANTWOORD.kan : a === false ? ANTWOORD.kanNiet : ANTWOORD.open;
                return (
                  <td key={o.id} className="py-2 pr-3">
                    <span aria-hidden="true" className={`font-bold ${s.kleur}`}>
                      {s.teken}{" "}
                    </span>
                    {s.tekst}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
        <tfoot>
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
        </tfoot>
      </table>
    </div>
  );
}
