/**
 * `buildRapportModel`: from the facts of one scan to the report model (analysetool-model
 * §11). Pure: the caller loads the data (lib/rapport/load.ts), so this can be tested and
 * benchmarked without a database, and a stored snapshot is exactly what it returned.
 */

import type { TRol } from "@/db/schema";
import {
  actieveVragen,
  berekenScan,
  formatScore,
  geldigheidsWaarschuwingen,
  NIVEAUS,
  ROL_LABELS,
  suggesties,
  type TAnswer,
  type TDimensieId,
  type TModel,
  type TScanResultaat,
  type TVraagResultaat,
  workshopAgenda,
} from "@/lib/analysetool";
import { AGENDA_REDEN_LABELS, dimensieNaam, vraagMarkeringen, vraagNummer, vraagTekst } from "@/lib/analysetool/labels";
import type { TBenchmark } from "@/lib/benchmark/groepen";
import { profielRadarInput, rolRadarInput } from "@/lib/charts/profile-radar";
import { radarGeometry } from "@/lib/charts/radar";
import type { THpInhoud } from "@/lib/data/handelingsperspectieven";
import { OPVOLG_STATUS_LABELS } from "@/lib/scan/opvolging";
import { scanCijfers, type TScanCijfers, type TVorigPunt, vergelijk } from "@/lib/scan/vergelijking";
import { rapportBenchmark } from "./benchmark";
import { kernbevindingen } from "./kernbevindingen";
import { sectiesVoor, sectieTitel } from "./secties";
import { applyTeksten, type TTeksten } from "./teksten";
import type { TRapportDimensie, TRapportHp, TRapportModel, TRapportSoort, TRapportVergelijking, TRapportVraagRegel } from "./types";
import { VERVOLG_ADVIEZEN, VERWIJZINGEN, werkwijzeAlineas } from "./vaste-teksten";

export type TConsensusInput = {
  niveau: number | null;
  motivering: string | null;
  observaties: string | null;
  verbeterpunten: string | null;
};

export type TRapportInput = {
  soort: TRapportSoort;
  versie: number;
  datum: Date;
  gemeente: string;
  model: TModel;
  /** Answers of submitted deelnemers only (the frozen dataset). */
  answers: readonly TAnswer[];
  leden: readonly { memberId: string; rol: TRol | null; functie: string | null; ingediend: boolean }[];
  consensus: Partial<Record<TDimensieId, TConsensusInput>>;
  teksten: TTeksten;
  datums: {
    aangemeld: Date | null;
    analysetoolStart: Date | null;
    analysetoolGesloten: Date | null;
    workshop: Date | null;
    overleg: Date | null;
  };
  handelingsperspectieven: readonly THpInhoud[];
  feedback: readonly { sectieId: string; tekst: string; status: "open" | "verwerkt" | "afgewezen"; antwoord: string | null }[];
  /** For a herhaalmeting: the scan before it (lib/data/vorige-scan.ts); null for a first scan. */
  vorige: { afgerondAt: Date | null; cijfers: TScanCijfers; top3: readonly TVorigPunt[] } | null;
  /** Closed rounds of the live workshop, first to last per dimension (counts only). */
  rondes?: readonly { dimensieId: string; nummer: number; uitslag: { antwoorden: number; verdeling: readonly number[]; weetNiet: number } }[];
  /** The latest benchmark edition and the gemeente's RIEC region; null leaves the section out. */
  benchmark: { cijfers: TBenchmark; riec: string | null } | null;
};

/** More would turn the dimension pages into a transcript; the begeleiders have all of them. */
export const MAX_CITATEN_PER_DIMENSIE = 6;
const MAX_OPVALLEND = 8;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function vraagRegel(model: TModel, v: TVraagResultaat): TRapportVraagRegel {
  return {
    vraagId: v.vraagId,
    nummer: vraagNummer(model, v.vraagId),
    stelling: vraagTekst(model, v.vraagId),
    dimensie: dimensieNaam(model, v.dimensieId),
    score: v.score,
    markeringen: vraagMarkeringen(v),
  };
}

function dimensiesVan(model: TModel, resultaat: TScanResultaat, input: TRapportInput): TRapportDimensie[] {
  const themaNaam = new Map(model.themas.map((t) => [t.id, t.naam]));
  const res = new Map(resultaat.dimensies.map((d) => [d.dimensieId, d]));
  return [...model.dimensies]
    .sort((a, b) => a.volgorde - b.volgorde)
    .map((d) => {
      const r = res.get(d.id)!;
      const c = input.consensus[d.id];
      const vragen = resultaat.vragen.filter((v) => v.dimensieId === d.id);
      return {
        id: d.id,
        naam: d.naam,
        thema: themaNaam.get(d.thema) ?? d.thema,
        berekend: r.score,
        volledig: r.volledig,
        verdeeld: r.verdeeld,
        ambitie: r.ambitie,
        ambitiekloof: r.ambitiekloof,
        vastgesteld: c?.niveau ?? null,
        motivering: c?.motivering ?? null,
        gespreksonderwerpen: r.aantalGespreksonderwerpen,
        gemiddeldeSd: r.gemiddeldeSd,
        vragen: vragen.map((v) => vraagRegel(model, v)),
        sterk: null,
        verbeter: null,
        citaten: vragen.flatMap((v) => v.toelichtingen.map((t) => ({ rol: ROL_LABELS[t.rol], tekst: t.tekst }))).slice(0, MAX_CITATEN_PER_DIMENSIE),
      };
    });
}

function rollenVan(model: TModel, resultaat: TScanResultaat): TRapportModel["rollen"] {
  const dims = [...model.dimensies].sort((a, b) => a.volgorde - b.volgorde);
  const score = new Map(resultaat.dimensies.map((d) => [d.dimensieId, d.score]));
  const label = (rol: TRol, leden: number) => `${ROL_LABELS[rol]}${leden === 1 ? " (1)" : ""}`;
  const opvallend = resultaat.rolprofielen
    .flatMap((p) =>
      dims.flatMap((d) => {
        const cel = p.dimensies[d.id];
        if (!cel?.afwijkend || cel.score === null || cel.afwijking === null) return [];
        const richting = cel.afwijking > 0 ? "hoger" : "lager";
        return [
          {
            grootte: Math.abs(cel.afwijking),
            tekst: `${label(p.rol, p.leden)} ziet ${d.naam} ${formatScore(Math.abs(cel.afwijking))} ${richting} dan alle rollen samen (${formatScore(cel.score)} tegen ${formatScore(score.get(d.id) ?? null)}).`,
          },
        ];
      }),
    )
    .sort((a, b) => b.grootte - a.grootte)
    .slice(0, MAX_OPVALLEND)
    .map((o) => o.tekst);
  return {
    radar: radarGeometry(rolRadarInput(model, resultaat, { size: 520 })),
    kolommen: resultaat.rolprofielen.map((p) => ({ rol: p.rol, label: label(p.rol, p.leden) })),
    rijen: dims.map((d) => ({
      dimensie: d.naam,
      alle: score.get(d.id) ?? null,
      cellen: resultaat.rolprofielen.map((p) => ({
        score: p.dimensies[d.id]?.score ?? null,
        afwijkend: p.dimensies[d.id]?.afwijkend ?? false,
      })),
    })),
    opvallend,
  };
}

function hpVan(model: TModel, h: TRapportInput["handelingsperspectieven"][number]): TRapportHp {
  return {
    rang: h.rang,
    titel: h.titel,
    omschrijving: h.omschrijving,
    dimensie: dimensieNaam(model, h.dimensieId),
    eigenaar: h.eigenaar,
    termijn: iso(h.termijn),
    eersteStap: h.eersteStap,
    doelNiveau: h.doelNiveau ?? null,
    partners: h.partners ?? null,
    middelen: h.middelen ?? null,
    indicator: h.indicator ?? null,
    stemmen: h.stemmen,
  };
}

function vergelijkingVan(input: TRapportInput, resultaat: TScanResultaat, vastgesteld: Partial<Record<string, number | null>>): TRapportVergelijking | null {
  if (!input.vorige) return null;
  const consensus = Object.fromEntries(Object.entries(vastgesteld).map(([id, niveau]) => [id, { niveau: niveau ?? null }]));
  const v = vergelijk(input.vorige.cijfers, scanCijfers(input.model, resultaat.dimensies, consensus), input.vorige.top3);
  return {
    vorigeDatum: iso(input.vorige.afgerondAt),
    versies: v.versies,
    zelfdeVersie: v.zelfdeVersie,
    rijen: v.rijen.map(({ dimensieId: _id, naam, ...cijfers }) => ({ dimensie: naam, ...cijfers })),
    weggelaten: v.weggelaten.map((w) => ({ dimensie: w.naam, reden: w.reden })),
    vorigeTop3: v.vorigeTop3.map((p) => ({
      rang: p.rang,
      titel: p.titel,
      dimensie: p.dimensie,
      status: OPVOLG_STATUS_LABELS[p.status],
      verschil: p.verschil,
      vergeleken: p.vergeleken,
    })),
  };
}

export function buildRapportModel(input: TRapportInput): TRapportModel {
  const { model } = input;
  const resultaat = berekenScan(model, [...input.answers]);
  const agenda = workshopAgenda(resultaat, model);
  const sugg = suggesties(resultaat, model);
  const dimensies = dimensiesVan(model, resultaat, input);
  const byId = new Map(resultaat.vragen.map((v) => [v.vraagId, v]));
  const vastgesteld = Object.fromEntries(dimensies.map((d) => [d.id, d.vastgesteld])) as Partial<Record<TDimensieId, number | null>>;
  const ingediend = input.leden.filter((l) => l.ingediend && l.rol);
  const kennislacunes = resultaat.vragen.filter((v) => v.kennislacune);
  const hps = input.handelingsperspectieven.map((h) => hpVan(model, h));
  const top3 = hps
    .filter((h) => h.rang !== null)
    .sort((a, b) => a.rang! - b.rang!)
    .slice(0, 3);
  const longlist = [...hps].sort((a, b) => b.stemmen - a.stemmen);
  const vergelijking = vergelijkingVan(input, resultaat, vastgesteld);
  const benchmark = input.benchmark
    ? rapportBenchmark(
        model,
        input.benchmark.cijfers,
        input.benchmark.riec,
        dimensies.map((d) => ({ id: d.id, berekend: d.berekend, vastgesteld: d.vastgesteld })),
      )
    : null;

  const report: TRapportModel = {
    formaat: 1,
    soort: input.soort,
    versie: input.versie,
    datum: input.datum.toISOString(),
    gemeente: input.gemeente,
    model: { id: model.modelId, versie: model.versie },
    secties: sectiesVoor(input.soort, { herhaalmeting: vergelijking !== null, benchmark: benchmark !== null }),
    samenvatting: {
      tekst: null,
      kernbevindingen: kernbevindingen(dimensies, {
        gespreksonderwerpen: resultaat.vragen.filter((v) => v.gespreksonderwerp).length,
        kennislacunes: kennislacunes.length,
      }),
      top3,
    },
    werkwijze: {
      alineas: werkwijzeAlineas(model, input.soort),
      stappen: [
        { titel: "Aanmelding", datum: iso(input.datums.aangemeld) },
        { titel: "Analysetool opengezet", datum: iso(input.datums.analysetoolStart) },
        { titel: "Analysetool gesloten", datum: iso(input.datums.analysetoolGesloten) },
        { titel: "Workshop", datum: iso(input.datums.workshop) },
        { titel: "Digitaal overleg over het concept", datum: iso(input.datums.overleg) },
        {
          titel: input.soort === "definitief" ? "Eindrapport vastgesteld" : `Concept versie ${input.versie}`,
          datum: input.datum.toISOString(),
        },
      ],
      niveaus: NIVEAUS.map((n) => ({ niveau: n, naam: model.niveauSchaal[n].naam, kern: model.niveauSchaal[n].kern })),
      themas: model.themas.map((t) => ({ naam: t.naam, dimensies: model.dimensies.filter((d) => d.thema === t.id).map((d) => d.naam) })),
    },
    deelnemers: {
      uitgenodigd: input.leden.filter((l) => l.rol).length,
      ingediend: ingediend.length,
      rollen: (Object.keys(ROL_LABELS) as TRol[]).flatMap((rol) => {
        const leden = input.leden.filter((l) => l.rol === rol);
        if (!leden.length) return [];
        const functies = [...new Set(leden.map((l) => l.functie?.trim()).filter((f): f is string => !!f))].sort((a, b) => a.localeCompare(b, "nl"));
        return [{ rol, label: ROL_LABELS[rol], uitgenodigd: leden.length, ingediend: leden.filter((l) => l.ingediend).length, functies }];
      }),
    },
    profiel: {
      radar: radarGeometry(
        profielRadarInput(model, resultaat, {
          size: 520,
          vastgesteld,
          ambitie: true,
          vorige: input.vorige ? Object.fromEntries(Object.entries(input.vorige.cijfers.perDimensie).map(([id, c]) => [id, c?.score ?? null])) : undefined,
        }),
      ),
      dimensies: dimensies.map(({ id, naam, thema, berekend, volledig, verdeeld, ambitie, ambitiekloof, vastgesteld: v }) => ({
        id,
        naam,
        thema,
        berekend,
        volledig,
        verdeeld,
        ambitie,
        ambitiekloof,
        vastgesteld: v,
      })),
      themas: resultaat.themas.map((t) => ({ naam: model.themas.find((x) => x.id === t.themaId)?.naam ?? t.themaId, score: t.score })),
      waarschuwingen: geldigheidsWaarschuwingen(ingediend.map((l) => ({ memberId: l.memberId, rol: l.rol! }))),
    },
    vergelijking,
    benchmark,
    dimensies,
    rollen: rollenVan(model, resultaat),
    workshop: {
      datum: iso(input.datums.workshop),
      onderwerpen: agenda
        .filter((p) => p.reden !== "kennislacune")
        .map((p) => ({
          vraagId: p.vraagId,
          nummer: vraagNummer(model, p.vraagId),
          stelling: vraagTekst(model, p.vraagId),
          dimensie: dimensieNaam(model, p.dimensieId),
          reden: AGENDA_REDEN_LABELS[p.reden],
        })),
      kennislacunes: kennislacunes.map((v) => ({
        vraagId: v.vraagId,
        nummer: vraagNummer(model, v.vraagId),
        stelling: vraagTekst(model, v.vraagId),
        dimensie: dimensieNaam(model, v.dimensieId),
      })),
      observaties: dimensies.flatMap((d) => {
        const t = input.consensus[d.id as TDimensieId]?.observaties;
        return t ? [{ dimensie: d.naam, tekst: t }] : [];
      }),
      ...(input.rondes?.length
        ? {
            rondes: [...input.rondes]
              .sort(
                (x, y) =>
                  (model.dimensies.find((d) => d.id === x.dimensieId)?.volgorde ?? 0) - (model.dimensies.find((d) => d.id === y.dimensieId)?.volgorde ?? 0) ||
                  x.nummer - y.nummer,
              )
              .map((r) => ({
                dimensie: dimensieNaam(model, r.dimensieId),
                nummer: r.nummer,
                antwoorden: r.uitslag.antwoorden,
                verdeling: [...r.uitslag.verdeling],
                weetNiet: r.uitslag.weetNiet,
              })),
          }
        : {}),
    },
    sterkePunten: { vragen: sugg.sterkePunten.map((s) => vraagRegel(model, byId.get(s.vraagId)!)), teksten: [] },
    verbeterpunten: {
      vragen: sugg.verbeterpunten.flatMap((v) => (v.soort === "vraag" ? [vraagRegel(model, byId.get(v.vraagId)!)] : [])),
      kloven: sugg.verbeterpunten.flatMap((v) =>
        v.soort === "dimensie" ? [{ dimensie: dimensieNaam(model, v.dimensieId), score: v.score, ambitie: v.ambitie, kloof: v.ambitiekloof }] : [],
      ),
      teksten: [],
    },
    handelingsperspectieven:
      input.soort === "definitief"
        ? { soort: "top3", items: top3, kandidaten: [] }
        : {
            soort: "longlist",
            items: longlist,
            kandidaten: dimensies.flatMap((d) => {
              const t = input.consensus[d.id as TDimensieId]?.verbeterpunten;
              return t ? [{ dimensie: d.naam, tekst: t }] : [];
            }),
          },
    reacties:
      input.soort === "definitief"
        ? input.feedback.flatMap((f) =>
            f.status === "open" ? [] : [{ sectie: sectieTitel(f.sectieId), tekst: f.tekst, status: f.status, antwoord: f.antwoord }],
          )
        : null,
    vervolg: { conclusies: null, adviezen: VERVOLG_ADVIEZEN, verwijzingen: VERWIJZINGEN },
    bijlageAntwoorden: resultaat.vragen.map((v) => ({
      vraagId: v.vraagId,
      nummer: vraagNummer(model, v.vraagId),
      dimensie: dimensieNaam(model, v.dimensieId),
      verdeling: NIVEAUS.map((n) => v.verdeling[n]),
      n: v.n,
      weetNiet: v.weetNiet,
      nvt: v.nvt,
      score: v.score,
      bereik: v.bereik,
      rolverschil: v.rolverschil,
      markeringen: vraagMarkeringen(v),
    })),
    bijlageVragenlijst: [...model.dimensies]
      .sort((a, b) => a.volgorde - b.volgorde)
      .map((d) => ({
        dimensie: d.naam,
        vragen: actieveVragen(d).map((v) => ({
          id: v.id,
          nummer: vraagNummer(model, v.id),
          stelling: v.stelling,
          primair: v.primair.map((r) => ROL_LABELS[r]),
          niveaus: NIVEAUS.map((n) => v.niveaus[n]),
        })),
      })),
  };
  return applyTeksten(report, input.teksten);
}
