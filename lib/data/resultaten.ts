import "server-only";
import { and, eq, isNotNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { antwoorden, scanMembers, type TRol, users, workshopResultaten } from "@/db/schema";
import { berekenScan, geldigheidsWaarschuwingen, getModel, type TDimensieId, workshopAgenda } from "@/lib/analysetool";
import { ANTWOORD_VELDEN, alsAnswer, ingediendInScan, lidVanScan } from "./ingediende-antwoorden";

export type TToelichtingMetNaam = { naam: string; rol: TRol; niveau: number | null; geenOordeel: string | null; tekst: string };
export type TConsensus = {
  niveau: number | null;
  motivering: string | null;
  observaties: string | null;
  verbeterpunten: string | null;
};

/** The agreed level and notes per dimension, from the workshop_resultaten rows of a scan. */
export function consensusPerDimensie(rows: (typeof workshopResultaten.$inferSelect)[]): Partial<Record<TDimensieId, TConsensus>> {
  const out: Partial<Record<TDimensieId, TConsensus>> = {};
  for (const c of rows) {
    out[c.dimensieId as TDimensieId] = {
      niveau: c.niveau === null ? null : Number(c.niveau),
      motivering: c.motivering,
      observaties: c.observaties,
      verbeterpunten: c.verbeterpunten,
    };
  }
  return out;
}

/**
 * Everything the results and workshop pages show, computed from the submitted tools only.
 * Call only after `requireScanPage(scanId, "scan.begeleid")`: names are in here.
 */
export async function loadScanResultaten(scanId: string, modelVersie: string) {
  const db = await getDb();
  const model = getModel(modelVersie);
  const [rows, deelnemers, consensusRows] = await Promise.all([
    db
      .select({ ...ANTWOORD_VELDEN, naam: users.name })
      .from(antwoorden)
      .innerJoin(scanMembers, lidVanScan(scanId))
      .innerJoin(users, eq(users.id, scanMembers.userId))
      .where(ingediendInScan(scanId)),
    db
      .select({ id: scanMembers.id, rol: scanMembers.rol, ingediendAt: scanMembers.ingediendAt })
      .from(scanMembers)
      .where(and(eq(scanMembers.scanId, scanId), isNotNull(scanMembers.rol))),
    db.select().from(workshopResultaten).where(eq(workshopResultaten.scanId, scanId)),
  ]);

  const answers = rows.map(alsAnswer);
  const resultaat = berekenScan(model, answers);
  const agenda = workshopAgenda(resultaat, model);

  const toelichtingen = new Map<string, TToelichtingMetNaam[]>();
  for (const r of rows) {
    if (!r.toelichting) continue;
    const list = toelichtingen.get(r.vraagId) ?? [];
    list.push({ naam: r.naam ?? "Onbekend", rol: r.rol as TRol, niveau: r.niveau, geenOordeel: r.geenOordeel, tekst: r.toelichting });
    toelichtingen.set(r.vraagId, list);
  }

  const consensus = consensusPerDimensie(consensusRows);

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

export type TScanResultaten = Awaited<ReturnType<typeof loadScanResultaten>>;
