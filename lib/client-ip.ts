import "server-only";
import { createHash } from "node:crypto";
import { headers } from "next/headers";

/** The caller's address as the proxy in front of us reports it; only ever stored hashed. */
export async function clientIp(): Promise<string> {
  const h = await headers();
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() || h.get("x-real-ip") || "onbekend";
}

export function sha256(s: string): string {
  return createHash("sha256").update(s).digest("hex");
}
