"use server";

import { eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import * as z from "zod";
import { getDb } from "@/db/client";
import { workshopOpties } from "@/db/schema";
import { defineAction } from "@/lib/actions/client";
import { authorizeScan } from "@/lib/auth/access";
import { audit } from "@/lib/audit";
import { isUniqueViolation } from "@/lib/db-errors";
import { UserError } from "@/lib/errors";
import { leesOpties } from "@/lib/scan/planning-invoer";
import { assertStap, OPTIES_WIJZIGBAAR } from "@/lib/scan/stap-regels";
import { ZUuid } from "@/lib/validation/common";

const ZMoment = z.string().max(20).optional();

/** Proposes workshop moments (two to five in total) for deelnemers and begeleiders to respond to. */
export const proposeWorkshopOptiesAction = defineAction(
  "proposeWorkshopOpties",
  z.object({ scanId: ZUuid, optie1: ZMoment, optie2: ZMoment, optie3: ZMoment, optie4: ZMoment, optie5: ZMoment }),
  async ({ scanId, ...velden }, { user }) => {
    const access = await authorizeScan(user, scanId, "scan.plan", "proposeWorkshopOpties");
    assertStap(access.scan.stap, OPTIES_WIJZIGBAAR, "In deze stap kun je geen momenten meer voorstellen.");
    const db = await getDb();
    let fouten: Record<string, string> = {};
    const now = new Date();
    try {
      await db.transaction(async (tx) => {
        const bestaand = await tx.select({ startsAt: workshopOpties.startsAt }).from(workshopOpties).where(eq(workshopOpties.scanId, scanId));
        const gelezen = leesOpties(velden, bestaand.map((b) => b.startsAt), now);
        fouten = gelezen.fouten as Record<string, string>;
        if (!gelezen.nieuw.length) return;
        await tx.insert(workshopOpties).values(gelezen.nieuw.map((startsAt) => ({ scanId, startsAt, createdAt: now })));
        await audit(tx, { actorId: user.id, action: "workshop.opties_voorgesteld", scanId, details: { aantal: gelezen.nieuw.length } });
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw new UserError("Een van deze momenten staat er al.");
      throw err;
    }
    if (Object.keys(fouten).length) {
      const values = Object.fromEntries(Object.entries(velden).map(([k, v]) => [k, v ?? ""]));
      return { status: "error", message: fouten._form ?? "Niet alle momenten zijn goed ingevuld. Bekijk de meldingen hieronder.", fieldErrors: fouten, values };
    }
    revalidatePath(`/scans/${scanId}`, "layout");
    redirect(`/scans/${scanId}/planning?melding=opties`);
  },
);
