"use server";

import { and, eq, inArray, isNotNull } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import * as z from "zod";
import { getDb } from "@/db/client";
import { scanMembers, scans, users } from "@/db/schema";
import { defineScanAction } from "@/lib/actions/define-action";
import { audit } from "@/lib/audit";
import { UserError } from "@/lib/errors";
import { kickOutbox } from "@/lib/jobs/kick";
import { enqueueMails, type TOutgoingMail } from "@/lib/mail/outbox";
import { withMelding } from "@/lib/meldingen";
import { assertStap, DEELNEMERS_WIJZIGBAAR } from "@/lib/scan/stap-regels";
import { welkomMailsVoor } from "@/lib/scan/welkom-mails";
import { ZUuid } from "@/lib/validation/common";

const KIES = "Kies wie van de vorige scan weer meedoet.";

/**
 * Stap 2 of a herhaalmeting: the deelnemers of the previous scan that were ticked join this
 * one, with their role and function (each still editable afterwards) and a welcome mail.
 * Nothing else is copied: they answer the analysetool afresh.
 */
export const copyVorigeDeelnemersAction = defineScanAction(
  "copyVorigeDeelnemers",
  "scan.plan",
  z.object({
    scanId: ZUuid,
    memberIds: z
      .union([ZUuid, z.array(ZUuid).max(100)], { error: KIES })
      .optional()
      .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v])),
  }),
  async ({ scanId, memberIds }, { user, access }) => {
    assertStap(access.scan.stap, DEELNEMERS_WIJZIGBAAR, "In deze stap kun je geen deelnemers meer toevoegen.");
    if (memberIds.length === 0) throw new UserError(KIES, "memberIds");
    const db = await getDb();
    const now = new Date();
    const aantal = await db.transaction(async (tx) => {
      const [scan] = await tx.select({ vorige: scans.vorigeScanId }).from(scans).where(eq(scans.id, scanId)).for("update");
      if (!scan?.vorige) throw new UserError("Deze scan is geen herhaalmeting: er is geen vorige scan om deelnemers van over te nemen.");
      const vorigen = await tx
        .select({ userId: scanMembers.userId, rol: scanMembers.rol, functie: scanMembers.functie, email: users.email })
        .from(scanMembers)
        .innerJoin(users, eq(users.id, scanMembers.userId))
        .where(and(eq(scanMembers.scanId, scan.vorige), inArray(scanMembers.id, memberIds), isNotNull(scanMembers.rol), eq(users.active, true)));
      if (vorigen.length !== new Set(memberIds).size)
        throw new UserError("Niet iedereen die je koos was deelnemer van de vorige scan. Laad de pagina opnieuw.", "memberIds");
      const al = new Set((await tx.select({ userId: scanMembers.userId }).from(scanMembers).where(eq(scanMembers.scanId, scanId))).map((m) => m.userId));
      const nieuw = vorigen.filter((v) => !al.has(v.userId));
      const mails: TOutgoingMail[] = [];
      for (const v of nieuw) {
        await tx
          .insert(scanMembers)
          .values({ scanId, userId: v.userId, procesregisseur: false, rol: v.rol, functie: v.functie, createdAt: now, updatedAt: now });
        mails.push(
          ...(await welkomMailsVoor(tx, {
            scanId,
            gemeente: access.scan.gemeenteNaam,
            persoon: { userId: v.userId, email: v.email },
            rol: v.rol!,
            procesregisseur: user.name ?? "De procesregisseur",
            now,
          })),
        );
      }
      await audit(tx, { actorId: user.id, action: "deelnemer.overgenomen", scanId, details: { vorigeScanId: scan.vorige, aantal: nieuw.length } });
      await enqueueMails(tx, mails, now);
      return nieuw.length;
    });
    if (aantal > 0) kickOutbox();
    revalidatePath(`/scans/${scanId}`, "layout");
    redirect(withMelding("deelnemers", "overgenomen", `/scans/${scanId}/deelnemers`));
  },
);
