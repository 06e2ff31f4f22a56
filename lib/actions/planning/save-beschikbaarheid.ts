"use server";

import { and, eq, inArray, sql } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import * as z from "zod";
import { getDb } from "@/db/client";
import { workshopBeschikbaarheid, workshopOpties } from "@/db/schema";
import { defineScanAction } from "@/lib/actions/define-action";
import { audit } from "@/lib/audit";
import { UserError } from "@/lib/errors";
import { withMelding } from "@/lib/meldingen";
import { leesBeschikbaarheid } from "@/lib/scan/planning-invoer";
import { assertStap, OPTIES_WIJZIGBAAR } from "@/lib/scan/stap-regels";
import { ZUuid } from "@/lib/validation/common";

const ZAntwoord = z
  .string()
  .regex(/^[0-9a-f-]{36}:(kan|kan_niet)$/i, { error: 'Kies "ik kan" of "ik kan niet".' })
  .optional();

/**
 * Saves the signed-in person's availability per proposed moment. Members and assigned
 * begeleiders answer; an admin who is neither has nothing to answer for.
 */
export const saveBeschikbaarheidAction = defineScanAction(
  "saveBeschikbaarheid",
  "planning.respond",
  z.object({ scanId: ZUuid, optie1: ZAntwoord, optie2: ZAntwoord, optie3: ZAntwoord, optie4: ZAntwoord, optie5: ZAntwoord }),
  async ({ scanId, ...velden }, { user, access }) => {
    if (!access.member && !access.roles.has("begeleider")) throw new UserError("Alleen deelnemers en begeleiders van deze scan geven hun beschikbaarheid op.");
    assertStap(access.scan.stap, OPTIES_WIJZIGBAAR, "De workshopdatum wordt niet meer gepland; je hoeft niets meer op te geven.");
    // One answer per moment; a repeated one (a tampered form) counts once, the last wins.
    const perOptie = new Map(
      Object.values(velden)
        .flatMap((v) => (v ? [leesBeschikbaarheid(v)!] : []))
        .map((a) => [a.optieId, a]),
    );
    const antwoorden = [...perOptie.values()];
    if (!antwoorden.length) throw new UserError("Geef bij minstens één moment aan of je kunt.");
    const db = await getDb();
    await db.transaction(async (tx) => {
      const ids = [...perOptie.keys()];
      // Only moments of this scan: an id from another scan is refused like a missing one.
      const eigen = await tx
        .select({ id: workshopOpties.id })
        .from(workshopOpties)
        .where(and(eq(workshopOpties.scanId, scanId), inArray(workshopOpties.id, ids)));
      if (eigen.length !== ids.length) throw new UserError("Een van de momenten bestaat niet (meer). Laad de pagina opnieuw.");
      const now = new Date();
      await tx
        .insert(workshopBeschikbaarheid)
        .values(antwoorden.map((a) => ({ optieId: a.optieId, userId: user.id, kan: a.kan, updatedAt: now })))
        .onConflictDoUpdate({
          target: [workshopBeschikbaarheid.optieId, workshopBeschikbaarheid.userId],
          set: { kan: sql`excluded.kan`, updatedAt: now },
        });
      await audit(tx, { actorId: user.id, action: "workshop.beschikbaarheid_opgegeven", scanId, details: { aantal: antwoorden.length } });
    });
    revalidatePath(`/scans/${scanId}`, "layout");
    redirect(withMelding("planning", "beschikbaarheid", `/scans/${scanId}/planning`));
  },
);
