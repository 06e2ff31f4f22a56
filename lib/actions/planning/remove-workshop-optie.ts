"use server";

import { and, eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import * as z from "zod";
import { getDb } from "@/db/client";
import { workshopOpties } from "@/db/schema";
import { defineScanAction } from "@/lib/actions/define-action";
import { audit } from "@/lib/audit";
import { UserError } from "@/lib/errors";
import { withMelding } from "@/lib/meldingen";
import { assertStap, OPTIES_WIJZIGBAAR } from "@/lib/scan/stap-regels";
import { ZUuid } from "@/lib/validation/common";

/** Withdraws a proposed moment; the answers given for it go with it. */
export const removeWorkshopOptieAction = defineScanAction(
  "removeWorkshopOptie",
  "scan.plan",
  z.object({ scanId: ZUuid, optieId: ZUuid }),
  async ({ scanId, optieId }, { user, access }) => {
    assertStap(access.scan.stap, OPTIES_WIJZIGBAAR, "In deze stap kun je geen momenten meer intrekken.");
    const db = await getDb();
    await db.transaction(async (tx) => {
      const rows = await tx
        .delete(workshopOpties)
        .where(and(eq(workshopOpties.id, optieId), eq(workshopOpties.scanId, scanId)))
        .returning({ id: workshopOpties.id });
      if (!rows.length) throw new UserError("Dit moment bestaat niet (meer).");
      await audit(tx, { actorId: user.id, action: "workshop.optie_ingetrokken", scanId, details: { optieId } });
    });
    revalidatePath(`/scans/${scanId}`, "layout");
    redirect(withMelding("planning", "optie-ingetrokken", `/scans/${scanId}/planning`));
  },
);
