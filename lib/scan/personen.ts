import { eq } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { users } from "@/db/schema";
import { UserError } from "@/lib/errors";

/**
 * The user row for an e-mail address, created without a global role when it does not exist
 * yet. An existing person keeps their name (it may be in use in another scan) unless none
 * was known. A deactivated account is not silently revived.
 */
export async function findOrCreatePerson(q: Queryable, input: { email: string; naam: string }, now: Date, field = "email") {
  const [existing] = await q
    .select({ id: users.id, name: users.name, role: users.role, active: users.active })
    .from(users)
    .where(eq(users.email, input.email))
    .limit(1);
  if (existing) {
    if (!existing.active) {
      throw new UserError("Dit e-mailadres hoort bij een account dat is gedeactiveerd. Neem contact op met het programmateam.", field);
    }
    if (!existing.name) await q.update(users).set({ name: input.naam }).where(eq(users.id, existing.id));
    return { id: existing.id, role: existing.role, created: false };
  }
  const [created] = await q.insert(users).values({ email: input.email, name: input.naam, role: null, createdAt: now }).returning({ id: users.id });
  return { id: created!.id, role: null, created: true };
}
