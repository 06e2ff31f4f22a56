import { eq } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { scanMembers, users } from "@/db/schema";

/**
 * Only people the app knows get a sign-in link: admins, begeleiders and members of some
 * scan. Everyone else sees the same "check je mail" page and no mail is sent.
 */
export async function findSignInUser(q: Queryable, email: string) {
  const [row] = await q.select({ id: users.id, role: users.role, active: users.active }).from(users).where(eq(users.email, email)).limit(1);
  if (!row?.active) return null;
  if (row.role) return row;
  const [member] = await q.select({ one: scanMembers.id }).from(scanMembers).where(eq(scanMembers.userId, row.id)).limit(1);
  return member ? row : null;
}
