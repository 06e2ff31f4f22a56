import "server-only";
import { eq } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { antwoorden, scanMembers, scans, workshopResultaten } from "@/db/schema";
import { berekenScan, getModel } from "@/lib/analysetool";
import { top3Standen } from "@/lib/scan/top3-stand";
import { scanCijfers, type TScanCijfers, type TVorigPunt } from "@/lib/scan/vergelijking";
import { ANTWOORD_VELDEN, alsAnswer, ingediendInScan, lidVanScan } from "./ingediende-antwoorden";
import { consensusPerDimensie } from "./resultaten";

export type TVorigeScan = { id: string; afgerondAt: Date | null; cijfers: TScanCijfers; top3: TVorigPunt[] };

/**
 * The scan a herhaalmeting follows, as the comparison needs it: its figures from its submitted
 * tools and agreed levels, and its top 3 with each item's last status; null for a first scan.
 * Read through the caller's connection, so the report loader can call it inside its
 * transaction. No names are read. Call only after the access check of the herhaalmeting (the
 * previous scan is the same gemeente's).
 */
export async function loadVorigeScan(q: Queryable, scanId: string): Promise<TVorigeScan | null> {
  const [scan] = await q.select({ vorige: scans.vorigeScanId }).from(scans).where(eq(scans.id, scanId));
  if (!scan?.vorige) return null;
  const [vorige] = await q.select({ modelVersie: scans.modelVersie, afgerondAt: scans.afgerondAt }).from(scans).where(eq(scans.id, scan.vorige));
  if (!vorige) return null;
  const [rows, consensusRows, top3] = await Promise.all([
    q.select(ANTWOORD_VELDEN).from(antwoorden).innerJoin(scanMembers, lidVanScan(scan.vorige)).where(ingediendInScan(scan.vorige)),
    q.select().from(workshopResultaten).where(eq(workshopResultaten.scanId, scan.vorige)),
    top3Standen(q, [scan.vorige]),
  ]);
  const model = getModel(vorige.modelVersie);
  const resultaat = berekenScan(model, rows.map(alsAnswer));
  return {
    id: scan.vorige,
    afgerondAt: vorige.afgerondAt,
    cijfers: scanCijfers(model, resultaat.dimensies, consensusPerDimensie(consensusRows)),
    top3: top3.map((p) => ({ rang: p.rang, titel: p.titel, dimensieId: p.dimensieId, status: p.status })),
  };
}
