import "server-only";
import { and, eq } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { scanBegeleiders, scanMembers, users } from "@/db/schema";

export type TOntvanger = { userId: string; email: string; begeleider: boolean };

/**
 * Who hears about a report or the digital meeting: every member of the scan (procesregisseur
 * and deelnemers) and its begeleiders, once each, only active accounts.
 */
export async function scanOntvangers(q: Queryable, scanId: string): Promise<TOntvanger[]> {
  const leden = await q
    .select({ userId: users.id, email: users.email })
    .from(scanMembers)
    .innerJoin(users, and(eq(users.id, scanMembers.userId), eq(users.active, true)))
    .where(eq(scanMembers.scanId, scanId));
  const begeleiders = await q
    .select({ userId: users.id, email: users.email })
    .from(scanBegeleiders)
    .innerJoin(users, and(eq(users.id, scanBegeleiders.userId), eq(users.active, true)))
    .where(eq(scanBegeleiders.scanId, scanId));
  const seen = new Map<string, TOntvanger>();
  for (const l of leden) seen.set(l.userId, { ...l, begeleider: false });
  for (const b of begeleiders) if (!seen.has(b.userId)) seen.set(b.userId, { ...b, begeleider: true });
  return [...seen.values()].sort((a, b) => a.email.localeCompare(b.email));
}
