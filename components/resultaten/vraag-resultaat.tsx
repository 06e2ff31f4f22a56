import { formatScore, ROL_LABELS, type TModel, type TVraagResultaat } from "@/lib/analysetool";
import { vraagMarkeringen, vraagNummer, vraagTekst } from "@/lib/analysetool/labels";
import type { TToelichtingMetNaam } from "@/lib/data/resultaten";
import { Verdeling } from "./verdeling";

/** One question's results; names with toelichtingen only when `metNamen` (begeleiders). */
export function VraagResultaat({
  model,
  vraag,
  toelichtingen,
  metNamen,
}: {
  model: TModel;
  vraag: TVraagResultaat;
  toelichtingen: TToelichtingMetNaam[];
  metNamen: boolean;
}) {
  const markeringen = vraagMarkeringen(vraag);
  return (
    <article id={`vraag-${vraag.vraagId}`} className="border-t border-gray-300 py-4">
      <h4 className="font-semibold">
        <span className="text-gray-700">Vraag {vraagNummer(model, vraag.vraagId)}</span> {vraagTekst(model, vraag.vraagId)}
      </h4>
      {markeringen.length ? <p className="mt-1 font-semibold text-rijk-700">⚑ {markeringen.join(" · ")}</p> : null}
      <div className="mt-2 grid gap-6 md:grid-cols-2">
        <Verdeling verdeling={vraag.verdeling} weetNiet={vraag.weetNiet} nvt={vraag.nvt} />
        <dl className="grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1 text-base">
          <dt>Score</dt>
          <dd>{formatScore(vraag.score)}</dd>
          <dt>Antwoorden</dt>
          <dd>{vraag.n}</dd>
          <dt>Bereik</dt>
          <dd>{formatScore(vraag.bereik)}</dd>
          <dt>Verschil tussen rollen</dt>
          <dd>{formatScore(vraag.rolverschil)}</dd>
          {Object.entries(vraag.perRol).map(([rol, stat]) => (
            <div key={rol} className="contents">
              <dt>{ROL_LABELS[rol as keyof typeof ROL_LABELS]}</dt>
              <dd>
                {formatScore(stat?.gemiddelde ?? null)} ({stat?.n ?? 0} antw.{stat?.weetNiet ? `, ${stat.weetNiet}× weet niet` : ""})
              </dd>
            </div>
          ))}
        </dl>
      </div>
      {toelichtingen.length ? (
        <div className="mt-3">
          <p className="font-semibold">Toelichtingen</p>
          <ul className="mt-1 space-y-2">
            {toelichtingen.map((t, i) => (
              <li key={i} className="border-l-4 border-gray-300 pl-3">
                <p className="whitespace-pre-line">{t.tekst}</p>
                <p className="text-base text-gray-700">
                  {metNamen ? `${t.naam}, ` : ""}
                  {ROL_LABELS[t.rol]}
                  {t.niveau ? ` (niveau ${t.niveau})` : t.geenOordeel === "weet_niet" ? " (weet ik niet)" : t.geenOordeel === "nvt" ? " (n.v.t.)" : ""}
                </p>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </article>
  );
}
