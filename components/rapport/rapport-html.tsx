/**
 * The eindrapport as an accessible HTML page, rendered from the same report model as the
 * PDF (React-PDF output carries no tags for screen readers; this page is the accessible
 * version). No hooks, so it renders on the server and in the writing page's live preview.
 */
import type { ReactNode } from "react";
import type { TRapportModel, TSectieId } from "@/lib/rapport/types";
import { datumTekst, kenmerkTekst } from "@/lib/rapport/weergave";
import { BenchmarkSectieHtml } from "./html-benchmark";
import { DeelnemersHtml, DimensiesHtml, ProfielHtml, RollenHtml, SamenvattingHtml, WerkwijzeHtml } from "./html-secties-begin";
import {
  BijlageAntwoordenHtml,
  BijlageVragenlijstHtml,
  HandelingsperspectievenHtml,
  ReactiesHtml,
  SterkePuntenHtml,
  VerbeterpuntenHtml,
  VervolgHtml,
  WorkshopHtml,
} from "./html-secties-eind";
import { VergelijkingHtml } from "./html-vergelijking";

const INHOUD: Record<TSectieId, (p: { model: TRapportModel }) => ReactNode> = {
  samenvatting: SamenvattingHtml,
  werkwijze: WerkwijzeHtml,
  deelnemers: DeelnemersHtml,
  profiel: ProfielHtml,
  vergelijking: VergelijkingHtml,
  benchmark: BenchmarkSectieHtml,
  dimensies: DimensiesHtml,
  rollen: RollenHtml,
  workshop: WorkshopHtml,
  sterke_punten: SterkePuntenHtml,
  verbeterpunten: VerbeterpuntenHtml,
  handelingsperspectieven: HandelingsperspectievenHtml,
  reacties: ReactiesHtml,
  vervolg: VervolgHtml,
  bijlage_antwoorden: BijlageAntwoordenHtml,
  bijlage_vragenlijst: BijlageVragenlijstHtml,
};

export function RapportHtml({
  model,
  kenmerk,
  kopNiveau = 1,
  naSectie,
}: {
  model: TRapportModel;
  /** sha256 of the snapshot, shown on the definitief. */
  kenmerk?: string | null;
  /** 1 on the report page; 2 inside the writing page's preview. */
  kopNiveau?: 1 | 2;
  /** Extra content after a section, such as the feedback form on the concept. */
  naSectie?: (id: TSectieId) => ReactNode;
}) {
  const Titel = kopNiveau === 1 ? "h1" : "h2";
  const concept = model.soort === "concept";
  return (
    <article className="rapport" aria-labelledby="rapport-titel">
      <header>
        <p className="text-base font-semibold text-gray-700">Eindrapport datavolwassenheidsscan</p>
        <Titel id="rapport-titel" className={kopNiveau === 2 ? "text-2xl" : ""}>
          Gemeente {model.gemeente}
        </Titel>
        {concept ? (
          <p className="mt-3 inline-block border-2 border-yellow-600 bg-yellow-50 px-3 py-1 font-bold" data-testid="rapport-status">
            CONCEPT · versie {model.versie} · {datumTekst(model.datum)}
          </p>
        ) : (
          <p className="mt-3 font-semibold" data-testid="rapport-status">
            Definitief · vastgesteld op {datumTekst(model.datum)}
          </p>
        )}
        <p className="mt-2 text-base text-gray-700">
          Modelversie {model.model.id} {model.model.versie}
          {kenmerk ? (
            <>
              {" "}
              · kenmerk (sha256 van de inhoud): <span className="break-all font-mono text-sm">{kenmerkTekst(kenmerk)}</span>
            </>
          ) : null}
        </p>
      </header>
      <nav aria-label="Inhoud van het rapport" className="mt-6 rounded border border-gray-300 p-4">
        <p className="font-semibold">Inhoud</p>
        <ol className="mt-2 space-y-1">
          {model.secties.map((s) => (
            <li key={s.id}>
              <a href={`#sectie-${s.id}`}>{s.nummer.startsWith("B") ? s.titel : `${s.nummer}. ${s.titel}`}</a>
            </li>
          ))}
        </ol>
      </nav>
      {model.secties.map((s) => {
        const Inhoud = INHOUD[s.id];
        const Kop = kopNiveau === 1 ? "h2" : "h3";
        return (
          <section key={s.id} id={`sectie-${s.id}`} aria-labelledby={`kop-${s.id}`} className="mt-10 scroll-mt-4">
            <Kop id={`kop-${s.id}`} className={kopNiveau === 2 ? "text-xl font-bold" : ""}>
              {s.nummer.startsWith("B") ? s.titel : `${s.nummer}. ${s.titel}`}
            </Kop>
            <Inhoud model={model} />
            {naSectie?.(s.id)}
          </section>
        );
      })}
    </article>
  );
}
