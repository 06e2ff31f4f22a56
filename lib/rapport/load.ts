import "server-only";
import { and, asc, count, eq, isNotNull } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import {
  antwoorden,
  gemeenten,
  handelingsperspectieven,
  hpStemmen,
  rapportFeedback,
  rapportTeksten,
  scanMembers,
  scans,
  workshopResultaten,
} from "@/db/schema";
import { getModel } from "@/lib/analysetool";
import { loadBenchmark } from "@/lib/data/benchmark";
import { HP_VELDEN } from "@/lib/data/handelingsperspectieven";
import { ANTWOORD_VELDEN, alsAnswer, ingediendInScan, lidVanScan } from "@/lib/data/ingediende-antwoorden";
import { consensusPerDimensie } from "@/lib/data/resultaten";
import { gesloteRondes } from "@/lib/data/rondes";
import { loadVorigeScan } from "@/lib/data/vorige-scan";
import type { TRapportInput } from "./build";
import type { TRapportSoort } from "./types";

/**
 * Everything `buildRapportModel` needs for one scan, read through the caller's transaction
 * (publishing locks the scan and reads inside it; PGlite has one connection, so a read
 * outside the open transaction would wait for it forever). Names are never selected: the
 * report must not contain them, so the loader cannot hand them over.
 */
export async function loadRapportInput(q: Queryable, scanId: string, opts: { soort: TRapportSoort; versie: number; datum: Date }): Promise<TRapportInput> {
  const [scan] = await q
    .select({ scan: scans, gemeente: gemeenten.naam, riec: gemeenten.riec })
    .from(scans)
    .innerJoin(gemeenten, eq(gemeenten.id, scans.gemeenteId))
    .where(eq(scans.id, scanId));
  if (!scan) throw new Error("scan not found");
  const model = getModel(scan.scan.modelVersie);

  const leden = await q
    .select({ memberId: scanMembers.id, rol: scanMembers.rol, functie: scanMembers.functie, ingediendAt: scanMembers.ingediendAt })
    .from(scanMembers)
    .where(and(eq(scanMembers.scanId, scanId), isNotNull(scanMembers.rol)))
    .orderBy(asc(scanMembers.createdAt), asc(scanMembers.id));
  const rows = await q
    .select(ANTWOORD_VELDEN)
    .from(antwoorden)
    .innerJoin(scanMembers, lidVanScan(scanId))
    .where(ingediendInScan(scanId))
    .orderBy(asc(scanMembers.createdAt), asc(scanMembers.id), asc(antwoorden.vraagId));
  const consensusRows = await q.select().from(workshopResultaten).where(eq(workshopResultaten.scanId, scanId));
  const tekstRows = await q
    .select({ sleutel: rapportTeksten.sleutel, tekst: rapportTeksten.tekst })
    .from(rapportTeksten)
    .where(eq(rapportTeksten.scanId, scanId));
  const hps = await q
    .select({
      ...HP_VELDEN,
      stemmen: count(hpStemmen.userId),
    })
    .from(handelingsperspectieven)
    .leftJoin(hpStemmen, eq(hpStemmen.hpId, handelingsperspectieven.id))
    .where(eq(handelingsperspectieven.scanId, scanId))
    .groupBy(handelingsperspectieven.id)
    .orderBy(asc(handelingsperspectieven.createdAt), asc(handelingsperspectieven.id));
  const feedback = await q
    .select({
      sectieId: rapportFeedback.sectieId,
      tekst: rapportFeedback.tekst,
      status: rapportFeedback.status,
      antwoord: rapportFeedback.antwoord,
    })
    .from(rapportFeedback)
    .where(eq(rapportFeedback.scanId, scanId))
    .orderBy(asc(rapportFeedback.createdAt), asc(rapportFeedback.id));
  const vorige = await loadVorigeScan(q, scanId);
  const rondes = await gesloteRondes(q, scanId);
  const benchmark = await loadBenchmark(q, scan.scan.modelVersie);

  const answers = rows.map(alsAnswer);
  const consensus = consensusPerDimensie(consensusRows);
  const s = scan.scan;
  return {
    ...opts,
    gemeente: scan.gemeente,
    model,
    answers,
    leden: leden.map((l) => ({ memberId: l.memberId, rol: l.rol, functie: l.functie, ingediend: l.ingediendAt !== null })),
    consensus,
    teksten: Object.fromEntries(tekstRows.map((t) => [t.sleutel, t.tekst])),
    datums: {
      aangemeld: s.createdAt,
      analysetoolStart: s.analysetoolStartedAt,
      analysetoolGesloten: s.analysetoolClosedAt,
      workshop: s.workshopAt ?? s.workshopHeldAt,
      overleg: s.overlegAt,
    },
    handelingsperspectieven: hps.map((h) => ({ ...h, stemmen: Number(h.stemmen) })),
    feedback,
    vorige,
    rondes,
    benchmark: { cijfers: benchmark, riec: scan.riec },
  };
}
