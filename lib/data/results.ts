import "server-only";
import { and, eq, isNotNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { antwoorden, scanMembers, users, workshopResultaten, type TRol } from "@/db/schema";
import {
  berekenScan,
  geldigheidsWaarschuwingen,
  getModel,
  workshopAgenda,
  type TAnswer,
  type TDimensieId,
  type TGeenOordeel,
  type TNiveau,
} from "@/lib/analysetool";

export type TToelichtingMetNaam = { naam: string; rol: TRol; niveau: number | null; geenOordeel: string | null; tekst: string };
export type TConsensus = {
  niveau: number | null;
  motivering: string | null;
  observaties: string | null;
  verbeterpunten: string | null;
};

/**
 * Everything the results and workshop pages show, computed from the submitted tools only.
 * Call only after `requireScanPage(scanId, "scan.begeleid")`: names are in here.
 */
export async function loadScanResults(scanId: string, modelVersie: string) {
  const db = await getDb();
  const model = getModel(modelVersie);
  const [rows, deelnemers, consensusRows] = await Promise.all([
    db
      .select({
        memberId: antwoorden.memberId,
        rol: scanMembers.rol,
        vraagId: antwoorden.vraagId,
        niveau: antwoorden.niveau,
        geenOordeel: antwoorden.geenOordeel,
        toelichting: antwoorden.toelichting,
        tekst: antwoorden.tekst,
        naam: users.name,
      })
      .from(antwoorden)
      .innerJoin(scanMembers, and(eq(scanMembers.id, antwoorden.memberId), eq(scanMembers.scanId, scanId)))
      .innerJoin(users, eq(users.id, scanMembers.userId))
      .where(and(eq(antwoorden.scanId, scanId), isNotNull(scanMembers.ingediendAt), isNotNull(scanMembers.rol))),
    db
      .select({ id: scanMembers.id, rol: scanMembers.rol, ingediendAt: scanMembers.ingediendAt })
      .from(scanMembers)
      .where(and(eq(scanMembers.scanId, scanId), isNotNull(scanMembers.rol))),
    db.select().from(workshopResultaten).where(eq(workshopResultaten.scanId, scanId)),
  ]);

  const answers: TAnswer[] = rows.map((r) => ({
    memberId: r.memberId,
    rol: r.rol as TRol,
    vraagId: r.vraagId,
    niveau: (r.niveau as TNiveau | null) ?? null,
    geenOordeel: (r.geenOordeel as TGeenOordeel | null) ?? null,
    toelichting: r.toelichting,
    tekst: r.tekst,
  }));
  const resultaat = berekenScan(model, answers);
  const agenda = workshopAgenda(resultaat, model);

  const toelichtingen = new Map<string, TToelichtingMetNaam[]>();
  for (const r of rows) {
    if (!r.toelichting) continue;
    const list = toelichtingen.get(r.vraagId) ?? [];
    list.push({ naam: r.naam ?? "Onbekend", rol: r.rol as TRol, niveau: r.niveau, geenOordeel: r.geenOordeel, tekst: r.toelichting });
    toelichtingen.set(r.vraagId, list);
  }

  const consensus: Partial<Record<TDimensieId, TConsensus>> = {};
  for (const c of consensusRows) {
    consensus[c.dimensieId as TDimensieId] = {
      niveau: c.niveau === null ? null : Number(c.niveau),
      motivering: c.motivering,
      observaties: c.observaties,
      verbeterpunten: c.verbeterpunten,
    };
  }

  const ingediend = deelnemers.filter((d) => d.ingediendAt);
  return {
    model,
    resultaat,
    agenda,
    toelichtingen,
    consensus,
    respons: { ingediend: ingediend.length, totaal: deelnemers.length },
    waarschuwingen: geldigheidsWaarschuwingen(ingediend.map((d) => ({ memberId: d.id, rol: d.rol as TRol }))),
  };
}

export type TScanResults = Awaited<ReturnType<typeof loadScanResults>>;
