import "server-only";
import { and, eq, max } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { rapporten } from "@/db/schema";
import { renderRapportPdf } from "@/lib/pdf/render";
import { buildReportModel } from "./build";
import { sha256Hex, snapshotSha256 } from "./hash";
import { loadReportInput } from "./load";
import type { TRapportSoort, TReportModel } from "./types";

export type TGepubliceerd = { id: string; versie: number; model: TReportModel; sha256: string };

/**
 * Makes the next version of a report inside the caller's transaction (which has locked the
 * scan row): build the model from the current data, render it, and store model, PDF and the
 * PDF's sha256. Rows are only ever inserted; the unique (scan, soort, versie) index turns a
 * race into an error instead of a second version 1. The definitief prints the sha256 of its
 * snapshot, so anyone can check the stored snapshot against the paper.
 */
export async function publiceerRapport(
  tx: Queryable,
  opts: { scanId: string; soort: TRapportSoort; userId: string; datum: Date },
): Promise<TGepubliceerd> {
  const [laatste] = await tx
    .select({ versie: max(rapporten.versie) })
    .from(rapporten)
    .where(and(eq(rapporten.scanId, opts.scanId), eq(rapporten.soort, opts.soort)));
  const versie = (laatste?.versie ?? 0) + 1;
  const model = buildReportModel(await loadReportInput(tx, opts.scanId, { soort: opts.soort, versie, datum: opts.datum }));
  const pdf = await renderRapportPdf(model, { kenmerk: opts.soort === "definitief" ? snapshotSha256(model) : null });
  const sha256 = sha256Hex(pdf);
  const [row] = await tx
    .insert(rapporten)
    .values({ scanId: opts.scanId, soort: opts.soort, versie, snapshot: model, pdf: new Uint8Array(pdf), sha256, createdBy: opts.userId, createdAt: opts.datum })
    .returning({ id: rapporten.id });
  return { id: row!.id, versie, model, sha256 };
}
