import "server-only";
import { and, eq, max } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { rapporten } from "@/db/schema";
import { UserError } from "@/lib/errors";
import { renderRapportPdf } from "@/lib/pdf/render";
import { buildRapportModel } from "./build";
import { sha256Hex, snapshotSha256 } from "./hash";
import { loadRapportInput } from "./load";
import type { TRapportModel, TRapportSoort } from "./types";

export type TGepubliceerd = { id: string; versie: number; model: TRapportModel; sha256: string };

/** The next version of a report, rendered but not stored yet. */
export type TVoorbereid = {
  scanId: string;
  soort: TRapportSoort;
  versie: number;
  datum: Date;
  model: TRapportModel;
  pdf: Buffer;
  sha256: string;
};

async function volgendeVersie(q: Queryable, scanId: string, soort: TRapportSoort): Promise<number> {
  const [laatste] = await q
    .select({ versie: max(rapporten.versie) })
    .from(rapporten)
    .where(and(eq(rapporten.scanId, scanId), eq(rapporten.soort, soort)));
  return (laatste?.versie ?? 0) + 1;
}

/**
 * Builds and renders the next version outside any transaction. Rendering takes about a
 * second; it used to run while the transaction held the scan's row lock (issue 15.6), so
 * every other action on the scan waited for it.
 */
export async function bereidRapportVoor(q: Queryable, opts: { scanId: string; soort: TRapportSoort; datum: Date }): Promise<TVoorbereid> {
  const versie = await volgendeVersie(q, opts.scanId, opts.soort);
  const model = buildRapportModel(await loadRapportInput(q, opts.scanId, { soort: opts.soort, versie, datum: opts.datum }));
  const pdf = await renderRapportPdf(model, { kenmerk: opts.soort === "definitief" ? snapshotSha256(model) : null });
  return { ...opts, versie, model, pdf, sha256: sha256Hex(pdf) };
}

/**
 * Stores a prepared version inside the caller's transaction, after it locked the scan row
 * and checked its guards — and only when the data is still what the version was made from:
 * the model is built again under the lock and compared by its hash, so a reaction or a vote
 * that arrived during rendering can never be missing from a stored report. Rows are only
 * ever inserted; the unique (scan, soort, versie) index backs the version check. The
 * definitief prints the sha256 of its snapshot, so anyone can check the stored snapshot
 * against the paper.
 */
export async function slaRapportOp(tx: Queryable, v: TVoorbereid, userId: string): Promise<TGepubliceerd> {
  if ((await volgendeVersie(tx, v.scanId, v.soort)) !== v.versie) {
    throw new UserError("Er is intussen een andere versie van het rapport gepubliceerd. Laad de pagina opnieuw.");
  }
  const nu = buildRapportModel(await loadRapportInput(tx, v.scanId, { soort: v.soort, versie: v.versie, datum: v.datum }));
  if (snapshotSha256(nu) !== snapshotSha256(v.model)) {
    throw new UserError("De gegevens van het rapport veranderden terwijl het werd gemaakt. Er is niets opgeslagen; probeer het opnieuw.");
  }
  const [row] = await tx
    .insert(rapporten)
    .values({
      scanId: v.scanId,
      soort: v.soort,
      versie: v.versie,
      snapshot: v.model,
      pdf: new Uint8Array(v.pdf),
      sha256: v.sha256,
      createdBy: userId,
      createdAt: v.datum,
    })
    .returning({ id: rapporten.id });
  return { id: row!.id, versie: v.versie, model: v.model, sha256: v.sha256 };
}
