import type { TOpvolgStatus } from "@/db/schema";
import { actieveVragen } from "@/lib/analysetool/helpers";
import type { TModel } from "@/lib/analysetool/types";

/**
 * A herhaalmeting next to the scan before it (issue 16), as a pure function of both scans'
 * figures per dimension. Scans on different model versions are compared only on what the
 * versions share: a dimension present in one version only is left out with the reason, and a
 * shared dimension whose questions differ is marked, because its score then rests on another
 * set of questions.
 */
export type TDimensieCijfers = { score: number | null; consensus: number | null };

export type TScanCijfers = { model: TModel; perDimensie: Readonly<Record<string, TDimensieCijfers | undefined>> };

export type TVergelijkRij = {
  dimensieId: string;
  naam: string;
  toen: number | null;
  nu: number | null;
  /** nu − toen on the score, rounded to one decimal; null when either is missing. */
  verschil: number | null;
  consensusToen: number | null;
  consensusNu: number | null;
  /** The two versions ask different questions in this dimension. */
  andereVragen: boolean;
};

export type TWeggelaten = { dimensieId: string; naam: string; reden: string };

export type TVorigPunt = { rang: number; titel: string; dimensieId: string; status: TOpvolgStatus };

export type TVergelijking = {
  zelfdeVersie: boolean;
  versies: { toen: string; nu: string };
  rijen: TVergelijkRij[];
  weggelaten: TWeggelaten[];
  /** The previous top 3, each with its last status and the change in its dimension. */
  vorigeTop3: (TVorigPunt & { dimensie: string; verschil: number | null; vergeleken: boolean })[];
};

/** A scan's figures as the comparison takes them: the computed score and the agreed level per dimension. */
export function scanCijfers(
  model: TModel,
  dimensies: readonly { dimensieId: string; score: number | null }[],
  consensus: Readonly<Partial<Record<string, { niveau: number | null } | undefined>>>,
): TScanCijfers {
  const perDimensie: Record<string, TDimensieCijfers> = {};
  for (const d of dimensies) perDimensie[d.dimensieId] = { score: d.score, consensus: consensus[d.dimensieId]?.niveau ?? null };
  return { model, perDimensie };
}

const eenDecimaal = (n: number) => Math.round(n * 10) / 10;

export function vergelijk(toen: TScanCijfers, nu: TScanCijfers, vorigeTop3: readonly TVorigPunt[]): TVergelijking {
  const zelfdeVersie = toen.model.versie === nu.model.versie;
  const toenDim = new Map(toen.model.dimensies.map((d) => [d.id as string, d]));
  const nuIds = new Set(nu.model.dimensies.map((d) => d.id as string));
  const rijen: TVergelijkRij[] = [];
  const weggelaten: TWeggelaten[] = [];
  for (const d of nu.model.dimensies) {
    const vorig = toenDim.get(d.id);
    if (!vorig) {
      weggelaten.push({
        dimensieId: d.id,
        naam: d.naam,
        reden: `Nieuw in versie ${nu.model.versie}: de vorige scan (versie ${toen.model.versie}) vroeg er niet naar.`,
      });
      continue;
    }
    const ids = (dim: typeof d) =>
      actieveVragen(dim)
        .map((v) => v.id)
        .sort()
        .join(",");
    const a = toen.perDimensie[d.id];
    const b = nu.perDimensie[d.id];
    const verschil = a?.score != null && b?.score != null ? eenDecimaal(b.score - a.score) : null;
    rijen.push({
      dimensieId: d.id,
      naam: d.naam,
      toen: a?.score ?? null,
      nu: b?.score ?? null,
      verschil,
      consensusToen: a?.consensus ?? null,
      consensusNu: b?.consensus ?? null,
      andereVragen: !zelfdeVersie && ids(vorig) !== ids(d),
    });
  }
  for (const d of toen.model.dimensies) {
    if (!nuIds.has(d.id)) {
      weggelaten.push({
        dimensieId: d.id,
        naam: d.naam,
        reden: `Niet meer in versie ${nu.model.versie}: alleen de vorige scan (versie ${toen.model.versie}) vroeg ernaar.`,
      });
    }
  }
  const rijVan = new Map(rijen.map((r) => [r.dimensieId, r]));
  const naamVan = (id: string) => nu.model.dimensies.find((d) => d.id === id)?.naam ?? toenDim.get(id)?.naam ?? id;
  return {
    zelfdeVersie,
    versies: { toen: toen.model.versie, nu: nu.model.versie },
    rijen,
    weggelaten,
    vorigeTop3: [...vorigeTop3]
      .sort((x, y) => x.rang - y.rang)
      .map((p) => ({ ...p, dimensie: naamVan(p.dimensieId), verschil: rijVan.get(p.dimensieId)?.verschil ?? null, vergeleken: rijVan.has(p.dimensieId) })),
  };
}
