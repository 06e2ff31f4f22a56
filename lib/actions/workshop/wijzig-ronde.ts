"use server";

import { eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import * as z from "zod";
import { getDb } from "@/db/client";
import { scans, workshopRondes } from "@/db/schema";
import { defineScanAction } from "@/lib/actions/define-action";
import { audit } from "@/lib/audit";
import { UserError } from "@/lib/errors";
import { ZUuid } from "@/lib/validation/common";
import { rondeWeigering } from "@/lib/workshop/ronde";
import { meldWorkshop, rondeVoorUpdate } from "@/lib/workshop/ronde-db";

const STAPPEN = {
  onthullen: { audit: "workshop.ronde_onthuld", melding: "De verdeling staat op het scherm." },
  sluiten: { audit: "workshop.ronde_gesloten", melding: "De ronde is gesloten." },
} as const;

/** The begeleider shows the room's distribution, or closes the round (answers are then final). */
export const wijzigRondeAction = defineScanAction(
  "wijzigRonde",
  "scan.begeleid",
  z.object({ scanId: ZUuid, rondeId: ZUuid, stap: z.enum(["onthullen", "sluiten"], { error: "Onbekende stap." }) }),
  async ({ scanId, rondeId, stap }, { user }) => {
    const db = await getDb();
    await db.transaction(async (tx) => {
      const ronde = await rondeVoorUpdate(tx, scanId, rondeId);
      const [scan] = await tx.select({ stap: scans.stap }).from(scans).where(eq(scans.id, scanId));
      const fout = rondeWeigering(stap, { stap: scan!.stap, ronde: ronde ? { status: ronde.status, onthuld: !!ronde.onthuldAt } : null });
      if (fout) throw new UserError(fout);
      const nu = new Date();
      await tx
        .update(workshopRondes)
        .set(stap === "onthullen" ? { onthuldAt: nu } : { status: "gesloten", geslotenAt: nu })
        .where(eq(workshopRondes.id, rondeId));
      await audit(tx, { actorId: user.id, action: STAPPEN[stap].audit, scanId, details: { dimensieId: ronde!.dimensieId, nummer: ronde!.nummer } });
      await meldWorkshop(tx, scanId);
    });
    revalidatePath(`/scans/${scanId}`, "layout");
    return { status: "ok", message: STAPPEN[stap].melding };
  },
);
