"use server";

import { revalidatePath } from "next/cache";
import * as z from "zod";
import { getDb } from "@/db/client";
import { workshopResultaten } from "@/db/schema";
import { defineScanAction } from "@/lib/actions/define-action";
import { getModel } from "@/lib/analysetool";
import { audit } from "@/lib/audit";
import { loadScanResultaten } from "@/lib/data/resultaten";
import { UserError } from "@/lib/errors";
import { CONSENSUS_NIVEAUS, needsMotivering } from "@/lib/scan/workshop-guards";
import { ZOptioneleTekst, ZUuid } from "@/lib/validation/common";

const ZConsensus = z.object({
  scanId: ZUuid,
  dimensieId: z.string().max(40),
  niveau: z
    .string({ error: "Kies het vastgestelde niveau." })
    .refine((v) => (CONSENSUS_NIVEAUS as readonly number[]).includes(Number(v)), {
      error: "Kies een niveau van 1 tot 5, in halve stappen.",
    })
    .transform(Number),
  motivering: ZOptioneleTekst("de motivering", 2000),
  observaties: ZOptioneleTekst("de observaties", 4000),
  verbeterpunten: ZOptioneleTekst("de verbeterpunten", 4000),
});

/** The level the group agreed on for one dimension, with what was observed. */
export const saveConsensusAction = defineScanAction("saveConsensus", "scan.begeleid", ZConsensus, async (input, { user, access }) => {
  if (access.scan.stap !== "workshop" && access.scan.stap !== "concept") {
    throw new UserError("Het vastgestelde niveau kan alleen tijdens of na de workshop worden vastgelegd, tot het concept klaar is.");
  }
  const model = getModel(access.scan.modelVersie);
  if (!model.dimensies.some((d) => d.id === input.dimensieId)) throw new UserError("Onbekende dimensie.");
  const { resultaat } = await loadScanResultaten(input.scanId, access.scan.modelVersie);
  const berekend = resultaat.dimensies.find((d) => d.dimensieId === input.dimensieId)?.score ?? null;
  if (needsMotivering(input.niveau, berekend) && !input.motivering) {
    throw new UserError("Het niveau wijkt 0,5 of meer af van de berekende score. Licht toe waarom.", "motivering");
  }
  const db = await getDb();
  await db.transaction(async (tx) => {
    const values = {
      niveau: String(input.niveau),
      motivering: input.motivering ?? null,
      observaties: input.observaties ?? null,
      verbeterpunten: input.verbeterpunten ?? null,
      updatedBy: user.id,
      updatedAt: new Date(),
    };
    await tx
      .insert(workshopResultaten)
      .values({ scanId: input.scanId, dimensieId: input.dimensieId, ...values })
      .onConflictDoUpdate({ target: [workshopResultaten.scanId, workshopResultaten.dimensieId], set: values });
    await audit(tx, {
      actorId: user.id,
      action: "workshop.saveConsensus",
      scanId: input.scanId,
      details: { dimensieId: input.dimensieId },
    });
  });
  revalidatePath(`/scans/${input.scanId}`, "layout");
  return { status: "ok", message: "Opgeslagen." };
});
