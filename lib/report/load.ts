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
  type TRol,
} from "@/db/schema";
import { getModel, type TAnswer, type TDimensieId, type TGeenOordeel, type TNiveau } from "@/lib/analysetool";
import type { TConsensusInput, TReportInput } from "./build";
import type { TRapportSoort } from "./types";

/**
 * Everything `buildReportModel` needs for one scan, read through the caller's transaction
 * (publishing locks the scan and reads inside it; PGlite has one connection, so a read
 * outside the open transaction would wait for it forever). Names are never selected: the
 * report must not contain them, so the loader cannot hand them over.
 */
export async function loadReportInput(
  q: Queryable,
  scanId: string,
  opts: { soort: TRapportSoort; versie: number; datum: Date },
): Promise<TReportInput> {
  const [scan] = await q
    .select({ scan: scans, gemeente: gemeenten.naam })
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
    .select({
      memberId: antwoorden.memberId,
      rol: scanMembers.rol,
      vraagId: antwoorden.vraagId,
      niveau: antwoorden.niveau,
      geenOordeel: antwoorden.geenOordeel,
      toelichting: antwoorden.toelichting,
      tekst: antwoorden.tekst,
    })
    .from(antwoorden)
    .innerJoin(scanMembers, and(eq(scanMembers.id, antwoorden.memberId), eq(scanMembers.scanId, scanId)))
    .where(and(eq(antwoorden.scanId, scanId), isNotNull(scanMembers.ingediendAt), isNotNull(scanMembers.rol)))
    .orderBy(asc(scanMembers.createdAt), asc(scanMembers.id), asc(antwoorden.vraagId));
  const consensusRows = await q.select().from(workshopResultaten).where(eq(workshopResultaten.scanId, scanId));
  const tekstRows = await q.select({ sleutel: rapportTeksten.sleutel, tekst: rapportTeksten.tekst }).from(rapportTeksten).where(eq(rapportTeksten.scanId, scanId));
  const hps = await q
    .select({
      titel: handelingsperspectieven.titel,
      omschrijving: handelingsperspectieven.omschrijving,
      dimensieId: handelingsperspectieven.dimensieId,
      rang: handelingsperspectieven.rang,
      eigenaar: handelingsperspectieven.eigenaar,
      termijn: handelingsperspectieven.termijn,
      eersteStap: handelingsperspectieven.eersteStap,
      doelNiveau: handelingsperspectieven.doelNiveau,
      partners: handelingsperspectieven.partners,
      middelen: handelingsperspectieven.middelen,
      indicator: handelingsperspectieven.indicator,
      stemmen: count(hpStemmen.userId),
    })
    .from(handelingsperspectieven)
    .leftJoin(hpStemmen, eq(hpStemmen.hpId, handelingsperspectieven.id))
    .where(eq(handelingsperspectieven.scanId, scanId))
    .groupBy(handelingsperspectieven.id)
    .orderBy(asc(handelingsperspectieven.createdAt), asc(handelingsperspectieven.id));
  const feedback = await q
    .select({ sectieId: rapportFeedback.sectieId, tekst: rapportFeedback.tekst, status: rapportFeedback.status, antwoord: rapportFeedback.antwoord })
    .from(rapportFeedback)
    .where(eq(rapportFeedback.scanId, scanId))
    .orderBy(asc(rapportFeedback.createdAt), asc(rapportFeedback.id));

  const answers: TAnswer[] = rows.map((r) => ({
    memberId: r.memberId,
    rol: r.rol as TRol,
    vraagId: r.vraagId,
    niveau: (r.niveau as TNiveau | null) ?? null,
    geenOordeel: (r.geenOordeel as TGeenOordeel | null) ?? null,
    toelichting: r.toelichting,
    tekst: r.tekst,
  }));
  const consensus: Partial<Record<TDimensieId, TConsensusInput>> = {};
  for (const c of consensusRows) {
    consensus[c.dimensieId as TDimensieId] = {
      niveau: c.niveau === null ? null : Number(c.niveau),
      motivering: c.motivering,
      observaties: c.observaties,
      verbeterpunten: c.verbeterpunten,
    };
  }
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
  };
}
