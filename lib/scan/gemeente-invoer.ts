/**
 * What someone typed in the gemeente field: the datalist offers "Naam (GM0307)", but without
 * JavaScript, or when typing freely, people enter a bare name or a code. Resolved on the
 * server by code when one is present, otherwise by exact name (case and spacing ignored).
 */
export type TGemeenteInvoer = { code: string } | { naam: string } | null;

const CODE = /\b(gm\d{4})\b/i;

export function parseGemeenteInvoer(input: string): TGemeenteInvoer {
  const value = input.normalize("NFC").replace(/\s+/g, " ").trim();
  if (!value) return null;
  const code = CODE.exec(value)?.[1];
  if (code) return { code: code.toUpperCase() };
  return { naam: value };
}

/** The label the datalist shows and the form sends back: "Amersfoort (GM0307)". */
export function gemeenteLabel(g: { naam: string; code: string }): string {
  return `${g.naam} (${g.code})`;
}

/** Normalised for an exact, case-insensitive name comparison. */
export function naamSleutel(naam: string): string {
  return naam.normalize("NFC").replace(/\s+/g, " ").trim().toLocaleLowerCase("nl-NL");
}
