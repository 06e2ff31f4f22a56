"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import * as z from "zod";
import { getDb } from "@/db/client";
import { defineScanAction } from "@/lib/actions/define-action";
import { allQuestionIds, getModel, modelVersies } from "@/lib/analysetool";
import { slaAntwoordenOp, type TOpTeSlaan } from "@/lib/antwoorden/opslaan";
import { MELDINGEN, normaliseerAntwoord, vingerafdruk } from "@/lib/antwoorden/validate";
import { paginaVeld } from "@/lib/antwoorden/velden";
import { paginas } from "@/lib/antwoorden/voortgang";
import { UserError } from "@/lib/errors";
import { withMelding } from "@/lib/meldingen";
import { ZUuid } from "@/lib/validation/common";

/**
 * The form fields a page may post: per question of any model version `keuze:<id>`,
 * `toelichting:<id>`, `tekst:<id>` and `was:<id>`. Listed in full because every action
 * schema is strict; which ids this scan may answer is decided later, against its own model.
 */
function paginaSchema() {
  const velden: Record<string, z.ZodOptional<z.ZodString>> = {};
  const ids = new Set(modelVersies().flatMap((v) => allQuestionIds(getModel(v))));
  for (const id of ids) {
    velden[paginaVeld("keuze", id)] = z.string({ error: MELDINGEN.keuze }).max(20, { error: MELDINGEN.keuze }).optional();
    velden[paginaVeld("toelichting", id)] = z.string().max(10_000, { error: MELDINGEN.toelichting }).optional();
    velden[paginaVeld("tekst", id)] = z.string().max(10_000, { error: MELDINGEN.openTekst }).optional();
    velden[paginaVeld("was", id)] = z.string().max(100).optional();
  }
  return z.object({
    scanId: ZUuid,
    pagina: z.string({ error: "Onbekende pagina." }).max(40, { error: "Onbekende pagina." }),
    ...velden,
  });
}

/**
 * "Opslaan en verder": all answers of one page in one post, so the tool also works without
 * JavaScript. Only questions whose values differ from what the page showed are written
 * (see `vingerafdruk`); everything is checked first, and one refusal saves nothing.
 */
export const savePaginaAction = defineScanAction("savePagina", "analysetool.fill", paginaSchema(), async (input, { access }) => {
  const model = getModel(access.scan.modelVersie);
  const lijst = paginas(model);
  const index = lijst.findIndex((p) => p.id === input.pagina);
  const pagina = lijst[index];
  if (!pagina) throw new UserError("Deze pagina hoort niet bij de analysetool van deze scan. Laad de pagina opnieuw.", "_form");
  const velden = input as unknown as Record<string, string | undefined>;

  // A question from another page (or another model version) in this post: refuse the whole post.
  const opDezePagina = new Set(pagina.vraagIds);
  for (const [key, value] of Object.entries(velden)) {
    const id = key.includes(":") ? key.slice(key.indexOf(":") + 1) : null;
    if (id !== null && value !== undefined && !opDezePagina.has(id)) {
      throw new UserError(MELDINGEN.vraagOnbekend, "_form");
    }
  }

  const now = new Date();
  const fieldErrors: Record<string, string> = {};
  const teSchrijven: TOpTeSlaan[] = [];
  for (const vraagId of pagina.vraagIds) {
    const keuze = velden[paginaVeld("keuze", vraagId)] ?? "";
    const toelichting = velden[paginaVeld("toelichting", vraagId)] ?? null;
    const tekst = velden[paginaVeld("tekst", vraagId)] ?? null;
    // No fingerprint (a hand-made post): treat the question as having been empty.
    const was = velden[paginaVeld("was", vraagId)] ?? LEEG;
    if (vingerafdruk({ keuze, toelichting, tekst }) === was) continue;
    try {
      const a = normaliseerAntwoord(model, { vraagId, keuze, toelichting: toelichting ?? undefined, tekst: tekst ?? undefined }, (veld) =>
        paginaVeld(veld === "vraagId" ? "keuze" : veld, vraagId),
      );
      teSchrijven.push({ ...a, gewijzigdOp: now });
    } catch (err) {
      if (!(err instanceof UserError)) throw err;
      fieldErrors[err.field ?? "_form"] = err.message;
    }
  }
  if (Object.keys(fieldErrors).length > 0) {
    return {
      status: "error",
      message: "Er is niets opgeslagen. Pas de antwoorden hieronder aan en probeer het opnieuw.",
      fieldErrors,
      values: echo(velden),
    };
  }

  const db = await getDb();
  await slaAntwoordenOp(db, {
    scanId: access.scan.id,
    memberId: access.member!.id,
    modelVersie: access.scan.modelVersie,
    antwoorden: teSchrijven,
  });
  revalidatePath(`/scans/${access.scan.id}/analysetool`, "layout");
  const volgende = lijst[index + 1];
  redirect(withMelding("analysetool", "opgeslagen", `/scans/${access.scan.id}/analysetool/${volgende ? volgende.id : "overzicht"}`));
});

const LEEG = vingerafdruk({ keuze: "", toelichting: null, tekst: null });

function echo(velden: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(velden)) if (typeof v === "string") out[k] = v.slice(0, 5000);
  return out;
}
