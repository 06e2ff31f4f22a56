import "server-only";
import { asc, count, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { scanBegeleiders, users } from "@/db/schema";

/** Admin only: every begeleider account with the number of scans assigned to it. */
export async function listBegeleiders() {
  const db = await getDb();
  const rows = await db
    .select({ id: users.id, name: users.name, email: users.email, active: users.active, scans: count(scanBegeleiders.scanId) })
    .from(users)
    .leftJoin(scanBegeleiders, eq(scanBegeleiders.userId, users.id))
    .where(eq(users.role, "begeleider"))
    .groupBy(users.id)
    .orderBy(asc(users.name));
  return rows.map((r) => ({ ...r, scans: Number(r.scans) }));
}
