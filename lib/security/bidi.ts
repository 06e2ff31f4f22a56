/**
 * Bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069).
 * Typed into a name they reverse what follows, beyond the name itself ("\u202Egnp.exe"
 * shows as "exe.png", and the next person's name comes out backwards too). Nobody needs
 * them in a gemeente name, a function or a toelichting, so they are dropped where text is
 * laid out for people: the PDF report and the mails. Zero-width characters are left alone.
 */
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

export function stripBidiControls(s: string): string {
  return s.replace(BIDI_CONTROLS, "");
}

/** The same for every string in plain data (arrays and plain objects); anything else as it is. */
export function stripBidiControlsDeep<T>(value: T): T {
  if (typeof value === "string") return stripBidiControls(value) as T;
  if (Array.isArray(value)) return value.map(stripBidiControlsDeep) as T;
  if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, stripBidiControlsDeep(v)])) as T;
  }
  return value;
}
