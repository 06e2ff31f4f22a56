import { findQuestion, NIVEAU_SCHAAL, type TModel, type TNiveau, type TRol } from "@/lib/analysetool";
import { GEEN_OORDEEL_LABELS } from "@/lib/antwoorden/export";
import { paginas, type TAntwoordRij } from "@/lib/antwoorden/voortgang";

/**
 * The answers of one deelnemer, read-only: for the deelnemer after submitting (and to
 * print), and for the begeleiders. Level answers show the chosen descriptor in full.
 */
export function AntwoordenOverzicht({
  model,
  rows,
  rol,
  alleenPagina,
  kop = 2,
  eigen = true,
}: {
  model: TModel;
  rows: readonly TAntwoordRij[];
  rol: TRol | null;
  alleenPagina?: string;
  kop?: 2 | 3;
  /** The reader's own answers ("jouw rol") or a deelnemer's, read by a begeleider. */
  eigen?: boolean;
}) {
  const perVraag = new Map(rows.map((r) => [r.vraagId, r]));
  const Kop = kop === 2 ? "h2" : "h3";
  return (
    <div>
      {paginas(model).map((pagina, pi) =>
        alleenPagina && pagina.id !== alleenPagina ? null : (
          <section key={pagina.id} aria-labelledby={`overzicht-${pagina.id}`} className="mt-8 break-inside-avoid-page">
            {/* One page on its own already has the dimension as its page title. */}
            <Kop id={`overzicht-${pagina.id}`} className={alleenPagina ? "sr-only" : undefined}>
              {pagina.id === "open-vragen" ? pagina.titel : `${pi + 1}. ${pagina.titel}`}
            </Kop>
            <ol className="mt-3 space-y-4">
              {pagina.vraagIds.map((vraagId, qi) => {
                const q = findQuestion(model, vraagId);
                if (!q) return null;
                const r = perVraag.get(vraagId);
                const vraagTekst = q.kind === "vraag" ? q.vraag.stelling : q.kind === "ambitie" ? `Ambitie: ${q.tekst}` : q.openVraag.vraag;
                const nummer = q.kind === "vraag" ? `${pi + 1}.${qi + 1}` : q.kind === "open" ? `${qi + 1}.` : "";
                return (
                  <li key={vraagId} className="break-inside-avoid border-l-4 border-gray-300 pl-3">
                    <p className="font-semibold">
                      {nummer ? `${nummer} ` : ""}
                      {vraagTekst}
                      {q.kind === "vraag" && rol && q.vraag.primair.includes(rol) ? (
                        <span className="font-normal">{eigen ? " (belangrijk voor jouw rol)" : " (primair voor deze rol)"}</span>
                      ) : null}
                    </p>
                    <p>{antwoordTekst(q, r)}</p>
                    {r?.toelichting ? (
                      <p className="whitespace-pre-line text-gray-800">
                        <span className="font-semibold">Toelichting:</span> {r.toelichting}
                      </p>
                    ) : null}
                  </li>
                );
              })}
            </ol>
          </section>
        ),
      )}
    </div>
  );
}

function antwoordTekst(q: NonNullable<ReturnType<typeof findQuestion>>, r: TAntwoordRij | undefined): React.ReactNode {
  if (q.kind === "open") return r?.tekst ? <span className="whitespace-pre-line">{r.tekst}</span> : <em>Niet beantwoord</em>;
  if (r?.niveau && r.niveau >= 1 && r.niveau <= 5) {
    const n = r.niveau as TNiveau;
    const beschrijving = q.kind === "vraag" ? q.vraag.niveaus[n] : NIVEAU_SCHAAL[n].kern;
    return (
      <>
        <span className="font-semibold">
          Niveau {n}: {NIVEAU_SCHAAL[n].naam}
        </span>{" "}
        — {beschrijving}
      </>
    );
  }
  if (r?.geenOordeel) return <span className="font-semibold">{GEEN_OORDEEL_LABELS[r.geenOordeel]}</span>;
  return <em>Niet beantwoord</em>;
}
