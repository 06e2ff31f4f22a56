"use server";

import { and, eq } from "drizzle-orm";
import { redirect } from "next/navigation";
import * as z from "zod";
import { getDb } from "@/db/client";
import { scans, users } from "@/db/schema";
import { defineAction } from "@/lib/actions/define-action";
import { audit } from "@/lib/audit";
import { clientIp, sha256 } from "@/lib/client-ip";
import { PROGRAMMA_EMAIL } from "@/lib/config";
import { isUniqueViolation } from "@/lib/db-errors";
import { UserError } from "@/lib/errors";
import { kickOutbox } from "@/lib/jobs/kick";
import { log } from "@/lib/log";
import { aanmeldingOntvangenMail, nieuweAanmeldingMail } from "@/lib/mail/catalogue";
import { enqueueMails } from "@/lib/mail/outbox";
import { hitRateLimit } from "@/lib/rate-limit";
import { findActieveGemeente, lopendeScan, wachtendeAanmelding } from "@/lib/scan/gemeente-lookup";
import { ZEmail, ZOptioneleTekst, ZTekst } from "@/lib/validation/common";

const TELEFOON_FOUT = "Vul een geldig telefoonnummer in, zoals 033 469 49 49, of laat het veld leeg.";

const ZAanmelding = z.object({
  gemeente: z
    .string({ error: "Kies een gemeente uit de lijst." })
    .trim()
    .min(1, { error: "Kies een gemeente uit de lijst." })
    .max(200, { error: "Kies een gemeente uit de lijst." }),
  contactNaam: ZTekst("je naam"),
  contactFunctie: ZTekst("je functie"),
  contactEmail: ZEmail,
  contactTelefoon: z
    .string()
    .trim()
    .regex(/^(|[0-9+()\- ]{6,30})$/, { error: TELEFOON_FOUT })
    .optional()
    .transform((v) => v || undefined),
  voorkeurPeriode: ZOptioneleTekst("de voorkeursperiode", 200),
  opmerkingen: ZOptioneleTekst("de opmerkingen", 2000),
  /** Honeypot: people never see it; a filled one is a bot. */
  website: z.string().max(1000).optional(),
});

const bezetFout = (naam: string) =>
  `Gemeente ${naam} doet al mee aan de datavolwassenheidsscan. Een tweede aanmelding is niet nodig. Heb je vragen? Mail naar ${PROGRAMMA_EMAIL}.`;

/**
 * The public registration (stap 1). Creates a scan in stap `aangemeld` and no account:
 * people get accounts only when an admin accepts. A filled honeypot gets the same answer as
 * a real registration and stores nothing.
 */
export const registerAanmeldingAction = defineAction(
  "registerAanmelding",
  ZAanmelding,
  async (input) => {
    if (input.website) {
      log.info("aanmelding.honeypot");
      redirect("/aanmelden/ontvangen");
    }
    const db = await getDb();
    if (!(await hitRateLimit(db, "aanmeldenPerIp", sha256(await clientIp())))) {
      throw new UserError(`Er zijn vanaf dit netwerk te veel aanmeldingen verstuurd. Probeer het over een uur opnieuw, of mail naar ${PROGRAMMA_EMAIL}.`);
    }
    const gemeente = await findActieveGemeente(db, input.gemeente);
    if (!gemeente) {
      throw new UserError("We kennen geen gemeente met deze naam of code. Typ de eerste letters en kies de gemeente uit de lijst.", "gemeente");
    }
    if (await lopendeScan(db, gemeente.id)) throw new UserError(bezetFout(gemeente.naam), "gemeente");
    // The same person sending the form again (a double click, a second tab): one registration, no second mail.
    if (await wachtendeAanmelding(db, gemeente.id, input.contactEmail)) redirect("/aanmelden/ontvangen");

    const now = new Date();
    try {
      await db.transaction(async (tx) => {
        const [scan] = await tx
          .insert(scans)
          .values({
            gemeenteId: gemeente.id,
            stap: "aangemeld",
            contactNaam: input.contactNaam,
            contactFunctie: input.contactFunctie,
            contactEmail: input.contactEmail,
            contactTelefoon: input.contactTelefoon ?? null,
            voorkeurPeriode: input.voorkeurPeriode ?? null,
            opmerkingen: input.opmerkingen ?? null,
            createdAt: now,
            updatedAt: now,
          })
          .returning({ id: scans.id });
        const scanId = scan!.id;
        await audit(tx, { actorId: null, action: "aanmelding.ontvangen", scanId, details: { gemeenteCode: gemeente.code } });
        const admins = await tx
          .select({ id: users.id, email: users.email })
          .from(users)
          .where(and(eq(users.role, "admin"), eq(users.active, true)));
        const aanmelding = {
          scanId,
          gemeente: gemeente.naam,
          gemeenteCode: gemeente.code,
          contactNaam: input.contactNaam,
          contactFunctie: input.contactFunctie,
          voorkeurPeriode: input.voorkeurPeriode ?? null,
          opmerkingen: input.opmerkingen ?? null,
        };
        await enqueueMails(
          tx,
          [
            aanmeldingOntvangenMail({ scanId, gemeente: gemeente.naam, to: input.contactEmail }),
            ...admins.map((a) => nieuweAanmeldingMail({ ...aanmelding, admin: { userId: a.id, email: a.email } })),
          ],
          now,
        );
      });
    } catch (err) {
      // Two registrations of one gemeente at the same moment: the partial unique index decides.
      if (isUniqueViolation(err, "scans_one_active_per_gemeente")) throw new UserError(bezetFout(gemeente.naam), "gemeente");
      throw err;
    }
    kickOutbox();
    redirect("/aanmelden/ontvangen");
  },
  { anonymous: true },
);
