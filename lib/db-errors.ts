/**
 * True for a unique-constraint violation (SQLSTATE 23505) from either driver. Drizzle wraps
 * driver errors, so the code may sit on the error itself or on its cause.
 */
export function isUniqueViolation(err: unknown, constraint?: string): boolean {
  for (let e: unknown = err, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const { code, constraint_name, constraint: c } = e as { code?: string; constraint_name?: string; constraint?: string };
    if (code === "23505") return !constraint || constraint_name === constraint || c === constraint || String((e as Error).message ?? "").includes(constraint);
  }
  return false;
}
