import "server-only";
import { and, asc, count, desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { rapporten, rapportFeedback, rapportTeksten, scans, users } from "@/db/schema";
import type { TRapportModel } from "@/lib/rapport/types";

/**
 * Reads for the report pages. Every query carries the scan id; call only after the page or
 * route handler has passed the access module for that scan.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type TRapportVersie = { id: string; soort: "concept" | "definitief"; versie: number; createdAt: Date; sha256: string };

export async function listRapporten(scanId: string): Promise<TRapportVersie[]> {
  const db = await getDb();
  return db
    .select({
      id: rapporten.id,
      soort: rapporten.soort,
      versie: rapporten.versie,
      createdAt: rapporten.createdAt,
      sha256: rapporten.sha256,
    })
    .from(rapporten)
    .where(eq(rapporten.scanId, scanId))
    .orderBy(desc(rapporten.createdAt), desc(rapporten.versie));
}

/** The version people should read now: the definitief once it exists, else the newest concept. */
export function huidigeVersie(versies: readonly TRapportVersie[]): TRapportVersie | null {
  return versies.find((v) => v.soort === "definitief") ?? versies.filter((v) => v.soort === "concept").sort((a, b) => b.versie - a.versie)[0] ?? null;
}

export async function getRapportSnapshot(scanId: string, rapportId: string): Promise<TRapportModel | null> {
  if (!UUID.test(rapportId)) return null;
  const db = await getDb();
  const [row] = await db
    .select({ snapshot: rapporten.snapshot })
    .from(rapporten)
    .where(and(eq(rapporten.id, rapportId), eq(rapporten.scanId, scanId)));
  return row ? (row.snapshot as TRapportModel) : null;
}

export async function getRapportPdf(scanId: string, rapportId: string) {
  if (!UUID.test(rapportId)) return null;
  const db = await getDb();
  const [row] = await db
    .select({ pdf: rapporten.pdf, soort: rapporten.soort, versie: rapporten.versie })
    .from(rapporten)
    .where(and(eq(rapporten.id, rapportId), eq(rapporten.scanId, scanId)));
  return row ?? null;
}

export async function getRapportTeksten(scanId: string): Promise<Record<string, string>> {
  const db = await getDb();
  const rows = await db.select({ sleutel: rapportTeksten.sleutel, tekst: rapportTeksten.tekst }).from(rapportTeksten).where(eq(rapportTeksten.scanId, scanId));
  return Object.fromEntries(rows.map((r) => [r.sleutel, r.tekst]));
}

export type TReactie = {
  id: string;
  rapportId: string;
  versie: number;
  sectieId: string;
  tekst: string;
  status: "open" | "verwerkt" | "afgewezen";
  antwoord: string | null;
  createdAt: Date;
  naam: string | null;
};

const reactieKolommen = {
  id: rapportFeedback.id,
  rapportId: rapportFeedback.rapportId,
  versie: rapporten.versie,
  sectieId: rapportFeedback.sectieId,
  tekst: rapportFeedback.tekst,
  status: rapportFeedback.status,
  antwoord: rapportFeedback.antwoord,
  createdAt: rapportFeedback.createdAt,
};

/** All reactions of a scan with who gave them: for the begeleiders only. */
export async function listReacties(scanId: string): Promise<TReactie[]> {
  const db = await getDb();
  return db
    .select({ ...reactieKolommen, naam: users.name })
    .from(rapportFeedback)
    .innerJoin(rapporten, and(eq(rapporten.id, rapportFeedback.rapportId), eq(rapporten.scanId, scanId)))
    .innerJoin(users, eq(users.id, rapportFeedback.userId))
    .where(eq(rapportFeedback.scanId, scanId))
    .orderBy(asc(rapportFeedback.createdAt), asc(rapportFeedback.id));
}

/** The reactions a person gave, with the answers to them. */
export async function listEigenReacties(scanId: string, userId: string): Promise<TReactie[]> {
  const db = await getDb();
  const rows = await db
    .select(reactieKolommen)
    .from(rapportFeedback)
    .innerJoin(rapporten, and(eq(rapporten.id, rapportFeedback.rapportId), eq(rapporten.scanId, scanId)))
    .where(and(eq(rapportFeedback.scanId, scanId), eq(rapportFeedback.userId, userId)))
    .orderBy(asc(rapportFeedback.createdAt), asc(rapportFeedback.id));
  return rows.map((r) => ({ ...r, naam: null }));
}

export async function countOpenReacties(scanId: string): Promise<number> {
  const db = await getDb();
  const [row] = await db
    .select({ n: count() })
    .from(rapportFeedback)
    .where(and(eq(rapportFeedback.scanId, scanId), eq(rapportFeedback.status, "open")));
  return Number(row?.n ?? 0);
}

export async function getOverleg(scanId: string) {
  const db = await getDb();
  const [row] = await db
    .select({ at: scans.overlegAt, duur: scans.overlegDuurMinuten, link: scans.overlegLink, afgerondAt: scans.afgerondAt })
    .from(scans)
    .where(eq(scans.id, scanId));
  return row ?? { at: null, duur: null, link: null, afgerondAt: null };
}

/** Open reactions per section of the scan's concept (issue 19.8: shown beside each section). */
export async function openReactiesPerSectie(scanId: string): Promise<Map<string, number>> {
  const db = await getDb();
  const rows = await db
    .select({ sectieId: rapportFeedback.sectieId, n: count() })
    .from(rapportFeedback)
    .where(and(eq(rapportFeedback.scanId, scanId), eq(rapportFeedback.status, "open")))
    .groupBy(rapportFeedback.sectieId);
  return new Map(rows.map((r) => [r.sectieId, Number(r.n)]));
}
