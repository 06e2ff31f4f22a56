import "server-only";
import { and, eq, gt } from "drizzle-orm";
import { cookies } from "next/headers";
import { cache } from "react";
import { getDb } from "@/db/client";
import { sessions, type TGlobalRole, users } from "@/db/schema";
import { UnauthenticatedError } from "@/lib/errors";
import { log } from "@/lib/log";
import { SESSION_COOKIE_NAMES, SESSION_IDLE_SECONDS } from "./session-policy";

export type TCurrentUser = { id: string; email: string; name: string | null; role: TGlobalRole | null };

export async function readSessionToken(): Promise<string | null> {
  const jar = await cookies();
  for (const name of SESSION_COOKIE_NAMES) {
    const value = jar.get(name)?.value;
    if (value) return value;
  }
  return null;
}

/**
 * The signed-in user, or null. One query per request (React cache). Enforces the absolute
 * limit (the session's `expires` is never slid forward), the idle limit (`last_seen_at`)
 * and deactivation. A database error denies: failing closed, never open.
 */
export const getCurrentUser = cache(async (): Promise<TCurrentUser | null> => {
  const token = await readSessionToken();
  if (!token) return null;
  try {
    const db = await getDb();
    const now = new Date();
    const [row] = await db
      .select({
        id: users.id,
        email: users.email,
        name: users.name,
        role: users.role,
        lastSeenAt: sessions.lastSeenAt,
      })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(
        and(
          eq(sessions.sessionToken, token),
          gt(sessions.expires, now),
          gt(sessions.lastSeenAt, new Date(now.getTime() - SESSION_IDLE_SECONDS * 1000)),
          eq(users.active, true),
        ),
      )
      .limit(1);
    if (!row) return null;
    if (now.getTime() - row.lastSeenAt.getTime() > 60_000) {
      await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.sessionToken, token));
    }
    return { id: row.id, email: row.email, name: row.name, role: row.role };
  } catch (err) {
    log.error("session.lookup_failed", err);
    return null;
  }
});

export async function requireUser(): Promise<TCurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new UnauthenticatedError();
  return user;
}
