import { and, eq, isNotNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { antwoorden, scanMembers, scans } from "@/db/schema";
import { allQuestionIds, findQuestion, getModel } from "@/lib/analysetool";

/**
 * Fills in and submits the analysetool for every deelnemer of a scan, deterministically:
 * member i answers question j with level ((i + j) % spread) + base, so tests and benchmarks
 * get varied answers with some disagreement. Returns the number of answers written.
 */
export async function fillAnswers(db: Db, scanId: string, opts: { spread?: number; base?: number; submit?: boolean; at?: Date } = {}) {
  const [scan] = await db.select().from(scans).where(eq(scans.id, scanId));
  if (!scan) throw new Error("Onbekende scan");
  const model = getModel(scan.modelVersie);
  const members = await db
    .select({ id: scanMembers.id })
    .from(scanMembers)
    .where(and(eq(scanMembers.scanId, scanId), isNotNull(scanMembers.rol)))
    .orderBy(scanMembers.createdAt, scanMembers.id);
  const ids = allQuestionIds(model);
  const spread = opts.spread ?? 3;
  const base = opts.base ?? 2;
  const rows = members.flatMap((m, i) =>
    ids.map((vraagId, j) => {
      const kind = findQuestion(model, vraagId)!.kind;
      const niveau = Math.min(5, ((i + j) % spread) + base);
      return {
        scanId,
        memberId: m.id,
        vraagId,
        modelVersie: scan.modelVersie,
        niveau: kind === "open" ? null : niveau,
        geenOordeel: null,
        tekst: kind === "open" ? `Antwoord ${i + 1} op ${vraagId}` : null,
        toelichting: kind === "vraag" && j % 7 === 0 ? `Toelichting van deelnemer ${i + 1}` : null,
        updatedAt: opts.at ?? new Date(),
      };
    }),
  );
  for (let k = 0; k < rows.length; k += 500) {
    await db
      .insert(antwoorden)
      .values(rows.slice(k, k + 500))
      .onConflictDoNothing();
  }
  if (opts.submit !== false) {
    await db
      .update(scanMembers)
      .set({ ingediendAt: opts.at ?? new Date() })
      .where(and(eq(scanMembers.scanId, scanId), isNotNull(scanMembers.rol)));
  }
  return rows.length;
}
