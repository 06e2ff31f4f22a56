/**
 * The 25 veiligheidsregio's (CBS numbering) and the ten RIEC regions, as in
 * db/data/gemeenten-regio.csv (see its SOURCES). Benchmark groups (issue 17) use the RIEC region.
 */
export const VEILIGHEIDSREGIOS = [
  ["VR01", "Groningen"],
  ["VR02", "Fryslân"],
  ["VR03", "Drenthe"],
  ["VR04", "IJsselland"],
  ["VR05", "Twente"],
  ["VR06", "Noord- en Oost-Gelderland"],
  ["VR07", "Gelderland-Midden"],
  ["VR08", "Gelderland-Zuid"],
  ["VR09", "Utrecht"],
  ["VR10", "Noord-Holland Noord"],
  ["VR11", "Zaanstreek-Waterland"],
  ["VR12", "Kennemerland"],
  ["VR13", "Amsterdam-Amstelland"],
  ["VR14", "Gooi en Vechtstreek"],
  ["VR15", "Haaglanden"],
  ["VR16", "Hollands Midden"],
  ["VR17", "Rotterdam-Rijnmond"],
  ["VR18", "Zuid-Holland Zuid"],
  ["VR19", "Zeeland"],
  ["VR20", "Midden- en West-Brabant"],
  ["VR21", "Brabant-Noord"],
  ["VR22", "Brabant-Zuidoost"],
  ["VR23", "Limburg-Noord"],
  ["VR24", "Zuid-Limburg"],
  ["VR25", "Flevoland"],
] as const;

export type TVeiligheidsregioCode = (typeof VEILIGHEIDSREGIOS)[number][0];
export const VEILIGHEIDSREGIO_CODES = VEILIGHEIDSREGIOS.map(([code]) => code) as [TVeiligheidsregioCode, ...TVeiligheidsregioCode[]];

export const veiligheidsregioNaam = (code: string | null) => VEILIGHEIDSREGIOS.find(([c]) => c === code)?.[1] ?? null;

export const RIEC_REGIOS = [
  "Noord-Nederland",
  "Oost-Nederland",
  "Midden-Nederland",
  "Noord-Holland",
  "Amsterdam-Amstelland",
  "Den Haag",
  "Rotterdam",
  "Zeeland-West-Brabant",
  "Oost-Brabant",
  "Limburg",
] as const;

export type TRiecRegio = (typeof RIEC_REGIOS)[number];
