"use server";

import { eq, sql } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import * as z from "zod";
import { getDb } from "@/db/client";
import { rondeStemmen, scans } from "@/db/schema";
import { defineScanAction } from "@/lib/actions/define-action";
import { audit } from "@/lib/audit";
import { UserError } from "@/lib/errors";
import { ZUuid } from "@/lib/validation/common";
import { rondeWeigering, RONDE_TOELICHTING_MAX as TOELICHTING_MAX } from "@/lib/workshop/ronde";
import { meldWorkshop, rondeVoorUpdate } from "@/lib/workshop/ronde-db";

/**
 * A member answers the open round from their phone; a new answer replaces the old, until the
 * begeleider closes the round. The member is stored for the audit only.
 */
export const stemInRondeAction = defineScanAction(
  "stemInRonde",
  "workshop.stemmen",
  z.object({
    scanId: ZUuid,
    rondeId: ZUuid,
    antwoord: z.enum(["1", "2", "3", "4", "5", "weet_niet"], { error: "Kies een niveau, of 'weet ik niet'." }),
    toelichting: z
      .string()
      .trim()
      .max(TOELICHTING_MAX, { error: `Houd de toelichting korter dan ${TOELICHTING_MAX} tekens.` })
      .optional()
      .transform((t) => (t ? t.replace(/\s+/g, " ") : null)),
  }),
  async ({ scanId, rondeId, antwoord, toelichting }, { user, access }) => {
    if (!access.member) throw new UserError("Alleen deelnemers van deze scan kunnen antwoorden.");
    const db = await getDb();
    await db.transaction(async (tx) => {
      const ronde = await rondeVoorUpdate(tx, scanId, rondeId, "share");
      const [scan] = await tx.select({ stap: scans.stap }).from(scans).where(eq(scans.id, scanId));
      const fout = rondeWeigering("stemmen", { stap: scan!.stap, ronde: ronde ? { status: ronde.status, onthuld: !!ronde.onthuldAt } : null });
      if (fout) throw new UserError(fout);
      const waarden = { niveau: antwoord === "weet_niet" ? null : antwoord, weetNiet: antwoord === "weet_niet", toelichting, updatedAt: new Date() };
      await tx
        .insert(rondeStemmen)
        .values({ rondeId, memberId: access.member!.id, ...waarden })
        .onConflictDoUpdate({ target: [rondeStemmen.rondeId, rondeStemmen.memberId], set: { ...waarden, updatedAt: sql`excluded.updated_at` } });
      await audit(tx, { actorId: user.id, action: "workshop.ronde_gestemd", scanId, details: { rondeId } });
      await meldWorkshop(tx, scanId);
    });
    revalidatePath(`/scans/${scanId}/stemmen`);
    return { status: "ok", message: "Je antwoord is opgeslagen. Je kunt het wijzigen tot de begeleider de ronde sluit." };
  },
);
