import "server-only";
import { and, asc, count, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { emailOutbox, gemeenten, rapportFeedback, scanBegeleiders, scanMembers, scans, type TOpvolgStatus, type TRol } from "@/db/schema";
import type { TCurrentUser } from "@/lib/auth/session";
import { type TDeadline, type TWaarschuwing, volgendeDeadline, waarschuwingen } from "@/lib/dashboard/warnings";
import { opvolgSignaal } from "@/lib/jobs/checkin-schedule";
import { top3Standen } from "@/lib/scan/top3-stand";

export type TDashboardRow = {
  id: string;
  gemeente: string;
  stap: (typeof scans.$inferSelect)["stap"];
  workshopAt: Date | null;
  overlegAt: Date | null;
  volgende: TDeadline | null;
  deelnemers: number;
  ingediend: number;
  waarschuwingen: TWaarschuwing[];
  /** Stap 7: the top 3 with its status, for the follow-up view; empty before. */
  opvolging: TOpvolgRij[];
};

export type TOpvolgRij = { rang: number; titel: string; status: TOpvolgStatus; laatsteUpdate: Date | null; termijn: Date | null };

/**
 * The begeleider's (or admin's) scans with everything the dashboard shows, in four queries
 * whatever the number of scans: the scans, member aggregates, failed mail and open feedback,
 * each grouped per scan. No query per row, so the whole country renders fast.
 */
export async function loadDashboard(user: TCurrentUser, now = new Date()): Promise<TDashboardRow[]> {
  if (user.role !== "admin" && user.role !== "begeleider") return [];
  const db = await getDb();
  const columns = {
    id: scans.id,
    gemeente: gemeenten.naam,
    stap: scans.stap,
    workshopAt: scans.workshopAt,
    deadlineAt: scans.deadlineAt,
    overlegAt: scans.overlegAt,
    aangemeldOp: scans.createdAt,
    afgerondAt: scans.afgerondAt,
  };
  const base = db.select(columns).from(scans).innerJoin(gemeenten, eq(gemeenten.id, scans.gemeenteId));
  const rows =
    user.role === "admin"
      ? await base.orderBy(asc(gemeenten.naam))
      : await base.innerJoin(scanBegeleiders, and(eq(scanBegeleiders.scanId, scans.id), eq(scanBegeleiders.userId, user.id))).orderBy(asc(gemeenten.naam));
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);

  const [members, failed, feedback] = await Promise.all([
    db
      .select({
        scanId: scanMembers.scanId,
        deelnemers: count(scanMembers.rol),
        ingediend: count(scanMembers.ingediendAt),
        rollen: sql<string[]>`coalesce(array_agg(distinct ${scanMembers.rol}) filter (where ${scanMembers.rol} is not null), '{}')`,
      })
      .from(scanMembers)
      .where(inArray(scanMembers.scanId, ids))
      .groupBy(scanMembers.scanId),
    db
      .select({ scanId: emailOutbox.scanId, n: count() })
      .from(emailOutbox)
      .where(and(inArray(emailOutbox.scanId, ids), eq(emailOutbox.status, "failed")))
      .groupBy(emailOutbox.scanId),
    db
      .select({ scanId: rapportFeedback.scanId, n: count() })
      .from(rapportFeedback)
      .where(and(inArray(rapportFeedback.scanId, ids), eq(rapportFeedback.status, "open")))
      .groupBy(rapportFeedback.scanId),
  ]);
  const opvolgingBy = await loadOpvolging(
    db,
    rows.filter((r) => r.stap === "afgerond").map((r) => r.id),
  );
  const memberBy = new Map(members.map((m) => [m.scanId, m]));
  const failedBy = new Map(failed.map((f) => [f.scanId, Number(f.n)]));
  const feedbackBy = new Map(feedback.map((f) => [f.scanId, Number(f.n)]));

  return rows.map((r) => {
    const m = memberBy.get(r.id);
    const input = {
      stap: r.stap,
      workshopAt: r.workshopAt,
      deadlineAt: r.deadlineAt,
      overlegAt: r.overlegAt,
      rollen: new Set(parseArray(m?.rollen) as TRol[]),
      deelnemers: Number(m?.deelnemers ?? 0),
      ingediend: Number(m?.ingediend ?? 0),
      mislukteMails: failedBy.get(r.id) ?? 0,
      openFeedback: feedbackBy.get(r.id) ?? 0,
      aangemeldOp: r.aangemeldOp,
      opvolging: r.stap === "afgerond" ? opvolgSignaal(r.afgerondAt, opvolgingBy.get(r.id) ?? [], now) : undefined,
    };
    return {
      id: r.id,
      gemeente: r.gemeente,
      stap: r.stap,
      workshopAt: r.workshopAt,
      overlegAt: r.overlegAt,
      volgende: volgendeDeadline(input, now),
      deelnemers: input.deelnemers,
      ingediend: input.ingediend,
      waarschuwingen: waarschuwingen(input, now),
      opvolging: opvolgingBy.get(r.id) ?? [],
    };
  });
}

/** The top 3 of finished scans with where each item stands, per scan. */
async function loadOpvolging(db: Awaited<ReturnType<typeof getDb>>, ids: string[]): Promise<Map<string, TOpvolgRij[]>> {
  const out = new Map<string, TOpvolgRij[]>();
  for (const p of await top3Standen(db, ids)) {
    const rij = { rang: p.rang, titel: p.titel, status: p.status, laatsteUpdate: p.laatsteUpdate, termijn: p.termijn };
    out.set(p.scanId, [...(out.get(p.scanId) ?? []), rij]);
  }
  return out;
}

/** postgres.js returns text[] as an array; PGlite may too, but a '{a,b}' literal is handled as well. */
function parseArray(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string");
  if (typeof value === "string")
    return value
      .replace(/^\{|\}$/g, "")
      .split(",")
      .filter(Boolean);
  return [];
}
