import { formatScore, niveauNaam, type TDimensieId, type TModel, type TScanResultaat } from "@/lib/analysetool";
import type { TConsensus } from "@/lib/data/results";

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
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-base">
        <caption className="mb-2 text-left font-semibold">Score per dimensie (1 = ad hoc, 5 = geoptimaliseerd)</caption>
        <thead>
          <tr className="border-b-2 border-rijk-700">
            <th scope="col" className="py-2 pr-3">
              Dimensie
            </th>
            <th scope="col" className="py-2 pr-3">
              Thema
            </th>
            <th scope="col" className="py-2 pr-3">
              Berekend
            </th>
            <th scope="col" className="py-2 pr-3">
              Niveau
            </th>
            <th scope="col" className="py-2 pr-3">
              Ambitie
            </th>
            <th scope="col" className="py-2 pr-3">
              Vastgesteld
            </th>
            <th scope="col" className="py-2">
              Opmerking
            </th>
          </tr>
        </thead>
        <tbody>
          {[...model.dimensies]
            .sort((a, b) => a.volgorde - b.volgorde)
            .map((d) => {
              const r = dims.get(d.id);
              const opm = [
                r && r.score !== null && !r.volledig ? "indicatief (te weinig antwoorden of rollen)" : null,
                r?.verdeeld ? `verdeeld (${r.aantalGespreksonderwerpen} gespreksonderwerpen)` : null,
              ].filter(Boolean);
              const vast = consensus[d.id]?.niveau ?? null;
              return (
                <tr key={d.id} className="border-b border-gray-300">
                  <th scope="row" className="py-2 pr-3 font-normal">
                    {d.naam}
                  </th>
                  <td className="py-2 pr-3">{themaNaam.get(d.thema)}</td>
                  <td className="py-2 pr-3">{formatScore(r?.score ?? null)}</td>
                  <td className="py-2 pr-3">{r?.score != null ? niveauNaam(r.score) : "–"}</td>
                  <td className="py-2 pr-3">{formatScore(r?.ambitie ?? null)}</td>
                  <td className="py-2 pr-3">{vast === null ? "nog niet" : formatScore(vast)}</td>
                  <td className="py-2">{opm.join("; ") || "–"}</td>
                </tr>
              );
            })}
        </tbody>
      </table>
    </div>
  );
}
