/**
 * Proposals for the begeleiders, derived from a computed scan: the workshop agenda (§8) and
 * the strong and weak points for the report (§10). Both are starting points they edit.
 */
import { atLeast, atMost } from "./stats";
import type { TAgendaPunt, TAgendaReden, TModel, TScanResultaat, TSterkPunt, TSuggesties, TVerbeterpunt, TVraagResultaat } from "./types";

/** Not §12 parameters: the thresholds of §10 are fixed wording of the report rules. */
export const DREMPEL_STERK_PUNT = 3.5;
export const DREMPEL_VERBETERPUNT = 2.5;
export const DREMPEL_AMBITIEKLOOF = 1.5;

/** Larger first; null (no spread) last. */
function aflopend(a: number | null, b: number | null): number {
  return (b ?? -Infinity) - (a ?? -Infinity) || 0;
}

/**
 * Ranking: verdeeld (R desc, then SD desc), then eenling (same order), then knowledge gaps
 * of the primary roles (largest weet_niet share first) that are not already on the list.
 * `result.vragen` is in model order and Array.sort is stable, so ties keep model order.
 *
 * The cap with "at least one per theme" works by reservation: first the best-ranked item
 * of every theme that has one is reserved, then the remaining places are filled from the
 * top of the ranking. Compared with cutting at 10 and swapping afterwards, this never
 * pushes out a theme's only item and always drops the lowest-ranked surplus. The result is
 * shown in ranking order, so a reserved item keeps its modest position.
 */
export function workshopAgenda(result: TScanResultaat, model: TModel): TAgendaPunt[] {
  const punt = (v: TVraagResultaat, reden: TAgendaReden): TAgendaPunt => ({
    vraagId: v.vraagId,
    dimensieId: v.dimensieId,
    themaId: v.themaId,
    reden,
    bereik: v.bereik,
    sd: v.sd,
  });
  const opSpreiding = (a: TVraagResultaat, b: TVraagResultaat) => aflopend(a.bereik, b.bereik) || aflopend(a.sd, b.sd);

  const verdeeld = result.vragen.filter((v) => v.gespreksonderwerp && v.type === "verdeeld").sort(opSpreiding);
  const eenling = result.vragen.filter((v) => v.gespreksonderwerp && v.type === "eenling").sort(opSpreiding);
  const lacunes = result.vragen
    .filter((v) => v.kennislacune && !v.gespreksonderwerp)
    .sort((a, b) => aflopend(a.aandeelWeetNietPrimair, b.aandeelWeetNietPrimair));

  const ranking = [...verdeeld.map((v) => punt(v, "verdeeld")), ...eenling.map((v) => punt(v, "eenling")), ...lacunes.map((v) => punt(v, "kennislacune"))];
  const max = model.parameters.maxAgendapunten;
  if (ranking.length <= max) return ranking;

  const gekozen = new Set<number>();
  for (const t of model.themas) {
    const i = ranking.findIndex((p) => p.themaId === t.id);
    if (i >= 0 && gekozen.size < max) gekozen.add(i);
  }
  for (let i = 0; i < ranking.length && gekozen.size < max; i++) gekozen.add(i);
  return ranking.filter((_, i) => gekozen.has(i));
}

/**
 * "Zonder markering" (§10) read as: none of the question markers of §8 — gespreksonderwerp,
 * kennislacune or één bron. A single answer is too thin to call something a strength.
 */
function zonderMarkering(v: TVraagResultaat): boolean {
  return !v.gespreksonderwerp && !v.kennislacune && !v.eenBron;
}

export function suggesties(result: TScanResultaat, model: TModel): TSuggesties {
  const volgorde = new Map(model.dimensies.map((d) => [d.id, d.volgorde]));

  const sterkePunten: TSterkPunt[] = result.vragen
    .flatMap((v) =>
      v.score !== null && atLeast(v.score, DREMPEL_STERK_PUNT) && zonderMarkering(v) ? [{ vraagId: v.vraagId, dimensieId: v.dimensieId, score: v.score }] : [],
    )
    .sort((a, b) => b.score - a.score);

  const zwakkeVragen: TVerbeterpunt[] = result.vragen
    .flatMap((v) =>
      v.score !== null && atMost(v.score, DREMPEL_VERBETERPUNT)
        ? [{ soort: "vraag" as const, vraagId: v.vraagId, dimensieId: v.dimensieId, score: v.score }]
        : [],
    )
    .sort((a, b) => a.score - b.score);

  const kloven: Extract<TVerbeterpunt, { soort: "dimensie" }>[] = result.dimensies
    .flatMap((d) =>
      d.score !== null && d.ambitie !== null && d.ambitiekloof !== null && atLeast(d.ambitiekloof, DREMPEL_AMBITIEKLOOF)
        ? [{ soort: "dimensie" as const, dimensieId: d.dimensieId, score: d.score, ambitie: d.ambitie, ambitiekloof: d.ambitiekloof }]
        : [],
    )
    .sort((a, b) => b.ambitiekloof - a.ambitiekloof || (volgorde.get(a.dimensieId) ?? 0) - (volgorde.get(b.dimensieId) ?? 0));

  // Dimension gaps first: they come from the gemeente's own ambition, the broader signal.
  return { sterkePunten, verbeterpunten: [...kloven, ...zwakkeVragen], openAntwoorden: result.openAntwoorden };
}
