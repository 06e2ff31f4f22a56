import { createHash, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

/**
 * Checks `Authorization: Bearer <CRON_SECRET>`. Fails closed when the secret is unset, never
 * reads it from the query string, and compares hashes in constant time (equal lengths).
 */
export function isCronAuthorized(authorization: string | null, secret = env("CRON_SECRET")): boolean {
  if (!secret || secret.length < 16) return false;
  const match = /^Bearer (.+)$/.exec(authorization ?? "");
  if (!match) return false;
  const given = createHash("sha256").update(match[1]!).digest();
  const expected = createHash("sha256").update(secret).digest();
  return timingSafeEqual(given, expected);
}
