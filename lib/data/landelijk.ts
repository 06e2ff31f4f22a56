import "server-only";
import { and, count, eq, isNotNull, sql } from "drizzle-orm";
import { getDb, type Queryable } from "@/db/client";
import { emailOutbox, gemeenten, handelingsperspectieven, scanMembers, scans, type TScanState } from "@/db/schema";
import { CURRENT_MODEL_VERSIE, getModel } from "@/lib/analysetool";
import { dimensieNaam } from "@/lib/analysetool/labels";
import { deadlineVan } from "@/lib/antwoorden/deadline";
import type { TLandelijk } from "@/lib/benchmark/landelijke-tabellen";
import { kwantiel } from "@/lib/benchmark/statistiek";
import { RIEC_REGIOS } from "@/lib/scan/regios";
import { loadBenchmark } from "./benchmark";

const DAY = 86_400_000;

function looptijd(naam: string, paren: readonly (readonly [Date | null, Date | null])[]) {
  const xs = paren.flatMap(([van, tot]) => (van && tot ? [(tot.getTime() - van.getTime()) / DAY] : [])).sort((a, b) => a - b);
  return { naam, n: xs.length, mediaan: xs.length ? kwantiel(xs, 0.5) : null, p90: xs.length ? kwantiel(xs, 0.9) : null };
}

/**
 * The programme team's national picture: admin only (the caller checks). Counts of scans and
 * members; nothing per gemeente leaves this function except through the benchmark edition.
 */
export async function loadLandelijk(q: Queryable, now = new Date()): Promise<TLandelijk> {
  const model = getModel(CURRENT_MODEL_VERSIE);
  const [perStap, afgerond, leden, herinneringen, top3, benchmark] = await Promise.all([
    q
      .select({ riec: gemeenten.riec, stap: scans.stap, n: count() })
      .from(scans)
      .innerJoin(gemeenten, eq(gemeenten.id, scans.gemeenteId))
      .groupBy(gemeenten.riec, scans.stap),
    q
      .select({
        aangemeld: scans.createdAt,
        workshop: sql<Date | null>`coalesce(${scans.workshopHeldAt}, ${scans.workshopAt})`.mapWith(scans.workshopAt),
        afgerond: scans.afgerondAt,
      })
      .from(scans)
      .where(and(eq(scans.stap, "afgerond"), isNotNull(scans.afgerondAt))),
    q
      .select({ ingediendAt: scanMembers.ingediendAt, workshopAt: scans.workshopAt, deadlineAt: scans.deadlineAt })
      .from(scanMembers)
      .innerJoin(scans, eq(scans.id, scanMembers.scanId))
      .where(and(isNotNull(scanMembers.rol), isNotNull(scans.analysetoolStartedAt))),
    q
      .select({ n: count() })
      .from(emailOutbox)
      .where(and(eq(emailOutbox.kind, "herinnering"), eq(emailOutbox.status, "sent"))),
    q
      .select({ dimensieId: handelingsperspectieven.dimensieId, n: count() })
      .from(handelingsperspectieven)
      .innerJoin(scans, eq(scans.id, handelingsperspectieven.scanId))
      .where(and(isNotNull(handelingsperspectieven.rang), eq(scans.stap, "afgerond")))
      .groupBy(handelingsperspectieven.dimensieId),
    loadBenchmark(q, CURRENT_MODEL_VERSIE),
  ]);
  const regios = [...RIEC_REGIOS, null];
  // The deadline is an Amsterdam wall-clock computation: once per scan, not once per member.
  const deadlines = new Map<string, Date | null>();
  const deadline = (l: (typeof leden)[number]) => {
    const key = `${l.workshopAt?.getTime()}/${l.deadlineAt?.getTime()}`;
    if (!deadlines.has(key)) deadlines.set(key, deadlineVan(l));
    return deadlines.get(key)!;
  };
  const voorbij = leden.filter((l) => {
    const d = deadline(l);
    return d !== null && d.getTime() < now.getTime();
  });
  return {
    perRiec: regios
      .map((riec) => ({
        riec,
        perStap: Object.fromEntries(perStap.filter((r) => r.riec === riec).map((r) => [r.stap, Number(r.n)])) as Partial<Record<TScanState, number>>,
      }))
      .filter((r) => r.riec !== null || Object.keys(r.perStap).length > 0),
    doorlooptijden: [
      looptijd(
        "Aanmelding tot workshop",
        afgerond.map((s) => [s.aangemeld, s.workshop] as const),
      ),
      looptijd(
        "Workshop tot definitief eindrapport",
        afgerond.map((s) => [s.workshop, s.afgerond] as const),
      ),
      looptijd(
        "Aanmelding tot definitief eindrapport",
        afgerond.map((s) => [s.aangemeld, s.afgerond] as const),
      ),
    ],
    respons: {
      deelnemers: voorbij.length,
      opTijd: voorbij.filter((l) => l.ingediendAt && l.ingediendAt.getTime() <= deadline(l)!.getTime()).length,
    },
    herinneringen: { verstuurd: Number(herinneringen[0]?.n ?? 0), inzendingen: leden.filter((l) => l.ingediendAt).length },
    top3Dimensies: top3
      .map((t) => ({ naam: dimensieNaam(model, t.dimensieId), aantal: Number(t.n) }))
      .sort((a, b) => b.aantal - a.aantal || a.naam.localeCompare(b.naam, "nl")),
    benchmark,
  };
}

export async function loadLandelijkVoorBeheer(now = new Date()): Promise<TLandelijk> {
  return loadLandelijk(await getDb(), now);
}
