import { formatScore, type TAgendaPunt, type TModel } from "@/lib/analysetool";
import { AGENDA_REDEN_LABELS, dimensieNaam, vraagTekst } from "@/lib/analysetool/labels";

/** The discussion points as the workshop agenda, in the model's order of importance. */
export function AgendaLijst({ agenda, model, links = true }: { agenda: TAgendaPunt[]; model: TModel; links?: boolean }) {
  if (agenda.length === 0) return <p>Er zijn geen gespreksonderwerpen: de deelnemers zijn het grotendeels eens.</p>;
  return (
    <ol className="list-decimal space-y-3 pl-6">
      {agenda.map((p) => (
        <li key={p.vraagId}>
          {links ? <a href={`#vraag-${p.vraagId}`}>{vraagTekst(model, p.vraagId)}</a> : <span>{vraagTekst(model, p.vraagId)}</span>}
          <p className="text-base text-gray-700">
            {dimensieNaam(model, p.dimensieId)} · {AGENDA_REDEN_LABELS[p.reden]}
            {p.bereik !== null ? ` · bereik ${formatScore(p.bereik)}` : ""}
          </p>
        </li>
      ))}
    </ol>
  );
}
