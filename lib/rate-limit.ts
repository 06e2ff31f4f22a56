import { sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { rateLimits } from "@/db/schema";
import { env } from "@/lib/env";

/** Named policies, one place to read them (fixed windows, shared by all instances via the database). */
export const RATE_LIMITS = {
  // Two links a minute covers "the first mail was slow"; a third is mail bombing (security.md row 14).
  loginPerEmailMinute: { limit: 2, windowSeconds: 60 },
  loginPerEmail: { limit: 3, windowSeconds: 15 * 60 },
  // Per address limits do the work; per network only a flood far above one office (a room of
  // 40 behind one NAT asking twice each) is stopped (issue 14.3).
  loginPerIp: { limit: 300, windowSeconds: 15 * 60 },
  aanmeldenPerIp: { limit: 5, windowSeconds: 60 * 60 },
} as const;

export type TRateLimitPolicy = keyof typeof RATE_LIMITS;

/**
 * Limits can be raised by the environment: RATE_LIMIT_PER_IP_FACTOR because behind a
 * gemeente's NAT many people share one address; RATE_LIMIT_PER_EMAIL_FACTOR only for test
 * servers, where many journeys sign in the same demo accounts within minutes. Unset in
 * production: the policies above apply as written.
 */
export function limitFor(policy: TRateLimitPolicy): number {
  const base = RATE_LIMITS[policy].limit;
  const factor = env(policy.endsWith("PerIp") ? "RATE_LIMIT_PER_IP_FACTOR" : "RATE_LIMIT_PER_EMAIL_FACTOR");
  return factor > 1 ? Math.floor(base * factor) : base;
}

/** Counts one hit and says whether it is still within the policy. */
export async function hitRateLimit(q: Queryable, policy: TRateLimitPolicy, subject: string, now = new Date()): Promise<boolean> {
  const { windowSeconds } = RATE_LIMITS[policy];
  const limit = limitFor(policy);
  const windowFloor = sql`${new Date(now.getTime() - windowSeconds * 1000).toISOString()}::timestamptz`;
  const [row] = await q
    .insert(rateLimits)
    .values({ key: `${policy}:${subject}`, windowStart: now, count: 1 })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        count: sql`case when ${rateLimits.windowStart} <= ${windowFloor} then 1 else ${rateLimits.count} + 1 end`,
        windowStart: sql`case when ${rateLimits.windowStart} <= ${windowFloor} then ${now.toISOString()}::timestamptz else ${rateLimits.windowStart} end`,
      },
    })
    .returning({ count: rateLimits.count });
  return (row?.count ?? 1) <= limit;
}
