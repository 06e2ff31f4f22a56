"use server";

import { eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import * as z from "zod";
import { getDb } from "@/db/client";
import { scans, workshopResultaten } from "@/db/schema";
import { defineScanAction } from "@/lib/actions/define-action";
import { getModel } from "@/lib/analysetool";
import { UserError } from "@/lib/errors";
import { withMelding } from "@/lib/meldingen";
import { performTransition } from "@/lib/scan/transitions";
import { closeWorkshopBlockers, workshopNogNietGehouden } from "@/lib/scan/workshop-guards";
import { ZUuid } from "@/lib/validation/common";

/** Stap 4 → 5: the workshop was held and every dimension has an agreed level. */
export const closeWorkshopAction = defineScanAction("closeWorkshop", "scan.begeleid", z.object({ scanId: ZUuid }), async ({ scanId }, { user, access }) => {
  const model = getModel(access.scan.modelVersie);
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [scan] = await tx.select().from(scans).where(eq(scans.id, scanId)).for("update");
    if (scan?.stap !== "workshop") throw new UserError("De scan staat niet in de workshopstap.");
    const rows = await tx
      .select({ dimensieId: workshopResultaten.dimensieId, niveau: workshopResultaten.niveau })
      .from(workshopResultaten)
      .where(eq(workshopResultaten.scanId, scanId));
    const missing = closeWorkshopBlockers(model.dimensies, new Set(rows.filter((r) => r.niveau !== null).map((r) => r.dimensieId)));
    if (missing.length) throw new UserError(`Leg eerst het vastgestelde niveau vast voor: ${missing.join(", ")}.`);
    const now = new Date();
    const nogNiet = workshopNogNietGehouden({ now, workshopAt: scan.workshopAt });
    if (nogNiet) throw new UserError(nogNiet);
    // Held when it was planned: the report's Verloop then runs workshop → concept in order.
    await performTransition(tx, {
      scanId,
      transitie: "closeWorkshop",
      actorId: user.id,
      now,
      stempels: { workshopHeldAt: scan.workshopHeldAt ?? scan.workshopAt },
    });
  });
  revalidatePath(`/scans/${scanId}`, "layout");
  redirect(withMelding("scan", "workshop-afgerond", `/scans/${scanId}`));
});
