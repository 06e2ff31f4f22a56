/** The rows of the CSV export of a scan's submitted tools (pure; the route adds BOM and escaping). */
import type { TRol } from "@/db/schema";
import { allQuestionIds, findQuestion, NIVEAU_NAMEN, ROL_LABELS, type TModel, type TNiveau } from "@/lib/analysetool";
import { toAmsterdamLocal } from "@/lib/dates";
import { isTeLaat } from "./deadline";
import type { TAntwoordRij } from "./voortgang";

export const GEEN_OORDEEL_LABELS = { weet_niet: "Weet ik niet", nvt: "Niet van toepassing" } as const;

export const EXPORT_KOLOMMEN = [
  "deelnemer",
  "rol",
  "ingediend_op",
  "te_laat",
  "dimensie",
  "vraag_id",
  "vraag",
  "niveau",
  "niveau_naam",
  "geen_oordeel",
  "toelichting",
  "open_antwoord",
  "gewijzigd_op",
] as const;

type TExportInvoer = {
  nummer: number;
  rol: TRol;
  ingediendAt: Date;
  rows: (TAntwoordRij & { updatedAt: Date })[];
};

const lokaal = (d: Date) => toAmsterdamLocal(d).replace("T", " ");

/**
 * One row per submitted deelnemer × question of the scan's model, in questionnaire order,
 * unanswered questions included (empty cells), so every file has the same shape. Deelnemers
 * appear as "Deelnemer n" with their role: a file travels further than the screen.
 */
export function exportRijen(model: TModel, deelnemers: readonly TExportInvoer[], deadline: Date | null): (string | number | null)[][] {
  const out: (string | number | null)[][] = [[...EXPORT_KOLOMMEN]];
  const ids = allQuestionIds(model);
  for (const d of deelnemers) {
    const perVraag = new Map(d.rows.map((r) => [r.vraagId, r]));
    for (const vraagId of ids) {
      const q = findQuestion(model, vraagId)!;
      const r = perVraag.get(vraagId);
      const niveau = r?.niveau != null && r.niveau >= 1 && r.niveau <= 5 ? r.niveau : null;
      out.push([
        `Deelnemer ${d.nummer}`,
        ROL_LABELS[d.rol],
        lokaal(d.ingediendAt),
        isTeLaat(d.ingediendAt, deadline) ? "ja" : "nee",
        q.kind === "open" ? "Open vragen" : q.dimensie.naam,
        vraagId,
        q.kind === "vraag" ? q.vraag.stelling : q.kind === "ambitie" ? q.tekst : q.openVraag.vraag,
        niveau,
        niveau ? NIVEAU_NAMEN[niveau as TNiveau] : null,
        r?.geenOordeel ? GEEN_OORDEEL_LABELS[r.geenOordeel] : null,
        r?.toelichting ?? null,
        r?.tekst ?? null,
        r ? lokaal(r.updatedAt) : null,
      ]);
    }
  }
  return out;
}
