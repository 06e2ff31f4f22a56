import "server-only";
import { and, asc, eq, inArray, isNotNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { antwoorden, scanMembers, scans, type TRol, users } from "@/db/schema";
import type { TModel } from "@/lib/analysetool";
import { type TAntwoordRij, voortgang } from "@/lib/antwoorden/voortgang";
import { ANTWOORD_INHOUD } from "./ingediende-antwoorden";

/**
 * Reads for the analysetool pages. Every function takes the scan id and is called only after
 * the page's access check; member ids always come with their scan id in the WHERE clause.
 */

export type TToolScan = {
  stap: (typeof scans.$inferSelect)["stap"];
  workshopAt: Date | null;
  deadlineAt: Date | null;
  analysetoolStartedAt: Date | null;
};

export async function getToolScan(scanId: string): Promise<TToolScan | null> {
  const db = await getDb();
  const [row] = await db
    .select({
      stap: scans.stap,
      workshopAt: scans.workshopAt,
      deadlineAt: scans.deadlineAt,
      analysetoolStartedAt: scans.analysetoolStartedAt,
    })
    .from(scans)
    .where(eq(scans.id, scanId));
  return row ?? null;
}

export type TToolMember = { id: string; rol: TRol | null; functie: string | null; naam: string; ingediendAt: Date | null };

/** One member of the scan with their own answers; null when the member is not in this scan. */
export async function getMemberAnswers(scanId: string, memberId: string): Promise<{ member: TToolMember; rows: TAntwoordRij[] } | null> {
  const db = await getDb();
  const [member] = await db
    .select({
      id: scanMembers.id,
      rol: scanMembers.rol,
      functie: scanMembers.functie,
      naam: users.name,
      email: users.email,
      ingediendAt: scanMembers.ingediendAt,
    })
    .from(scanMembers)
    .innerJoin(users, eq(users.id, scanMembers.userId))
    .where(and(eq(scanMembers.scanId, scanId), eq(scanMembers.id, memberId)));
  if (!member) return null;
  const rows = await db
    .select(ANTWOORD_INHOUD)
    .from(antwoorden)
    .where(and(eq(antwoorden.scanId, scanId), eq(antwoorden.memberId, memberId)));
  return {
    member: { id: member.id, rol: member.rol, functie: member.functie, naam: member.naam ?? member.email, ingediendAt: member.ingediendAt },
    rows,
  };
}

export type TVoortgangRij = {
  memberId: string;
  naam: string;
  rol: TRol;
  functie: string | null;
  ingediendAt: Date | null;
  beantwoord: number;
  totaal: number;
};

/** Progress per deelnemer: counts only, never the answers themselves (for the procesregisseur). */
export async function listVoortgang(scanId: string, model: TModel): Promise<TVoortgangRij[]> {
  const db = await getDb();
  const members = await db
    .select({
      id: scanMembers.id,
      naam: users.name,
      email: users.email,
      rol: scanMembers.rol,
      functie: scanMembers.functie,
      ingediendAt: scanMembers.ingediendAt,
    })
    .from(scanMembers)
    .innerJoin(users, eq(users.id, scanMembers.userId))
    .where(and(eq(scanMembers.scanId, scanId), isNotNull(scanMembers.rol)))
    .orderBy(asc(users.name));
  const memberIds = members.map((m) => m.id);
  const rows = members.length
    ? await db
        .select({
          memberId: antwoorden.memberId,
          vraagId: antwoorden.vraagId,
          niveau: antwoorden.niveau,
          geenOordeel: antwoorden.geenOordeel,
          tekst: antwoorden.tekst,
        })
        .from(antwoorden)
        .where(and(eq(antwoorden.scanId, scanId), inArray(antwoorden.memberId, memberIds)))
    : [];
  return members.map((m) => {
    const eigen = rows.filter((r) => r.memberId === m.id);
    const v = voortgang(model, eigen);
    return {
      memberId: m.id,
      naam: m.naam ?? m.email,
      rol: m.rol!,
      functie: m.functie,
      ingediendAt: m.ingediendAt,
      beantwoord: v.beantwoord,
      totaal: v.totaal,
    };
  });
}

export type TExportDeelnemer = {
  memberId: string;
  /** 1, 2, …: stable per scan (order of joining), so an export names nobody. */
  nummer: number;
  rol: TRol;
  ingediendAt: Date;
  rows: (TAntwoordRij & { updatedAt: Date })[];
};

/** Submitted tools only, numbered by the order in which the deelnemers were added to the scan. */
export async function listIngediendeAntwoorden(scanId: string): Promise<TExportDeelnemer[]> {
  const db = await getDb();
  const all = await db
    .select({ id: scanMembers.id, rol: scanMembers.rol, ingediendAt: scanMembers.ingediendAt })
    .from(scanMembers)
    .where(and(eq(scanMembers.scanId, scanId), isNotNull(scanMembers.rol)))
    .orderBy(asc(scanMembers.createdAt), asc(scanMembers.id));
  const members = all.map((m, i) => ({ ...m, nummer: i + 1 })).filter((m) => m.ingediendAt !== null);
  if (members.length === 0) return [];
  const memberIds = members.map((m) => m.id);
  const rows = await db
    .select({ ...ANTWOORD_INHOUD, memberId: antwoorden.memberId, updatedAt: antwoorden.updatedAt })
    .from(antwoorden)
    .where(and(eq(antwoorden.scanId, scanId), inArray(antwoorden.memberId, memberIds)));
  return members.map((m) => ({
    memberId: m.id,
    nummer: m.nummer,
    rol: m.rol!,
    ingediendAt: m.ingediendAt!,
    rows: rows.filter((r) => r.memberId === m.id),
  }));
}
