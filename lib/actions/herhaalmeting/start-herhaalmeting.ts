"use server";

import { and, eq, notInArray } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import * as z from "zod";
import { getDb } from "@/db/client";
import { gemeenten, scanMembers, scans, users } from "@/db/schema";
import { defineScanAction } from "@/lib/actions/define-action";
import { audit } from "@/lib/audit";
import { formatDatum } from "@/lib/dates";
import { isUniqueViolation } from "@/lib/db-errors";
import { UserError } from "@/lib/errors";
import { kickOutbox } from "@/lib/jobs/kick";
import { aanmeldingOntvangenMail, nieuweAanmeldingMail } from "@/lib/mail/catalogue";
import { enqueueMails } from "@/lib/mail/outbox";
import { withMelding } from "@/lib/meldingen";
import { herhaalmetingWeigering } from "@/lib/scan/herhaalmeting";
import { ZUuid } from "@/lib/validation/common";

/**
 * Stap 7 → a new stap 1: the procesregisseur (or the admin) asks for a herhaalmeting of this
 * finished scan. It is a registration like any other, linked to this scan, which the admin
 * accepts as usual; the new scan then runs the seven steps and is compared with this one.
 */
export const startHerhaalmetingAction = defineScanAction(
  "startHerhaalmeting",
  "opvolging.regie",
  z.object({ scanId: ZUuid }),
  async ({ scanId }, { user, access }) => {
    const db = await getDb();
    const now = new Date();
    const bezet = () => new UserError(`Gemeente ${access.scan.gemeenteNaam} heeft al een scan die loopt of op beoordeling wacht.`);
    try {
      await db.transaction(async (tx) => {
        const [vorige] = await tx
          .select({
            stap: scans.stap,
            afgerondAt: scans.afgerondAt,
            gemeenteId: scans.gemeenteId,
            code: gemeenten.code,
            contactNaam: scans.contactNaam,
            contactFunctie: scans.contactFunctie,
            contactEmail: scans.contactEmail,
          })
          .from(scans)
          .innerJoin(gemeenten, eq(gemeenten.id, scans.gemeenteId))
          .where(eq(scans.id, scanId))
          .for("update", { of: scans });
        if (!vorige) throw new UserError("Deze scan bestaat niet (meer).");
        const weigering = herhaalmetingWeigering(vorige, { admin: access.roles.has("admin") }, now);
        if (weigering) throw new UserError(weigering);
        const [ander] = await tx
          .select({ id: scans.id })
          .from(scans)
          .where(and(eq(scans.gemeenteId, vorige.gemeenteId), notInArray(scans.stap, ["afgerond", "afgewezen"])))
          .limit(1);
        if (ander) throw bezet();
        // The procesregisseur asking is the contact; an admin asks on behalf of the last contact.
        const [lid] = access.member?.procesregisseur
          ? await tx.select({ functie: scanMembers.functie }).from(scanMembers).where(eq(scanMembers.id, access.member.id))
          : [];
        const contact = access.member?.procesregisseur
          ? { naam: user.name ?? user.email, functie: lid?.functie ?? "Procesregisseur", email: user.email }
          : { naam: vorige.contactNaam, functie: vorige.contactFunctie, email: vorige.contactEmail };
        const opmerkingen = `Herhaalmeting van de scan met het eindrapport van ${formatDatum(vorige.afgerondAt!)}.`;
        const [nieuw] = await tx
          .insert(scans)
          .values({
            gemeenteId: vorige.gemeenteId,
            stap: "aangemeld",
            contactNaam: contact.naam,
            contactFunctie: contact.functie,
            contactEmail: contact.email,
            opmerkingen,
            vorigeScanId: scanId,
            createdAt: now,
            updatedAt: now,
          })
          .returning({ id: scans.id });
        await audit(tx, { actorId: user.id, action: "herhaalmeting.aangevraagd", scanId: nieuw!.id, details: { vorigeScanId: scanId } });
        const admins = await tx
          .select({ id: users.id, email: users.email })
          .from(users)
          .where(and(eq(users.role, "admin"), eq(users.active, true)));
        const aanmelding = {
          scanId: nieuw!.id,
          gemeente: access.scan.gemeenteNaam,
          gemeenteCode: vorige.code,
          contactNaam: contact.naam,
          contactFunctie: contact.functie,
          voorkeurPeriode: null,
          opmerkingen,
        };
        await enqueueMails(
          tx,
          [
            aanmeldingOntvangenMail({ scanId: nieuw!.id, gemeente: access.scan.gemeenteNaam, to: contact.email }),
            ...admins.map((a) => nieuweAanmeldingMail({ ...aanmelding, admin: { userId: a.id, email: a.email } })),
          ],
          now,
        );
      });
    } catch (err) {
      if (isUniqueViolation(err, "scans_one_active_per_gemeente")) throw bezet();
      throw err;
    }
    kickOutbox();
    revalidatePath(`/scans/${scanId}`, "layout");
    redirect(withMelding("scan", "herhaalmeting", `/scans/${scanId}`));
  },
);
