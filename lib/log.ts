/**
 * Structured JSON logs on stdout/stderr. Callers pass ids and counts, never e-mail
 * addresses, tokens or mail bodies (those are personal data or secrets).
 */
type Fields = Record<string, string | number | boolean | null | undefined>;

function write(level: "info" | "warn" | "error", event: string, fields: Fields) {
  const line = JSON.stringify({ time: new Date().toISOString(), level, event, ...fields });
  if (level === "error") console.error(line);
  else console.log(line);
}

export const log = {
  info: (event: string, fields: Fields = {}) => write("info", event, fields),
  warn: (event: string, fields: Fields = {}) => write("warn", event, fields),
  /** `err` null: an error-level event without an exception (an alert). */
  error: (event: string, err: unknown, fields: Fields = {}) =>
    write("error", event, {
      ...fields,
      error: err === null ? undefined : err instanceof Error ? `${err.name}: ${err.message}` : String(err),
      stack: err instanceof Error ? err.stack?.split("\n").slice(0, 6).join(" | ") : undefined,
    }),
};
