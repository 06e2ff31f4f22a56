import "server-only";
import { createHash } from "node:crypto";
import { headers } from "next/headers";
import { env } from "@/lib/env";
import { PEER_HEADER } from "@/lib/security/peer-address";

/**
 * How many reverse proxies of our own stand in front of the app (TRUSTED_PROXY_HOPS, default
 * 0). Each appends the address it was connected from to `X-Forwarded-For`, so the client is
 * the entry that many places from the right; everything left of it the client wrote itself.
 */
export function trustedProxyHops(vars?: { TRUSTED_PROXY_HOPS?: string }): number {
  if (!vars) return env("TRUSTED_PROXY_HOPS");
  const n = Number(vars.TRUSTED_PROXY_HOPS ?? 0);
  return Number.isInteger(n) && n >= 0 && n <= 10 ? n : 0;
}

/**
 * The caller's address for rate limits: the TCP peer when no proxy is trusted, else the
 * X-Forwarded-For entry the nearest trusted proxy wrote. Never the left-most entry, which the
 * client controls. Pure, for tests; `clientIp()` reads the request.
 */
export function clientAddress(peer: string | null, forwardedFor: string | null, hops: number): string {
  if (hops === 0) return peer || "onbekend";
  const chain = (forwardedFor ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  // A chain shorter than the proxies we trust did not come through them all: the peer is all we know.
  return chain.length >= hops ? chain[chain.length - hops]! : peer || "onbekend";
}

/** Only ever stored hashed. */
export async function clientIp(): Promise<string> {
  const h = await headers();
  return clientAddress(h.get(PEER_HEADER), h.get("x-forwarded-for"), trustedProxyHops());
}

export function sha256(s: string): string {
  return createHash("sha256").update(s).digest("hex");
}
