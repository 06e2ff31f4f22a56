"use server";

import { and, eq, isNotNull } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import * as z from "zod";
import { getDb } from "@/db/client";
import { handelingsperspectieven, hpVoortgang, OPVOLG_STATUSSEN, scans } from "@/db/schema";
import { defineScanAction } from "@/lib/actions/define-action";
import { audit } from "@/lib/audit";
import { UserError } from "@/lib/errors";
import { withMelding } from "@/lib/meldingen";
import { magVoortgangBijwerken, NOTITIE_MAX, notitieVerplicht, opvolgingOpen } from "@/lib/scan/opvolging";
import { ZOptioneleTekst, ZUuid } from "@/lib/validation/common";

const ZVoortgang = z.object({
  scanId: ZUuid,
  hpId: ZUuid,
  status: z.enum(OPVOLG_STATUSSEN, { error: "Kies hoe het ervoor staat." }),
  notitie: ZOptioneleTekst("de notitie", NOTITIE_MAX),
});

/**
 * Stap 7: a dated update of one top-3 item (its status and an optional note), by the
 * procesregisseur or the member who keeps the item. The history only grows; the definitief
 * report is not touched.
 */
export const updateVoortgangAction = defineScanAction("updateVoortgang", "opvolging.update", ZVoortgang, async (input, { user, access }) => {
  if (notitieVerplicht(input.status) && !input.notitie) throw new UserError("Leg in een notitie uit wat er veranderd is of waarom het stopt.", "notitie");
  const db = await getDb();
  const now = new Date();
  const rang = await db.transaction(async (tx) => {
    const [scan] = await tx.select({ stap: scans.stap }).from(scans).where(eq(scans.id, input.scanId)).for("share");
    if (!scan || !opvolgingOpen(scan.stap)) throw new UserError("De voortgang houd je bij zodra het eindrapport definitief is (stap 7).");
    const [item] = await tx
      .select({ rang: handelingsperspectieven.rang, eigenaarMemberId: handelingsperspectieven.eigenaarMemberId })
      .from(handelingsperspectieven)
      .where(and(eq(handelingsperspectieven.id, input.hpId), eq(handelingsperspectieven.scanId, input.scanId), isNotNull(handelingsperspectieven.rang)))
      .for("update");
    if (!item) throw new UserError("Dit punt staat niet in de top 3 van deze scan. Laad de pagina opnieuw.");
    const rechten = { procesregisseur: access.member?.procesregisseur ?? false, admin: access.roles.has("admin"), memberId: access.member?.id ?? null };
    if (!magVoortgangBijwerken(rechten, item))
      throw new UserError("De voortgang van dit punt wordt bijgehouden door de procesregisseur en de eigenaar van het punt.");
    const [row] = await tx
      .insert(hpVoortgang)
      .values({ scanId: input.scanId, hpId: input.hpId, status: input.status, notitie: input.notitie, userId: user.id, createdAt: now })
      .returning({ id: hpVoortgang.id });
    await audit(tx, {
      actorId: user.id,
      action: "opvolging.voortgang",
      scanId: input.scanId,
      details: { hpId: input.hpId, status: input.status, voortgangId: row!.id },
    });
    return item.rang;
  });
  revalidatePath(`/scans/${input.scanId}`, "layout");
  redirect(withMelding("opvolging", "opgeslagen", `/scans/${input.scanId}/opvolging#punt-${rang}`));
});
