"use server";

import * as z from "zod";
import { getDb } from "@/db/client";
import { defineScanAction } from "@/lib/actions/define-action";
import { getModel } from "@/lib/analysetool";
import { huidigeAntwoorden, slaAntwoordenOp } from "@/lib/antwoorden/opslaan";
import { keuzeVan, MELDINGEN, normaliseerAntwoord } from "@/lib/antwoorden/validate";
import { ZUuid } from "@/lib/validation/common";

// Generous outer limits: the exact rules (and their Dutch messages) live in normaliseerAntwoord.
const ZAutosave = z.object({
  scanId: ZUuid,
  vraagId: z.string({ error: MELDINGEN.vraagOnbekend }).max(80, { error: MELDINGEN.vraagOnbekend }),
  keuze: z.string({ error: MELDINGEN.keuze }).max(20, { error: MELDINGEN.keuze }).optional(),
  toelichting: z.string({ error: MELDINGEN.toelichting }).max(10_000, { error: MELDINGEN.toelichting }).optional(),
  tekst: z.string({ error: MELDINGEN.openTekst }).max(10_000, { error: MELDINGEN.openTekst }).optional(),
  /** Epoch milliseconds of the change in the browser; never later than the server's clock. */
  gewijzigdOp: z
    .string()
    .regex(/^\d{1,15}$/, { error: "Ongeldig tijdstip." })
    .optional(),
});

/**
 * Autosave of one question, called by the browser as soon as an answer is given. The member
 * is derived from the session and the scan, never taken from the request. Returns the stored
 * answer in `values` when a later change (another tab) was kept instead of this one.
 */
export const saveAntwoordAction = defineScanAction("saveAntwoord", "analysetool.fill", ZAutosave, async (input, { access }) => {
  const antwoord = normaliseerAntwoord(getModel(access.scan.modelVersie), input);
  const now = Date.now();
  const gewijzigdOp = new Date(Math.min(now, Number(input.gewijzigdOp ?? now)));
  const db = await getDb();
  const [resultaat] = await slaAntwoordenOp(db, {
    scanId: access.scan.id,
    memberId: access.member!.id,
    modelVersie: access.scan.modelVersie,
    antwoorden: [{ ...antwoord, gewijzigdOp }],
  });
  if (resultaat?.toegepast) return { status: "ok" };
  const [bewaard] = await huidigeAntwoorden(db, access.scan.id, access.member!.id, [antwoord.vraagId]);
  return {
    status: "ok",
    message: "In een ander venster is deze vraag later gewijzigd. Dat antwoord is bewaard en staat nu hier.",
    values: {
      keuze: bewaard ? keuzeVan(bewaard) : "",
      toelichting: bewaard?.toelichting ?? "",
      tekst: bewaard?.tekst ?? "",
    },
  };
});
