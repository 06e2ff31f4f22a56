"use server";

import { and, eq, max } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import * as z from "zod";
import { getDb } from "@/db/client";
import { scans, workshopRondes } from "@/db/schema";
import { defineScanAction } from "@/lib/actions/define-action";
import { getModel } from "@/lib/analysetool";
import { audit } from "@/lib/audit";
import { isUniqueViolation } from "@/lib/db-errors";
import { UserError } from "@/lib/errors";
import { ZUuid } from "@/lib/validation/common";
import { rondeWeigering } from "@/lib/workshop/ronde";
import { meldWorkshop } from "@/lib/workshop/ronde-db";

/** The begeleider opens a round for one dimension: the phones in the room can answer. */
export const openRondeAction = defineScanAction(
  "openRonde",
  "scan.begeleid",
  z.object({ scanId: ZUuid, dimensieId: z.string().max(40) }),
  async ({ scanId, dimensieId }, { user, access }) => {
    if (!getModel(access.scan.modelVersie).dimensies.some((d) => d.id === dimensieId)) throw new UserError("Onbekende dimensie.");
    const db = await getDb();
    try {
      await db.transaction(async (tx) => {
        // The scan row serializes opening: two clicks cannot open two rounds.
        const [scan] = await tx.select({ stap: scans.stap }).from(scans).where(eq(scans.id, scanId)).for("update");
        const [open] = await tx
          .select({ id: workshopRondes.id })
          .from(workshopRondes)
          .where(and(eq(workshopRondes.scanId, scanId), eq(workshopRondes.status, "open")));
        const fout = rondeWeigering("openen", { stap: scan!.stap, ronde: null, anderOpen: !!open });
        if (fout) throw new UserError(fout);
        const [laatste] = await tx
          .select({ nummer: max(workshopRondes.nummer) })
          .from(workshopRondes)
          .where(and(eq(workshopRondes.scanId, scanId), eq(workshopRondes.dimensieId, dimensieId)));
        const nummer = (laatste?.nummer ?? 0) + 1;
        await tx.insert(workshopRondes).values({ scanId, dimensieId, nummer, geopendDoor: user.id, createdAt: new Date() });
        await audit(tx, { actorId: user.id, action: "workshop.ronde_geopend", scanId, details: { dimensieId, nummer } });
        await meldWorkshop(tx, scanId);
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw new UserError("Er is al een ronde open. Sluit die eerst.");
      throw err;
    }
    revalidatePath(`/scans/${scanId}`, "layout");
    return { status: "ok", message: "De ronde is open: de deelnemers kunnen antwoorden." };
  },
);
