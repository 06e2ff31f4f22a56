import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { rapporten, scans, users } from "@/db/schema";
import { DEMO } from "@/db/seed";
import { DEMO_HERHAALMETING } from "@/db/seed-herhaalmeting";
import { bereidRapportVoor, slaRapportOp } from "@/lib/rapport/publiceren";

/**
 * The definitief report of Deventer's first scan, made the way the app makes one, so the demo's
 * herhaalmeting links to a real report. Kept out of `seedDemo`: rendering takes a second, and
 * the database tests seed a hundred times. Idempotent.
 */
export async function seedDemoRapporten(db: Db): Promise<number> {
  const scanId = DEMO_HERHAALMETING.vorigeId;
  const [bestaand] = await db
    .select({ id: rapporten.id })
    .from(rapporten)
    .where(and(eq(rapporten.scanId, scanId), eq(rapporten.soort, "definitief")));
  const [scan] = await db.select({ afgerondAt: scans.afgerondAt }).from(scans).where(eq(scans.id, scanId));
  if (bestaand || !scan?.afgerondAt) return 0;
  const [begeleider] = await db.select({ id: users.id }).from(users).where(eq(users.email, DEMO.begeleiders[0].email));
  const voorbereid = await bereidRapportVoor(db, { scanId, soort: "definitief", datum: scan.afgerondAt });
  await db.transaction((tx) => slaRapportOp(tx, voorbereid, begeleider!.id));
  return 1;
}
