/** Progress through the tool: which questions count as answered, per page and in total. Pure. */
import { actieveVragen, allQuestionIds, ambitieId, type TDimensie, type TGeenOordeel, type TModel } from "@/lib/analysetool";

export type TAntwoordRij = {
  vraagId: string;
  niveau: number | null;
  geenOordeel: TGeenOordeel | null;
  toelichting: string | null;
  tekst: string | null;
};

/** The page after the eight dimensions. */
export const OPEN_PAGINA = "open-vragen";

/**
 * A level, "weet ik niet" or "niet van toepassing" is an answer; a toelichting alone is a
 * draft, not an answer (the same rule scoring uses). An open question counts once it has text.
 */
export function isBeantwoord(row: Pick<TAntwoordRij, "niveau" | "geenOordeel" | "tekst">): boolean {
  if (row.niveau !== null && row.niveau >= 1 && row.niveau <= 5) return true;
  if (row.geenOordeel !== null) return true;
  return row.tekst !== null && row.tekst.trim() !== "";
}

export type TPagina = {
  /** Dimension id, or OPEN_PAGINA. */
  id: string;
  titel: string;
  /** Question ids on this page, in order (the ambitie question last). */
  vraagIds: string[];
};

/** The tool's pages in order: one per dimension, then the open questions. */
export function paginas(model: TModel): TPagina[] {
  const lijst: TPagina[] = model.dimensies.map((d: TDimensie) => ({
    id: d.id,
    titel: d.naam,
    vraagIds: [...actieveVragen(d).map((v) => v.id), ...(model.parameters.ambitieAan ? [ambitieId(d.id)] : [])],
  }));
  lijst.push({ id: OPEN_PAGINA, titel: "Open vragen", vraagIds: model.openVragen.map((o) => o.id) });
  return lijst;
}

export type TVoortgang = {
  beantwoord: number;
  totaal: number;
  /** Answered ids, restricted to what this model asks. */
  beantwoordeIds: Set<string>;
  perPagina: { pagina: TPagina; beantwoord: number; totaal: number; compleet: boolean }[];
  onbeantwoord: { pagina: TPagina; vraagId: string }[];
};

export function voortgang(model: TModel, rows: readonly Pick<TAntwoordRij, "vraagId" | "niveau" | "geenOordeel" | "tekst">[]): TVoortgang {
  const gevraagd = new Set(allQuestionIds(model));
  const beantwoordeIds = new Set(rows.filter((r) => gevraagd.has(r.vraagId) && isBeantwoord(r)).map((r) => r.vraagId));
  const perPagina = paginas(model).map((pagina) => {
    const beantwoord = pagina.vraagIds.filter((id) => beantwoordeIds.has(id)).length;
    return { pagina, beantwoord, totaal: pagina.vraagIds.length, compleet: beantwoord === pagina.vraagIds.length };
  });
  const onbeantwoord = perPagina.flatMap(({ pagina }) => pagina.vraagIds.filter((id) => !beantwoordeIds.has(id)).map((vraagId) => ({ pagina, vraagId })));
  return { beantwoord: beantwoordeIds.size, totaal: gevraagd.size, beantwoordeIds, perPagina, onbeantwoord };
}

/** Where "Verder met invullen" goes: the first page with an open question, else the summary. */
export function eersteOnvolledigePagina(v: TVoortgang): string | null {
  return v.perPagina.find((p) => !p.compleet)?.pagina.id ?? null;
}
