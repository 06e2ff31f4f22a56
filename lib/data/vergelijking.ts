import "server-only";
import { getDb } from "@/db/client";
import { scanCijfers, type TVergelijking, vergelijk } from "@/lib/scan/vergelijking";
import type { TScanResultaten } from "./resultaten";
import { loadVorigeScan } from "./vorige-scan";

/**
 * For a herhaalmeting's results and workshop pages: the comparison with the scan before it;
 * null for a first scan. Call only after the access check of the herhaalmeting.
 */
export async function loadVergelijking(scanId: string, nu: TScanResultaten): Promise<(TVergelijking & { vorigeScanId: string }) | null> {
  const vorige = await loadVorigeScan(await getDb(), scanId);
  if (!vorige) return null;
  return { ...vergelijk(vorige.cijfers, scanCijfers(nu.model, nu.resultaat.dimensies, nu.consensus), vorige.top3), vorigeScanId: vorige.id };
}
