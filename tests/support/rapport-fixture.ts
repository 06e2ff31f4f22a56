import { ROLLEN, type TRol } from "@/db/schema";
import { allQuestionIds, findQuestion, MODEL_2026_1, type TAnswer, type TNiveau } from "@/lib/analysetool";
import { berekenBenchmark, type TBenchmark } from "@/lib/benchmark/groepen";
import type { TRapportInput } from "@/lib/rapport/build";

/**
 * A complete scan without a database: 8 deelnemers over all roles, every question answered
 * (with some disagreement, "weet ik niet" and toelichtingen), consensus for every dimension,
 * texts with Dutch characters, a longlist and a fixed top 3, and handled feedback.
 */
export function rapportInputFixture(over: Partial<TRapportInput> = {}): TRapportInput {
  const model = MODEL_2026_1;
  const leden = Array.from({ length: 8 }, (_, i) => ({
    memberId: `m${i + 1}`,
    rol: ROLLEN[i % ROLLEN.length] as TRol,
    functie: [
      "Coördinator ondermijning",
      "Functionaris gegevensbescherming",
      "CISO",
      "Data-analist",
      "Procesregisseur",
      "Bibob-adviseur",
      "Privacy officer",
      "Informatiemanager",
    ][i]!,
    ingediend: true,
  }));
  const ids = allQuestionIds(model);
  const answers: TAnswer[] = leden.flatMap((l, i) =>
    ids.map((vraagId, j) => {
      const kind = findQuestion(model, vraagId)!.kind;
      const weetNiet = kind === "vraag" && (i + j) % 11 === 0;
      return {
        memberId: l.memberId,
        rol: l.rol,
        vraagId,
        niveau: kind === "open" || weetNiet ? null : (Math.min(5, ((i * 2 + j) % 4) + 1 + (j % 2)) as TNiveau),
        geenOordeel: weetNiet ? ("weet_niet" as const) : null,
        toelichting: kind === "vraag" && j % 6 === 0 ? `Toelichting ${i + 1}: geïnterviewd, één bron, € 5.000 budget` : null,
        tekst: kind === "open" ? `Antwoord ${i + 1} op ${vraagId}` : null,
      };
    }),
  );
  const consensus = Object.fromEntries(
    model.dimensies.map((d, k) => [
      d.id,
      {
        niveau: 2 + (k % 3) * 0.5,
        motivering: "Besproken in de workshop",
        observaties: `Observatie bij ${d.naam}: ‘goed’ gesprek`,
        verbeterpunten: `Kandidaat voor ${d.naam}`,
      },
    ]),
  );
  const d = (s: string) => new Date(s);
  return {
    soort: "concept",
    versie: 1,
    datum: d("2026-12-20T10:00:00Z"),
    gemeente: "Súdwest-Fryslân",
    model,
    answers,
    leden,
    consensus,
    teksten: {
      samenvatting: "De gemeente heeft een goede basis.\n\nDe samenwerking met het RIEC is sterk; naïeve aannames over data zijn er nog (€ 0 budget).",
      conclusies: "Investeer eerst in eigenaarschap van data.",
      "dimensie.opgave.sterk": "Een actueel ondermijningsbeeld.",
      "dimensie.data.verbeter": "Datakwaliteit van de BRP-koppeling.",
    },
    datums: {
      aangemeld: d("2026-10-01T08:00:00Z"),
      analysetoolStart: d("2026-11-20T08:00:00Z"),
      analysetoolGesloten: d("2026-12-08T12:30:00Z"),
      workshop: d("2026-12-15T12:30:00Z"),
      overleg: d("2027-01-10T09:00:00Z"),
    },
    handelingsperspectieven: [
      {
        titel: "Data-eigenaarschap beleggen",
        omschrijving: "Per kernregistratie een eigenaar.",
        dimensieId: "governance",
        rang: 1,
        eigenaar: "Informatiemanager",
        termijn: d("2027-03-01T00:00:00Z"),
        eersteStap: "Lijst van registraties maken",
        doelNiveau: 3,
        partners: "RIEC Zeeland-West-Brabant",
        middelen: "0,2 fte informatiemanager",
        indicator: "Elke kernregistratie heeft een eigenaar",
        stemmen: 6,
      },
      {
        titel: "Convenant RIEC actualiseren",
        omschrijving: "Afspraken onder de WGS.",
        dimensieId: "samenwerking",
        rang: 2,
        eigenaar: "Coördinator ondermijning",
        termijn: d("2027-04-01T00:00:00Z"),
        eersteStap: "Overleg met het RIEC plannen",
        stemmen: 5,
      },
      {
        titel: "Analysecapaciteit delen",
        omschrijving: "Met de buurgemeenten.",
        dimensieId: "analyse",
        rang: 3,
        eigenaar: "Teamleider I&A",
        termijn: d("2027-06-01T00:00:00Z"),
        eersteStap: "Verkennend gesprek",
        stemmen: 4,
      },
      {
        titel: "DEDA toepassen",
        omschrijving: "Bij elk nieuw dataproject.",
        dimensieId: "juridisch",
        rang: null,
        eigenaar: null,
        termijn: null,
        eersteStap: null,
        stemmen: 2,
      },
    ],
    feedback: [
      { sectieId: "profiel", tekst: "Het niveau van Data lijkt te laag.", status: "verwerkt", antwoord: "Aangepast na het overleg." },
      { sectieId: "samenvatting", tekst: "Noem het RIEC.", status: "afgewezen", antwoord: "Staat al in de tekst." },
    ],
    vorige: null,
    benchmark: null,
    ...over,
  };
}

/**
 * The scan before a herhaalmeting on the same model version: every dimension computed at 2,0
 * and agreed at 2, except the first, which had no score; a top 3 that was worked on.
 */
export function vorigeScanFixture(): NonNullable<TRapportInput["vorige"]> {
  const model = MODEL_2026_1;
  const perDimensie = Object.fromEntries(model.dimensies.map((d, i) => [d.id, i === 0 ? { score: null, consensus: null } : { score: 2, consensus: 2 }]));
  return {
    afgerondAt: new Date("2025-11-03T12:00:00Z"),
    cijfers: { model, perDimensie },
    top3: [
      { rang: 1, titel: "Datagedreven werken verankeren", dimensieId: "governance", status: "afgerond" },
      { rang: 2, titel: "Koppeling met het RIEC-portaal", dimensieId: "samenwerking", status: "gestopt" },
      { rang: 3, titel: "Privacytoets standaardiseren", dimensieId: "juridisch", status: "bezig" },
    ],
  };
}

/**
 * A benchmark edition without a database: 12 gemeenten in RIEC Oost-Nederland agreeing on 2, 3
 * or 4 in turn, 12 elsewhere (in regions too small to show) on 3.
 */
export function benchmarkFixture(): TBenchmark {
  const rij = (i: number, riec: string, niveau: number) => ({
    gemeenteId: `g${i}`,
    scanId: `s${i}`,
    riec,
    provincie: "Gelderland",
    dimensies: MODEL_2026_1.dimensies.map((d) => ({ id: d.id, berekend: niveau + 0.3, vastgesteld: niveau })),
  });
  const rijen = [
    ...Array.from({ length: 12 }, (_, i) => rij(i, "Oost-Nederland", 2 + (i % 3))),
    ...Array.from({ length: 12 }, (_, i) => rij(100 + i, i % 2 ? "Limburg" : "Rotterdam", 3)),
  ];
  return berekenBenchmark(MODEL_2026_1, rijen, new Date("2026-11-15T08:00:00Z")).benchmark;
}
