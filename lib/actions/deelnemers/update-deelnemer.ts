"use server";

import { and, eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import * as z from "zod";
import { getDb } from "@/db/client";
import { ROLLEN, scanMembers, users } from "@/db/schema";
import { defineScanAction } from "@/lib/actions/define-action";
import { audit } from "@/lib/audit";
import { isUniqueViolation } from "@/lib/db-errors";
import { UserError } from "@/lib/errors";
import { kickOutbox } from "@/lib/jobs/kick";
import { welkomDeelnemerMail } from "@/lib/mail/catalogue";
import { enqueueMail } from "@/lib/mail/outbox";
import { withMelding } from "@/lib/meldingen";
import { assertNieuwInScan } from "@/lib/scan/deelnemer-regels";
import { findOrCreatePerson } from "@/lib/scan/personen";
import { assertStap, DEELNEMERS_WIJZIGBAAR } from "@/lib/scan/stap-regels";
import { ZEmail, ZTekst, ZUuid } from "@/lib/validation/common";

/**
 * Changes a member's name, e-mail, function or role. "geen" (no role) exists only for the
 * procesregisseur: that is how they stop or start filling in the tool themselves. A new
 * e-mail address points the membership at that person, who gets a welcome mail.
 */
export const updateDeelnemerAction = defineScanAction(
  "updateDeelnemer",
  "scan.plan",
  z.object({
    scanId: ZUuid,
    memberId: ZUuid,
    naam: ZTekst("de naam"),
    email: ZEmail,
    functie: ZTekst("de functie"),
    rol: z.enum([...ROLLEN, "geen"], { error: "Kies vanuit welk perspectief deze deelnemer meedoet." }),
  }),
  async (input, { user, access }) => {
    assertStap(access.scan.stap, DEELNEMERS_WIJZIGBAAR, "In deze stap kun je deelnemers niet meer wijzigen.");
    const db = await getDb();
    const now = new Date();
    try {
      await db.transaction(async (tx) => {
        const [member] = await tx
          .select({
            id: scanMembers.id,
            userId: scanMembers.userId,
            procesregisseur: scanMembers.procesregisseur,
            email: users.email,
            role: users.role,
          })
          .from(scanMembers)
          .innerJoin(users, eq(users.id, scanMembers.userId))
          .where(and(eq(scanMembers.id, input.memberId), eq(scanMembers.scanId, input.scanId)))
          .limit(1);
        if (!member) throw new UserError("Deze deelnemer bestaat niet (meer).");
        if (input.rol === "geen" && !member.procesregisseur) throw new UserError("Kies vanuit welk perspectief deze deelnemer meedoet.", "rol");
        const rol = input.rol === "geen" ? null : input.rol;

        let userId = member.userId;
        const nieuwAdres = input.email !== member.email;
        if (nieuwAdres) {
          if (member.procesregisseur) throw new UserError("Het e-mailadres van de procesregisseur kan alleen het programmateam wijzigen.", "email");
          await assertNieuwInScan(tx, input.scanId, input.email, member.id);
          userId = (await findOrCreatePerson(tx, { email: input.email, naam: input.naam }, now)).id;
        } else if (!member.role) {
          // The name belongs to the person, not the membership; staff names are theirs to keep.
          await tx.update(users).set({ name: input.naam }).where(eq(users.id, userId));
        }
        await tx
          .update(scanMembers)
          .set({ userId, functie: input.functie, rol, updatedAt: now })
          .where(and(eq(scanMembers.id, member.id), eq(scanMembers.scanId, input.scanId)));
        await audit(tx, {
          actorId: user.id,
          action: "deelnemer.gewijzigd",
          scanId: input.scanId,
          details: { memberId: member.id, rol, nieuwAdres },
        });
        if (nieuwAdres && rol) {
          await enqueueMail(
            tx,
            welkomDeelnemerMail({
              scanId: input.scanId,
              gemeente: access.scan.gemeenteNaam,
              userId,
              email: input.email,
              rol,
              procesregisseur: user.name ?? "De procesregisseur",
              workshopAt: access.scan.workshopAt,
              toolGestart: access.scan.stap === "analysetool",
              now,
            }),
            now,
          );
        }
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw new UserError("Dit e-mailadres staat al bij de deelnemers van deze scan. Iedereen doet één keer mee.", "email");
      throw err;
    }
    kickOutbox();
    revalidatePath(`/scans/${input.scanId}`, "layout");
    redirect(withMelding("deelnemers", "gewijzigd", `/scans/${input.scanId}/deelnemers`));
  },
);
