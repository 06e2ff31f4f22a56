/**
 * The report model (analysetool-model §11): one plain, JSON-safe object from which both the
 * HTML page and the PDF are rendered, and which is stored as the snapshot of a published
 * version. Numbers are kept in full precision (renderers format them); dates are ISO strings;
 * absent values are null, never undefined, so a stored snapshot hashes the same after a
 * round trip through jsonb. Nothing in here names a deelnemer.
 */
import type { TRadarGeometry } from "@/lib/charts/radar";
import type { TVergelijkRij } from "@/lib/scan/vergelijking";

export type TRapportSoort = "concept" | "definitief";

export type TSectieId =
  | "samenvatting"
  | "werkwijze"
  | "deelnemers"
  | "profiel"
  | "vergelijking"
  | "benchmark"
  | "dimensies"
  | "rollen"
  | "workshop"
  | "sterke_punten"
  | "verbeterpunten"
  | "handelingsperspectieven"
  | "reacties"
  | "vervolg"
  | "bijlage_antwoorden"
  | "bijlage_vragenlijst";

/** A section as it appears in the table of contents: `nummer` is "1" … or "B1", "B2". */
export type TRapportSectie = { id: TSectieId; nummer: string; titel: string };

export type TRapportHp = {
  /** 1–3 once fixed in the top 3; null on the longlist. */
  rang: number | null;
  titel: string;
  omschrijving: string;
  dimensie: string;
  eigenaar: string | null;
  /** ISO date-time of the term. */
  termijn: string | null;
  eersteStap: string | null;
  /** Optional top-3 details (model §11); absent in snapshots made before they existed. */
  doelNiveau?: number | null;
  partners?: string | null;
  middelen?: string | null;
  indicator?: string | null;
  stemmen: number;
};

export type TRapportDimensieScore = {
  id: string;
  naam: string;
  thema: string;
  berekend: number | null;
  volledig: boolean;
  verdeeld: boolean;
  ambitie: number | null;
  ambitiekloof: number | null;
  vastgesteld: number | null;
};

export type TRapportVraagRegel = {
  vraagId: string;
  /** "1.3": how readers find the question in bijlage 2. Absent in snapshots made before it existed. */
  nummer?: string;
  stelling: string;
  dimensie: string;
  score: number | null;
  markeringen: string[];
};

export type TRapportDimensie = TRapportDimensieScore & {
  motivering: string | null;
  gespreksonderwerpen: number;
  gemiddeldeSd: number | null;
  vragen: TRapportVraagRegel[];
  /** The begeleider's texts (rapport_teksten `dimensie.<id>.sterk` / `.verbeter`). */
  sterk: string | null;
  verbeter: string | null;
  /** Toelichtingen of deelnemers with their role only. */
  citaten: { rol: string; tekst: string }[];
};

/** A herhaalmeting next to the scan before it (issue 16), with every label already in words. */
export type TRapportVergelijking = {
  /** ISO date the previous scan was finished. */
  vorigeDatum: string | null;
  versies: { toen: string; nu: string };
  zelfdeVersie: boolean;
  /** The comparison's rows (lib/scan/vergelijking.ts) with the dimension by name instead of id. */
  rijen: (Omit<TVergelijkRij, "dimensieId" | "naam"> & { dimensie: string })[];
  weggelaten: { dimensie: string; reden: string }[];
  vorigeTop3: { rang: number; titel: string; dimensie: string; status: string; verschil: number | null; vergeleken: boolean }[];
};

/** The gemeente against the benchmark groups (issue 17), as it stood when the report was made. */
export type TRapportBenchmark = {
  /** When the edition's figures were computed (ISO); null when there was no edition yet. */
  datum: string | null;
  modelVersie: string;
  /** Which figures are compared, in words ("het in de workshop vastgestelde niveau"). */
  vergeleken: string;
  groepen: (
    | { naam: string; getoond: false }
    | {
        naam: string;
        getoond: true;
        gemeenten: number;
        rijen: { dimensie: string; eigen: number | null; mediaan: number | null; p25: number | null; p75: number | null; positie: string | null }[];
        radar: TRadarGeometry;
      }
  )[];
};

export type TRapportModel = {
  formaat: 1;
  soort: TRapportSoort;
  versie: number;
  /** Publication date of a concept, vaststellingsdatum of the definitief (ISO). */
  datum: string;
  gemeente: string;
  model: { id: string; versie: string };
  secties: TRapportSectie[];
  samenvatting: { tekst: string | null; kernbevindingen: string[]; top3: TRapportHp[] };
  werkwijze: {
    alineas: string[];
    stappen: { titel: string; datum: string | null }[];
    niveaus: { niveau: number; naam: string; kern: string }[];
    themas: { naam: string; dimensies: string[] }[];
  };
  deelnemers: {
    uitgenodigd: number;
    ingediend: number;
    rollen: { rol: string; label: string; uitgenodigd: number; ingediend: number; functies: string[] }[];
  };
  profiel: {
    radar: TRadarGeometry;
    dimensies: TRapportDimensieScore[];
    themas: { naam: string; score: number | null }[];
    waarschuwingen: string[];
  };
  /** Only in a herhaalmeting's report; absent in snapshots made before it existed. */
  vergelijking?: TRapportVergelijking | null;
  /** Absent in snapshots made before it existed, and in reports built without benchmark data. */
  benchmark?: TRapportBenchmark | null;
  dimensies: TRapportDimensie[];
  rollen: {
    radar: TRadarGeometry;
    kolommen: { rol: string; label: string }[];
    rijen: { dimensie: string; alle: number | null; cellen: { score: number | null; afwijkend: boolean }[] }[];
    opvallend: string[];
  };
  workshop: {
    datum: string | null;
    onderwerpen: { vraagId: string; nummer?: string; stelling: string; dimensie: string; reden: string }[];
    kennislacunes: { vraagId: string; nummer?: string; stelling: string; dimensie: string }[];
    observaties: { dimensie: string; tekst: string }[];
    /** The live rounds in the room (issue 18): counts only, never who. Absent in snapshots made before they existed. */
    rondes?: { dimensie: string; nummer: number; antwoorden: number; verdeling: number[]; weetNiet: number }[];
  };
  sterkePunten: { vragen: TRapportVraagRegel[]; teksten: { dimensie: string; tekst: string }[] };
  verbeterpunten: {
    vragen: TRapportVraagRegel[];
    kloven: { dimensie: string; score: number; ambitie: number; kloof: number }[];
    teksten: { dimensie: string; tekst: string }[];
  };
  handelingsperspectieven: {
    soort: "longlist" | "top3";
    items: TRapportHp[];
    /** Kandidaat-verbeterpunten recorded in the workshop, per dimension. */
    kandidaten: { dimensie: string; tekst: string }[];
  };
  /** Only in the definitief: handled feedback from the review of the concept. */
  reacties: { sectie: string; tekst: string; status: "verwerkt" | "afgewezen"; antwoord: string | null }[] | null;
  vervolg: { conclusies: string | null; adviezen: string[]; verwijzingen: { naam: string; omschrijving: string; url: string }[] };
  bijlageAntwoorden: {
    vraagId: string;
    nummer?: string;
    dimensie: string;
    verdeling: number[];
    n: number;
    weetNiet: number;
    nvt: number;
    score: number | null;
    bereik: number | null;
    rolverschil: number | null;
    markeringen: string[];
  }[];
  bijlageVragenlijst: {
    dimensie: string;
    vragen: { id: string; nummer?: string; stelling: string; primair: string[]; niveaus: string[] }[];
  }[];
};
