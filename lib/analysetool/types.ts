/**
 * Types of the analysetool content model and of the computed scan results
 * (analysetool-model.md §2, §7, §8, §12). Result types live here rather than next to the
 * functions that build them, so scoring, agenda and suggestions can share them without
 * importing each other.
 */
import type { TRol } from "@/db/schema";

export type { TRol };

export type TNiveau = 1 | 2 | 3 | 4 | 5;
export const NIVEAUS: readonly TNiveau[] = [1, 2, 3, 4, 5];

export type TGeenOordeel = "weet_niet" | "nvt";

export type TThemaId = "ondermijning" | "mens_en_organisatie" | "data_en_software";

export type TDimensieId = "opgave" | "samenwerking" | "governance" | "juridisch" | "cultuur" | "data" | "techniek" | "analyse";

export type TOpenVraagId = "open.q1" | "open.q2" | "open.q3";

/** Thresholds and weights are versioned with the model (§2), so they travel inside it. */
export type TModelParameters = {
  gewichtPrimair: number;
  drempelBereik: number;
  drempelRolverschil: number;
  drempelWeetniet: number;
  drempelVerdeeldeDimensie: number;
  minVragenDimensie: number;
  minRollenDimensie: number;
  maxAgendapunten: number;
  ambitieAan: boolean;
};

export type TNiveauSchaal = Readonly<Record<TNiveau, { naam: string; kern: string }>>;

export type TVraag = {
  /** `<dimensie>.q<n>`; never reused, never given another meaning (§2). */
  id: string;
  revisie: number;
  /** Model version in which this id first appeared. */
  sinds: string;
  vervallenIn?: string;
  vervangenDoor?: string;
  stelling: string;
  primair: readonly TRol[];
  niveaus: Readonly<Record<TNiveau, string>>;
};

export type TDimensie = {
  id: TDimensieId;
  naam: string;
  thema: TThemaId;
  volgorde: number;
  vragen: readonly TVraag[];
};

export type TThema = { id: TThemaId; naam: string; volgorde: number };

export type TOpenVraag = { id: TOpenVraagId; vraag: string };

/** Explicit mapping for repeat scans across versions (§2 rule 6). */
export type TEquivalentie = { van: string; naar: string };

export type TModel = {
  modelId: string;
  versie: string;
  parameters: TModelParameters;
  niveauSchaal: TNiveauSchaal;
  themas: readonly TThema[];
  dimensies: readonly TDimensie[];
  /** Asked at the end of every dimension as `<dimensie>.ambitie` when `ambitieAan`. */
  ambitieVraag: string;
  openVragen: readonly TOpenVraag[];
  equivalenties: readonly TEquivalentie[];
};

/** One stored answer of a submitted deelnemer, as scoring receives it. */
export type TAnswer = {
  memberId: string;
  rol: TRol;
  vraagId: string;
  niveau: TNiveau | null;
  geenOordeel: TGeenOordeel | null;
  toelichting?: string | null;
  /** Answer text of an open question. */
  tekst?: string | null;
};

// ---------------------------------------------------------------------------
// Results

export type TVerdeling = Record<TNiveau, number>;

export type TRolVraagStat = {
  /** Numeric answers. */
  n: number;
  /** m(r,q); null when the role gave no numeric answer. */
  gemiddelde: number | null;
  weetNiet: number;
  nvt: number;
  verdeling: TVerdeling;
};

export type TSpreidingType = "eenling" | "verdeeld";

/** Comment of a deelnemer, passed on with role and without name (§4). */
export type TToelichting = {
  rol: TRol;
  niveau: TNiveau | null;
  geenOordeel: TGeenOordeel | null;
  tekst: string;
};

export type TVraagResultaat = {
  vraagId: string;
  dimensieId: TDimensieId;
  themaId: TThemaId;
  /** S(q); null without numeric answers. */
  score: number | null;
  gemiddelde: number | null;
  mediaan: number | null;
  n: number;
  weetNiet: number;
  nvt: number;
  verdeling: TVerdeling;
  /** Only roles that gave any answer to this question. */
  perRol: Partial<Record<TRol, TRolVraagStat>>;
  /** R(q); null below 2 numeric answers. */
  bereik: number | null;
  /** G(q); null below 2 roles with a numeric answer. */
  rolverschil: number | null;
  /** Population SD; null below 2 numeric answers. */
  sd: number | null;
  gespreksonderwerp: boolean;
  /** Only set for a gespreksonderwerp. */
  type: TSpreidingType | null;
  kennislacune: boolean;
  /** weet_niet share among the primary roles' answers; null when they gave none. */
  aandeelWeetNietPrimair: number | null;
  eenBron: boolean;
  toelichtingen: TToelichting[];
};

export type TDimensieResultaat = {
  dimensieId: TDimensieId;
  thema: TThemaId;
  /** D(d); null when no question of the dimension has a score. */
  score: number | null;
  aantalVragen: number;
  aantalVragenMetScore: number;
  rollen: TRol[];
  /** false with a score = "indicatief" (dotted in the radar). */
  volledig: boolean;
  aantalGespreksonderwerpen: number;
  verdeeld: boolean;
  gemiddeldeSd: number | null;
  ambitie: number | null;
  ambitieN: number;
  ambitiekloof: number | null;
};

export type TThemaResultaat = { themaId: TThemaId; score: number | null };

export type TRolProfielCel = {
  /** D(r,d); null when the role answered fewer than half the questions of d. */
  score: number | null;
  /** Questions of d with a numeric answer from this role. */
  aantalVragen: number;
  /** D(r,d) − D(d), for the "≥ 1,0 afwijking" marking of §9. */
  afwijking: number | null;
  afwijkend: boolean;
};

export type TRolProfiel = {
  rol: TRol;
  /** Submitted deelnemers in this role; 1 means the "(1)" marker of §9. */
  leden: number;
  dimensies: Record<TDimensieId, TRolProfielCel>;
};

export type TOpenAntwoord = { rol: TRol; tekst: string };

export type TScanResultaat = {
  modelId: string;
  modelVersie: string;
  deelnemers: { totaal: number; perRol: Record<TRol, number> };
  /** In model order. */
  vragen: TVraagResultaat[];
  dimensies: TDimensieResultaat[];
  themas: TThemaResultaat[];
  /** Only roles with at least one deelnemer. */
  rolprofielen: TRolProfiel[];
  /** Stored for repeat scans; not shown as a grade (§7.8). */
  gemiddeldeDimensies: number | null;
  openAntwoorden: Record<TOpenVraagId, TOpenAntwoord[]>;
};

export type TAgendaReden = "verdeeld" | "eenling" | "kennislacune";

export type TAgendaPunt = {
  vraagId: string;
  dimensieId: TDimensieId;
  themaId: TThemaId;
  reden: TAgendaReden;
  bereik: number | null;
  sd: number | null;
};

export type TSterkPunt = { vraagId: string; dimensieId: TDimensieId; score: number };

export type TVerbeterpunt =
  | { soort: "vraag"; vraagId: string; dimensieId: TDimensieId; score: number }
  | { soort: "dimensie"; dimensieId: TDimensieId; score: number; ambitie: number; ambitiekloof: number };

export type TSuggesties = {
  sterkePunten: TSterkPunt[];
  verbeterpunten: TVerbeterpunt[];
  /** Grouping per dimension is left to the begeleiders: the texts are free-form. */
  openAntwoorden: Record<TOpenVraagId, TOpenAntwoord[]>;
};
