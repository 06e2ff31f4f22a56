"use server";

import { and, eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import * as z from "zod";
import { getDb } from "@/db/client";
import { scans, workshopOpties } from "@/db/schema";
import { defineScanAction } from "@/lib/actions/define-action";
import { audit } from "@/lib/audit";
import { fromAmsterdamLocal } from "@/lib/dates";
import { UserError } from "@/lib/errors";
import { kickOutbox } from "@/lib/jobs/kick";
import { workshopdatumMails, workshopOntvangers } from "@/lib/mail/catalogue";
import { enqueueMails } from "@/lib/mail/outbox";
import { withMelding } from "@/lib/meldingen";
import { assertStap, DATUM_WIJZIGBAAR } from "@/lib/scan/stap-regels";
import { beoordeelWorkshopDatum, MIN_INVULDAGEN } from "@/lib/scan/workshop-datum";
import { WORKSHOP_AUDIT, workshopVersies } from "@/lib/scan/workshop-sequence";
import { ZTekst, ZUuid } from "@/lib/validation/common";

const DUUR_FOUT = "Vul de duur in minuten in: tussen 30 en 600, zoals 180 voor drie uur.";

/**
 * Fixes (or moves) the workshop: a proposed moment or a date entered directly, with duration
 * and place. A date that leaves the analysetool less than three weeks needs the explicit
 * confirmation `bevestigKort`; the form then shows the shortened schedule. Everyone gets
 * the date with an .ics file, in the same transaction.
 */
export const setWorkshopDatumAction = defineScanAction(
  "setWorkshopDatum",
  "scan.plan",
  z.object({
    scanId: ZUuid,
    keuze: z
      .string({ error: "Kies een van de voorgestelde momenten of een andere datum." })
      .min(1, { error: "Kies een van de voorgestelde momenten of een andere datum." })
      .max(40),
    andereDatum: z.string().max(20).optional(),
    duurMinuten: z.coerce.number({ error: DUUR_FOUT }).int({ error: DUUR_FOUT }).min(30, { error: DUUR_FOUT }).max(600, { error: DUUR_FOUT }),
    locatie: ZTekst("de locatie of de link naar het online overleg", 500),
    bevestigKort: z.literal("ja").optional(),
  }),
  async (input, { user, access }) => {
    assertStap(access.scan.stap, DATUM_WIJZIGBAAR, "In deze stap kun je de workshopdatum niet meer veranderen.");
    const db = await getDb();
    const now = new Date();

    let workshopAt: Date | null;
    let optieId: string | null = null;
    const veld = input.keuze === "anders" ? "andereDatum" : "keuze";
    if (input.keuze === "anders") {
      workshopAt = fromAmsterdamLocal(input.andereDatum?.trim() ?? "");
      if (!workshopAt) throw new UserError("Vul een datum en tijd in, zoals 16-03-2027 13:30.", "andereDatum");
    } else {
      if (!ZUuid.safeParse(input.keuze).success) throw new UserError("Kies een van de voorgestelde momenten of een andere datum.", "keuze");
      const [optie] = await db
        .select({ startsAt: workshopOpties.startsAt })
        .from(workshopOpties)
        .where(and(eq(workshopOpties.id, input.keuze), eq(workshopOpties.scanId, input.scanId)));
      if (!optie) throw new UserError("Dit moment bestaat niet (meer). Laad de pagina opnieuw.", "keuze");
      workshopAt = optie.startsAt;
      optieId = input.keuze;
    }

    const oordeel = beoordeelWorkshopDatum(workshopAt, now);
    if (oordeel.status === "te_laat") {
      throw new UserError(
        `Deze datum ligt te dichtbij. De deelnemers hebben minstens ${MIN_INVULDAGEN} dagen nodig voor de analysetool, en die moet een week voor de workshop klaar zijn.`,
        veld,
      );
    }
    if (oordeel.status === "kort" && input.bevestigKort !== "ja") {
      throw new UserError("Deze datum ligt minder dan drie weken vooruit. Bekijk het kortere schema en bevestig dat je deze datum wilt.", "bevestigKort");
    }

    await db.transaction(async (tx) => {
      const [vorige] = await tx.select({ workshopAt: scans.workshopAt }).from(scans).where(eq(scans.id, input.scanId)).for("update");
      const versies = await workshopVersies(tx, input.scanId);
      await tx
        .update(scans)
        .set({ workshopAt, workshopDuurMinuten: input.duurMinuten, workshopLocatie: input.locatie, updatedAt: now })
        .where(eq(scans.id, input.scanId));
      const gewijzigd = !!vorige?.workshopAt && vorige.workshopAt.getTime() !== workshopAt.getTime();
      await audit(tx, {
        actorId: user.id,
        action: WORKSHOP_AUDIT,
        scanId: input.scanId,
        details: { optieId, kort: oordeel.status === "kort", gewijzigd },
      });
      const workshop = {
        scanId: input.scanId,
        gemeente: access.scan.gemeenteNaam,
        workshopAt,
        duurMinuten: input.duurMinuten,
        locatie: input.locatie,
      };
      const ontvangers = await workshopOntvangers(tx, input.scanId);
      await enqueueMails(
        tx,
        workshopdatumMails(workshop, ontvangers, { sequence: versies, gewijzigd, now, toolGestart: access.scan.stap === "analysetool" }),
        now,
      );
    });
    kickOutbox();
    revalidatePath(`/scans/${input.scanId}`, "layout");
    redirect(withMelding("planning", "datum", `/scans/${input.scanId}/planning`));
  },
);
