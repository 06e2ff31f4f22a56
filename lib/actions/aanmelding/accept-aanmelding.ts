"use server";

import { and, eq, inArray } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import * as z from "zod";
import { getDb } from "@/db/client";
import { gemeenten, scanBegeleiders, scanMembers, scans, users } from "@/db/schema";
import { defineAdminAction } from "@/lib/actions/define-action";
import { isUniqueViolation } from "@/lib/db-errors";
import { UserError } from "@/lib/errors";
import { kickOutbox } from "@/lib/jobs/kick";
import { begeleiderToegewezenMail, uitnodigingProcesregisseurMail } from "@/lib/mail/catalogue";
import { enqueueMail, enqueueMails } from "@/lib/mail/outbox";
import { withMelding } from "@/lib/meldingen";
import { lopendeScan } from "@/lib/scan/gemeente-lookup";
import { findOrCreatePerson } from "@/lib/scan/personen";
import { performTransition } from "@/lib/scan/transitions";
import { ZEmail, ZUuid } from "@/lib/validation/common";

const toArray = (v: unknown) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]);

const ZAccept = z
  .object({
    scanId: ZUuid,
    begeleiderIds: z.preprocess(
      toArray,
      z.array(z.string().min(1).max(100), { error: "Kies minstens één begeleider." }).min(1, { error: "Kies minstens één begeleider." }).max(10),
    ),
    procesregisseur: z.enum(["contact", "anders"], { error: "Kies wie de procesregisseur wordt." }),
    prNaam: z.string().trim().max(200, { error: "De naam mag niet langer zijn dan 200 tekens." }).optional(),
    prEmail: z.string().trim().max(254).optional(),
    prFunctie: z.string().trim().max(200, { error: "De functie mag niet langer zijn dan 200 tekens." }).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.procesregisseur !== "anders") return;
    if (!v.prNaam) ctx.addIssue({ code: "custom", path: ["prNaam"], message: "Vul de naam van de procesregisseur in." });
    if (!ZEmail.safeParse(v.prEmail ?? "").success)
      ctx.addIssue({ code: "custom", path: ["prEmail"], message: "Vul een geldig e-mailadres in, zoals naam@gemeente.nl." });
    if (!v.prFunctie) ctx.addIssue({ code: "custom", path: ["prFunctie"], message: "Vul de functie van de procesregisseur in." });
  });

/**
 * Accepts a registration (stap 1 → 2): assigns begeleiders, creates the procesregisseur's
 * account and membership (the first account of this gemeente), and invites them — one
 * transaction, so a scan in `voorbereiding` always has its procesregisseur and invitation.
 */
export const acceptAanmeldingAction = defineAdminAction("acceptAanmelding", ZAccept, async (input, { user }) => {
  const db = await getDb();
  const now = new Date();
  const begeleiderIds = [...new Set(input.begeleiderIds)];
  try {
    await db.transaction(async (tx) => {
      const [scan] = await tx
        .select({
          id: scans.id,
          gemeenteId: scans.gemeenteId,
          gemeente: gemeenten.naam,
          contactNaam: scans.contactNaam,
          contactEmail: scans.contactEmail,
          contactFunctie: scans.contactFunctie,
        })
        .from(scans)
        .innerJoin(gemeenten, eq(gemeenten.id, scans.gemeenteId))
        .where(and(eq(scans.id, input.scanId), eq(scans.stap, "aangemeld")))
        .for("update", { of: scans })
        .limit(1);
      if (!scan) throw new UserError("Deze aanmelding bestaat niet of is al behandeld.");
      // Several registrations of one gemeente may wait; only one becomes its scan.
      if (await lopendeScan(tx, scan.gemeenteId, scan.id)) throw new UserError(alLopend(scan.gemeente));

      const begeleiders = await tx
        .select({ id: users.id, name: users.name, email: users.email })
        .from(users)
        .where(and(inArray(users.id, begeleiderIds), eq(users.role, "begeleider"), eq(users.active, true)));
      if (begeleiders.length !== begeleiderIds.length) throw new UserError("Kies alleen actieve begeleiders uit de lijst.", "begeleiderIds");

      const isContact = input.procesregisseur === "contact";
      const pr = isContact
        ? { naam: scan.contactNaam, email: scan.contactEmail, functie: scan.contactFunctie }
        : { naam: input.prNaam!, email: ZEmail.parse(input.prEmail), functie: input.prFunctie! };
      const person = await findOrCreatePerson(tx, { email: pr.email, naam: pr.naam }, now, isContact ? "procesregisseur" : "prEmail");

      await tx.insert(scanMembers).values({
        scanId: scan.id,
        userId: person.id,
        procesregisseur: true,
        rol: null,
        functie: pr.functie,
        createdAt: now,
        updatedAt: now,
      });
      await tx.insert(scanBegeleiders).values(begeleiderIds.map((userId) => ({ scanId: scan.id, userId, createdAt: now })));
      await performTransition(tx, {
        scanId: scan.id,
        transitie: "acceptAanmelding",
        actorId: user.id,
        now,
        details: { procesregisseurId: person.id, procesregisseurIsContact: isContact, begeleiders: begeleiderIds.join(",") },
      });
      const mail = { scanId: scan.id, gemeente: scan.gemeente };
      await enqueueMail(
        tx,
        uitnodigingProcesregisseurMail({
          ...mail,
          begeleiders: begeleiders.map((b) => b.name),
          procesregisseur: { userId: person.id, email: pr.email },
        }),
        now,
      );
      // Issue 19.6: the begeleiders learn that a scan is theirs, in the same transaction.
      await enqueueMails(
        tx,
        begeleiders.map((b) => begeleiderToegewezenMail({ ...mail, procesregisseur: pr.naam, begeleider: { userId: b.id, email: b.email } })),
        now,
      );
    });
  } catch (err) {
    // Two admins accepting two registrations of one gemeente at once: the unique index decides.
    if (isUniqueViolation(err, "scans_one_active_per_gemeente"))
      throw new UserError("Voor deze gemeente is zojuist een andere aanmelding goedgekeurd. Wijs deze aanmelding af.");
    throw err;
  }
  kickOutbox();
  revalidatePath("/beheer/aanmeldingen");
  redirect(withMelding("aanmeldingen", "geaccepteerd", "/beheer/aanmeldingen"));
});

const alLopend = (gemeente: string) => `Voor gemeente ${gemeente} loopt al een scan. Wijs deze aanmelding af, of rond eerst de lopende scan af.`;
