import { and, count, eq } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { auditLog } from "@/db/schema";

export const WORKSHOP_AUDIT = "workshop.datum_vastgelegd";

/** How often the workshop moment was fixed before: the .ics SEQUENCE of the next version. */
export async function workshopVersies(q: Queryable, scanId: string): Promise<number> {
  const [row] = await q
    .select({ n: count() })
    .from(auditLog)
    .where(and(eq(auditLog.scanId, scanId), eq(auditLog.action, WORKSHOP_AUDIT), eq(auditLog.outcome, "ok")));
  return Number(row?.n ?? 0);
}
