/**
 * CSV for spreadsheet users. Semicolon-separated because Excel in a Dutch locale uses ";" as
 * its list separator (the comma is the decimal sign), so a double-clicked file opens in
 * columns; with a UTF-8 byte order mark so Excel reads "é" and "ë" correctly. We do not
 * add a `sep=;` line: Excel then ignores the BOM and the accents break again.
 */
export const CSV_SEPARATOR = ";";
export const BOM = "\uFEFF";

/**
 * A cell starting with = + - @ (or a tab or carriage return, which some spreadsheets skip
 * before reading a formula) would run as a formula (CSV injection, OWASP): prefix it with
 * an apostrophe so it is shown as text. Then quote per RFC 4180 when needed.
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  let s = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  if (/[";\r\n,]/.test(s)) s = `"${s.replaceAll('"', '""')}"`;
  return s;
}

/** Rows to a CSV document: BOM, CRLF line ends (RFC 4180), every cell escaped. */
export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return `${BOM + rows.map((r) => r.map(csvCell).join(CSV_SEPARATOR)).join("\r\n")}\r\n`;
}

/** A CSV download that no cache keeps and no browser sniffs as something else. */
export function csvResponse(csv: string, bestandsnaam: string): Response {
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${bestandsnaam}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
