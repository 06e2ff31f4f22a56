"use server";

import { eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import * as z from "zod";
import { getDb } from "@/db/client";
import { scans, workshopResultaten } from "@/db/schema";
import { getModel } from "@/lib/analysetool";
import { defineScanAction } from "@/lib/actions/define-action";
import { audit } from "@/lib/audit";
import { loadScanResults } from "@/lib/data/results";
import { UserError } from "@/lib/errors";
import { CONSENSUS_NIVEAUS, closeWorkshopBlockers, needsMotivering, workshopNogNietGehouden } from "@/lib/scan/workshop-guards";
import { ZOptioneleTekst, ZUuid } from "@/lib/validation/common";
import { performTransition } from "@/lib/scan/transitions";

const ZConsensus = z.object({
  scanId: ZUuid,
  dimensieId: z.string().max(40),
  niveau: z
    .string({ error: "Kies het vastgestelde niveau." })
    .refine((v) => (CONSENSUS_NIVEAUS as readonly number[]).includes(Number(v)), { error: "Kies een niveau van 1 tot 5, in halve stappen." })
    .transform(Number),
  motivering: ZOptioneleTekst("de motivering", 2000),
  observaties: ZOptioneleTekst("de observaties", 4000),
  verbeterpunten: ZOptioneleTekst("de verbeterpunten", 4000),
});

/** Stap 4 → 5: the workshop was held and every dimension has an agreed level. */
export const closeWorkshopAction = defineScanAction("closeWorkshop","scan.begeleid", z.object({ scanId: ZUuid }), async ({ scanId }, { user, access }) => {
  const model = getModel(access.scan.modelVersie);
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [scan] = await tx.select().from(scans).where(eq(scans.id, scanId)).for("update");
    if (!scan || scan.stap !== "workshop") throw new UserError("De scan staat niet in de workshopstap.");
    const rows = await tx.select({ dimensieId: workshopResultaten.dimensieId, niveau: workshopResultaten.niveau }).from(workshopResultaten).where(eq(workshopResultaten.scanId, scanId));
    const missing = closeWorkshopBlockers(model.dimensies, new Set(rows.filter((r) => r.niveau !== null).map((r) => r.dimensieId)));
    if (missing.length) throw new UserError(`Leg eerst het vastgestelde niveau vast voor: ${missing.join(", ")}.`);
    const now = new Date();
    const nogNiet = workshopNogNietGehouden({ now, workshopAt: scan.workshopAt });
    if (nogNiet) throw new UserError(nogNiet);
    // Held when it was planned: the report's Verloop then runs workshop → concept in order.
    await performTransition(tx, { scanId, transitie: "closeWorkshop", actorId: user.id, now, stempels: { workshopHeldAt: scan.workshopHeldAt ?? scan.workshopAt } });
  });
  revalidatePath(`/scans/${scanId}`, "layout");
  redirect(`/scans/${scanId}?melding=workshop-afgerond`);
});
