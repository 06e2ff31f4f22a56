"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import * as z from "zod";
import { getDb } from "@/db/client";
import { ROLLEN, scanMembers } from "@/db/schema";
import { defineScanAction } from "@/lib/actions/define-action";
import { audit } from "@/lib/audit";
import { isUniqueViolation } from "@/lib/db-errors";
import { UserError } from "@/lib/errors";
import { kickOutbox } from "@/lib/jobs/kick";
import { enqueueMails } from "@/lib/mail/outbox";
import { withMelding } from "@/lib/meldingen";
import { assertNieuwInScan } from "@/lib/scan/deelnemer-regels";
import { findOrCreatePerson } from "@/lib/scan/personen";
import { assertStap, DEELNEMERS_WIJZIGBAAR } from "@/lib/scan/stap-regels";
import { welkomMailsVoor } from "@/lib/scan/welkom-mails";
import { ZEmail, ZTekst, ZUuid } from "@/lib/validation/common";

const DUBBEL = "Dit e-mailadres staat al bij de deelnemers van deze scan. Iedereen doet één keer mee.";

/**
 * Adds a deelnemer with a perspective role. A new address gets a user row without a global
 * role; the person can sign in because they are now a member. They get a welcome mail, and
 * the workshop invitation with .ics when the date is already set.
 */
export const addDeelnemerAction = defineScanAction(
  "addDeelnemer",
  "scan.plan",
  z.object({
    scanId: ZUuid,
    naam: ZTekst("de naam"),
    email: ZEmail,
    functie: ZTekst("de functie"),
    rol: z.enum(ROLLEN, { error: "Kies vanuit welk perspectief deze deelnemer meedoet." }),
  }),
  async (input, { user, access }) => {
    assertStap(access.scan.stap, DEELNEMERS_WIJZIGBAAR, "In deze stap kun je geen deelnemers meer toevoegen.");
    const db = await getDb();
    const now = new Date();
    try {
      await db.transaction(async (tx) => {
        await assertNieuwInScan(tx, input.scanId, input.email);
        const person = await findOrCreatePerson(tx, { email: input.email, naam: input.naam }, now);
        const [member] = await tx
          .insert(scanMembers)
          .values({
            scanId: input.scanId,
            userId: person.id,
            procesregisseur: false,
            rol: input.rol,
            functie: input.functie,
            createdAt: now,
            updatedAt: now,
          })
          .returning({ id: scanMembers.id });
        await audit(tx, {
          actorId: user.id,
          action: "deelnemer.toegevoegd",
          scanId: input.scanId,
          details: { memberId: member!.id, rol: input.rol },
        });

        const mails = await welkomMailsVoor(tx, {
          scanId: input.scanId,
          gemeente: access.scan.gemeenteNaam,
          persoon: { userId: person.id, email: input.email },
          rol: input.rol,
          procesregisseur: user.name ?? "De procesregisseur",
          now,
        });
        await enqueueMails(tx, mails, now);
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw new UserError(DUBBEL, "email");
      throw err;
    }
    kickOutbox();
    revalidatePath(`/scans/${input.scanId}`, "layout");
    redirect(withMelding("deelnemers", "toegevoegd", `/scans/${input.scanId}/deelnemers`));
  },
);
