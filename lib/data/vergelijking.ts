import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { scans } from "@/db/schema";
import { type TScanCijfers, type TVergelijking, vergelijk } from "@/lib/scan/vergelijking";
import { listOpvolging } from "./opvolging";
import { loadScanResultaten, type TScanResultaten } from "./resultaten";

function cijfersVan(r: TScanResultaten): TScanCijfers {
  const perDimensie: Record<string, { score: number | null; consensus: number | null }> = {};
  for (const d of r.resultaat.dimensies) perDimensie[d.dimensieId] = { score: d.score, consensus: r.consensus[d.dimensieId]?.niveau ?? null };
  return { model: r.model, perDimensie };
}

/**
 * For a herhaalmeting: the comparison with the scan before it, from both scans' submitted tools
 * and agreed levels, and the previous top 3 with its last status; null for a first scan. Call
 * only after the access check of the herhaalmeting (the previous scan is the same gemeente's).
 */
export async function loadVergelijking(scanId: string, nu: TScanResultaten): Promise<(TVergelijking & { vorigeScanId: string }) | null> {
  const db = await getDb();
  const [scan] = await db.select({ vorige: scans.vorigeScanId }).from(scans).where(eq(scans.id, scanId));
  if (!scan?.vorige) return null;
  const [vorige] = await db.select({ modelVersie: scans.modelVersie }).from(scans).where(eq(scans.id, scan.vorige));
  if (!vorige) return null;
  const [toen, top3] = await Promise.all([loadScanResultaten(scan.vorige, vorige.modelVersie), listOpvolging(scan.vorige)]);
  const v = vergelijk(
    cijfersVan(toen),
    cijfersVan(nu),
    top3.map((p) => ({ rang: p.rang!, titel: p.titel, dimensieId: p.dimensieId, status: p.status })),
  );
  return { ...v, vorigeScanId: scan.vorige };
}
