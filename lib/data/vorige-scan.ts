import "server-only";
import { and, desc, eq } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { antwoorden, rapporten, scanMembers, scans, workshopResultaten } from "@/db/schema";
import { berekenScan, getModel } from "@/lib/analysetool";
import type { TRapportModel } from "@/lib/rapport/types";
import { top3Standen } from "@/lib/scan/top3-stand";
import { scanCijfers, type TScanCijfers, type TVorigPunt } from "@/lib/scan/vergelijking";
import { ANTWOORD_VELDEN, alsAnswer, ingediendInScan, lidVanScan } from "./ingediende-antwoorden";
import { consensusPerDimensie } from "./resultaten";

export type TVorigeScan = { id: string; afgerondAt: Date | null; cijfers: TScanCijfers; top3: TVorigPunt[] };

/**
 * The scan a herhaalmeting follows, as the comparison needs it: its figures and its top 3 with
 * each item's last status; null for a first scan. The figures come from its definitief
 * report: that is what the gemeente was told, and twelve months after finalizing the
 * individual answers are removed (lib/jobs/retention.ts) — the very moment a herhaalmeting
 * may start. Only without a definitief are they computed from the submitted tools. Read
 * through the caller's connection, so the report loader can call it inside its transaction.
 * No names are read. Call only after the access check of the herhaalmeting (the previous
 * scan is the same gemeente's).
 */
export async function loadVorigeScan(q: Queryable, scanId: string): Promise<TVorigeScan | null> {
  const [scan] = await q.select({ vorige: scans.vorigeScanId }).from(scans).where(eq(scans.id, scanId));
  if (!scan?.vorige) return null;
  const [vorige] = await q.select({ modelVersie: scans.modelVersie, afgerondAt: scans.afgerondAt }).from(scans).where(eq(scans.id, scan.vorige));
  if (!vorige) return null;
  const [cijfers, top3] = await Promise.all([cijfersVan(q, scan.vorige, vorige.modelVersie), top3Standen(q, [scan.vorige])]);
  return {
    id: scan.vorige,
    afgerondAt: vorige.afgerondAt,
    cijfers,
    top3: top3.map((p) => ({ rang: p.rang, titel: p.titel, dimensieId: p.dimensieId, status: p.status })),
  };
}

async function cijfersVan(q: Queryable, scanId: string, modelVersie: string): Promise<TScanCijfers> {
  const [definitief] = await q
    .select({ snapshot: rapporten.snapshot })
    .from(rapporten)
    .where(and(eq(rapporten.scanId, scanId), eq(rapporten.soort, "definitief")))
    .orderBy(desc(rapporten.versie))
    .limit(1);
  if (definitief) {
    const r = definitief.snapshot as TRapportModel;
    return {
      model: getModel(r.model.versie),
      perDimensie: Object.fromEntries(r.profiel.dimensies.map((d) => [d.id, { score: d.berekend, consensus: d.vastgesteld }])),
    };
  }
  const [rows, consensusRows] = await Promise.all([
    q.select(ANTWOORD_VELDEN).from(antwoorden).innerJoin(scanMembers, lidVanScan(scanId)).where(ingediendInScan(scanId)),
    q.select().from(workshopResultaten).where(eq(workshopResultaten.scanId, scanId)),
  ]);
  const model = getModel(modelVersie);
  return scanCijfers(model, berekenScan(model, rows.map(alsAnswer)).dimensies, consensusPerDimensie(consensusRows));
}
