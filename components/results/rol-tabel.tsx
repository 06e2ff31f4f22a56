import { formatScore, ROL_LABELS, type TModel, type TScanResultaat } from "@/lib/analysetool";

/** Role × dimension, with cells that differ ≥ 1,0 from the dimension score marked in text. */
export function RolTabel({ model, resultaat }: { model: TModel; resultaat: TScanResultaat }) {
  const dims = [...model.dimensies].sort((a, b) => a.volgorde - b.volgorde);
  const score = new Map(resultaat.dimensies.map((d) => [d.dimensieId, d.score]));
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-base">
        <caption className="mb-2 text-left font-semibold">
          Score per rol en dimensie. Een * betekent: wijkt 1,0 of meer af van de score van de dimensie. (1) = één deelnemer in die rol.
        </caption>
        <thead>
          <tr className="border-b-2 border-rijk-700">
            <th scope="col" className="py-2 pr-3">
              Dimensie
            </th>
            <th scope="col" className="py-2 pr-3">
              Alle rollen
            </th>
            {resultaat.rolprofielen.map((p) => (
              <th key={p.rol} scope="col" className="py-2 pr-3">
                {ROL_LABELS[p.rol]}
                {p.leden === 1 ? " (1)" : ""}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {dims.map((d) => (
            <tr key={d.id} className="border-b border-gray-300">
              <th scope="row" className="py-2 pr-3 font-normal">
                {d.naam}
              </th>
              <td className="py-2 pr-3">{formatScore(score.get(d.id) ?? null)}</td>
              {resultaat.rolprofielen.map((p) => {
                const cel = p.dimensies[d.id];
                return (
                  <td key={p.rol} className={`py-2 pr-3 ${cel?.afwijkend ? "font-bold" : ""}`}>
                    {cel?.score == null ? "–" : `${formatScore(cel.score)}${cel.afwijkend ? " *" : ""}`}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
