import { createHash } from "node:crypto";

/**
 * JSON with object keys sorted at every level, undefined members dropped. PostgreSQL's
 * jsonb does not keep key order, so the hash of a stored snapshot can only be recomputed
 * from a canonical form.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? "null" : canonicalJson(v))).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

export function sha256Hex(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

/** The kenmerk the definitief report prints: sha256 of the canonical snapshot. */
export function snapshotSha256(snapshot: unknown): string {
  return sha256Hex(canonicalJson(snapshot));
}
