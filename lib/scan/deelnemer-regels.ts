import { and, eq } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { scanMembers, users } from "@/db/schema";
import { UserError } from "@/lib/errors";

/**
 * Refuses an address that is already in this scan (one person, one place per scan) or that
 * belongs to a begeleider or admin (their access comes from their global role, not from a
 * membership). The message says what to do instead.
 */
export async function assertNieuwInScan(q: Queryable, scanId: string, email: string, exceptMemberId?: string) {
  const [member] = await q
    .select({ id: scanMembers.id, procesregisseur: scanMembers.procesregisseur })
    .from(scanMembers)
    .innerJoin(users, eq(users.id, scanMembers.userId))
    .where(and(eq(scanMembers.scanId, scanId), eq(users.email, email)))
    .limit(1);
  if (member && member.id !== exceptMemberId) {
    throw new UserError(
      member.procesregisseur
        ? 'Dit is het e-mailadres van de procesregisseur. Doet de procesregisseur zelf mee met de analysetool? Kies dan bij de procesregisseur "Wijzigen" en geef een rol.'
        : "Dit e-mailadres staat al bij de deelnemers van deze scan. Iedereen doet één keer mee.",
      "email",
    );
  }
  const [account] = await q.select({ role: users.role }).from(users).where(eq(users.email, email)).limit(1);
  if (account?.role) {
    throw new UserError("Dit e-mailadres hoort bij een begeleider of beheerder. Vul het adres van een medewerker van de gemeente in.", "email");
  }
}
