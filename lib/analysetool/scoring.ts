/**
 * Score computation of the analysetool (analysetool-model §7). Pure functions over the
 * answers of *submitted* deelnemers only: the caller filters, because "submitted" is a
 * database fact this module must not know about. Everything is computed in full precision;
 * rounding happens only in `format.ts`. "No data" is null, never NaN.
 */
import { ROLLEN, type TRol } from "@/db/schema";
import { kennislacune, spreiding } from "./disagreement";
import { actieveVragen, ambitieId } from "./helpers";
import { rolProfielCel } from "./rolprofiel";
import { atLeast, mean, median } from "./stats";
import type {
  TAnswer,
  TDimensie,
  TDimensieId,
  TDimensieResultaat,
  TModel,
  TNiveau,
  TOpenAntwoord,
  TOpenVraagId,
  TRolProfiel,
  TRolProfielCel,
  TRolVraagStat,
  TScanResultaat,
  TThemaResultaat,
  TToelichting,
  TVerdeling,
  TVraag,
  TVraagResultaat,
} from "./types";

export { suggesties, workshopAgenda } from "./agenda";
export { kennislacune, spreiding, spreidingType } from "./disagreement";
export { formatScore, niveauNaam } from "./format";
export { geldigheidsWaarschuwingen } from "./geldigheid";
export { ROL_AFWIJKING_MARKERING, rolProfielCel } from "./rolprofiel";

type TSoort = "niveau" | "weet_niet" | "nvt";

/** The database can hold anything in an integer column; only 1–5 is a level. */
function geldigNiveau(a: TAnswer): TNiveau | null {
  const n: number | null = a.niveau;
  return n !== null && Number.isInteger(n) && n >= 1 && n <= 5 ? (n as TNiveau) : null;
}

/** null = a row without a choice (e.g. only a draft toelichting): not an answer. */
function soortVan(a: TAnswer): TSoort | null {
  if (geldigNiveau(a) !== null) return "niveau";
  return a.geenOordeel ?? null;
}

function legeVerdeling(): TVerdeling {
  return { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
}

function groepeerPerVraag(answers: readonly TAnswer[]): Map<string, TAnswer[]> {
  const map = new Map<string, TAnswer[]>();
  for (const a of answers) {
    const lijst = map.get(a.vraagId);
    if (lijst) lijst.push(a);
    else map.set(a.vraagId, [a]);
  }
  return map;
}

/** `answers` may contain answers to other questions; they are ignored. */
export function berekenVraag(model: TModel, dimensie: TDimensie, vraag: TVraag, answers: readonly TAnswer[]): TVraagResultaat {
  const eigen = answers.filter((a) => a.vraagId === vraag.id);
  const niveaus: number[] = [];
  const verdeling = legeVerdeling();
  const perRol: Partial<Record<TRol, TRolVraagStat>> = {};
  const rolNiveaus = new Map<TRol, number[]>();
  const soorten: { rol: TRol; soort: TSoort }[] = [];
  const toelichtingen: TToelichting[] = [];
  let weetNiet = 0;
  let nvt = 0;

  for (const a of eigen) {
    const soort = soortVan(a);
    if (soort === null) continue;
    soorten.push({ rol: a.rol, soort });
    perRol[a.rol] ??= { n: 0, gemiddelde: null, weetNiet: 0, nvt: 0, verdeling: legeVerdeling() };
    const stat = perRol[a.rol]!;
    const niveau = geldigNiveau(a);
    if (niveau !== null) {
      niveaus.push(niveau);
      verdeling[niveau]++;
      stat.n++;
      stat.verdeling[niveau]++;
      const lijst = rolNiveaus.get(a.rol);
      if (lijst) lijst.push(niveau);
      else rolNiveaus.set(a.rol, [niveau]);
    } else if (soort === "weet_niet") {
      weetNiet++;
      stat.weetNiet++;
    } else {
      nvt++;
      stat.nvt++;
    }
    const tekst = a.toelichting?.trim();
    if (tekst) toelichtingen.push({ rol: a.rol, niveau, geenOordeel: soort === "niveau" ? null : soort, tekst });
  }

  // Each role is one vote, however many colleagues it sends; primary roles count double (§7.2).
  let gewogen = 0;
  let gewichten = 0;
  const rolGemiddelden: number[] = [];
  for (const rol of ROLLEN) {
    const stat = perRol[rol];
    const m = mean(rolNiveaus.get(rol) ?? []);
    if (!stat || m === null) continue;
    stat.gemiddelde = m;
    rolGemiddelden.push(m);
    const w = vraag.primair.includes(rol) ? model.parameters.gewichtPrimair : 1;
    gewogen += w * m;
    gewichten += w;
  }

  return {
    vraagId: vraag.id,
    dimensieId: dimensie.id,
    themaId: dimensie.thema,
    score: gewichten > 0 ? gewogen / gewichten : null,
    gemiddelde: mean(niveaus),
    mediaan: median(niveaus),
    n: niveaus.length,
    weetNiet,
    nvt,
    verdeling,
    perRol,
    ...spreiding(niveaus, rolGemiddelden, model.parameters),
    ...kennislacune(soorten, vraag.primair, model.parameters),
    toelichtingen: sorteerOpRol(toelichtingen),
  };
}

/** Grouping by role (not input order) keeps comments from being traced back to one person. */
function sorteerOpRol<T extends { rol: TRol }>(lijst: T[]): T[] {
  return lijst
    .map((item, i) => ({ item, i }))
    .sort((a, b) => ROLLEN.indexOf(a.item.rol) - ROLLEN.indexOf(b.item.rol) || a.i - b.i)
    .map(({ item }) => item);
}

export function berekenDimensie(
  model: TModel,
  dimensie: TDimensie,
  vraagResultaten: readonly TVraagResultaat[],
  answers: readonly TAnswer[],
): TDimensieResultaat {
  const p = model.parameters;
  const eigen = vraagResultaten.filter((v) => v.dimensieId === dimensie.id);
  const scores = eigen.flatMap((v) => (v.score === null ? [] : [v.score]));
  const rollen = ROLLEN.filter((r) => eigen.some((v) => (v.perRol[r]?.n ?? 0) > 0));
  const gespreksonderwerpen = eigen.filter((v) => v.score !== null && v.gespreksonderwerp).length;
  const score = mean(scores);

  const ambitieNiveaus = p.ambitieAan
    ? answers.flatMap((a) => {
        const n = a.vraagId === ambitieId(dimensie.id) ? geldigNiveau(a) : null;
        return n === null ? [] : [n];
      })
    : [];
  const ambitie = median(ambitieNiveaus);

  return {
    dimensieId: dimensie.id,
    thema: dimensie.thema,
    score,
    aantalVragen: actieveVragen(dimensie).length,
    aantalVragenMetScore: scores.length,
    rollen,
    volledig: scores.length >= p.minVragenDimensie && rollen.length >= p.minRollenDimensie,
    aantalGespreksonderwerpen: gespreksonderwerpen,
    verdeeld: scores.length > 0 && atLeast(gespreksonderwerpen / scores.length, p.drempelVerdeeldeDimensie),
    gemiddeldeSd: mean(eigen.flatMap((v) => (v.sd === null ? [] : [v.sd]))),
    ambitie,
    ambitieN: ambitieNiveaus.length,
    ambitiekloof: ambitie !== null && score !== null ? ambitie - score : null,
  };
}

export function berekenThemas(model: TModel, dimensies: readonly TDimensieResultaat[]): TThemaResultaat[] {
  return model.themas.map((t) => ({
    themaId: t.id,
    score: mean(dimensies.flatMap((d) => (d.thema === t.id && d.score !== null ? [d.score] : []))),
  }));
}

function ledenPerRol(answers: readonly TAnswer[]): Record<TRol, number> {
  const gezien = new Map<string, TRol>();
  for (const a of answers) if (!gezien.has(a.memberId)) gezien.set(a.memberId, a.rol);
  const perRol: Record<TRol, number> = { ondermijning: 0, privacy: 0, ict: 0, data_analyse: 0, overig: 0 };
  for (const rol of gezien.values()) perRol[rol]++;
  return perRol;
}

function openAntwoorden(model: TModel, answers: readonly TAnswer[]): Record<TOpenVraagId, TOpenAntwoord[]> {
  const result: Record<TOpenVraagId, TOpenAntwoord[]> = { "open.q1": [], "open.q2": [], "open.q3": [] };
  for (const o of model.openVragen) {
    result[o.id] = sorteerOpRol(
      answers.flatMap((a) => {
        const tekst = a.vraagId === o.id ? a.tekst?.trim() : undefined;
        return tekst ? [{ rol: a.rol, tekst }] : [];
      }),
    );
  }
  return result;
}

/**
 * The whole computed profile of one scan. Members are counted from their answer rows, so a
 * submitted deelnemer without a single row is invisible here; the validity check takes the
 * member list instead for that reason.
 */
export function berekenScan(model: TModel, answers: readonly TAnswer[]): TScanResultaat {
  const perVraag = groepeerPerVraag(answers);
  const vragen = model.dimensies.flatMap((d) => actieveVragen(d).map((v) => berekenVraag(model, d, v, perVraag.get(v.id) ?? [])));
  const dimensies = model.dimensies.map((d) => berekenDimensie(model, d, vragen, perVraag.get(ambitieId(d.id)) ?? []));
  const leden = ledenPerRol(answers);
  const dimScore = new Map<TDimensieId, number | null>(dimensies.map((d) => [d.dimensieId, d.score]));

  const rolprofielen: TRolProfiel[] = ROLLEN.filter((r) => leden[r] > 0).map((rol) => {
    const cellen = {} as Record<TDimensieId, TRolProfielCel>;
    for (const d of model.dimensies) cellen[d.id] = rolProfielCel(rol, d, vragen, dimScore.get(d.id) ?? null);
    return { rol, leden: leden[rol], dimensies: cellen };
  });

  return {
    modelId: model.modelId,
    modelVersie: model.versie,
    deelnemers: { totaal: Object.values(leden).reduce((a, b) => a + b, 0), perRol: leden },
    vragen,
    dimensies,
    themas: berekenThemas(model, dimensies),
    rolprofielen,
    gemiddeldeDimensies: mean(dimensies.flatMap((d) => (d.score === null ? [] : [d.score]))),
    openAntwoorden: openAntwoorden(model, answers),
  };
}
