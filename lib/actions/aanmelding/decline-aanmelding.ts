"use server";

import { and, eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import * as z from "zod";
import { getDb } from "@/db/client";
import { gemeenten, scans } from "@/db/schema";
import { defineAdminAction } from "@/lib/actions/define-action";
import { UserError } from "@/lib/errors";
import { kickOutbox } from "@/lib/jobs/kick";
import { aanmeldingAfgewezenMail } from "@/lib/mail/catalogue";
import { enqueueMail } from "@/lib/mail/outbox";
import { withMelding } from "@/lib/meldingen";
import { performTransition } from "@/lib/scan/transitions";
import { ZTekst, ZUuid } from "@/lib/validation/common";

/** Declines a registration with a reason that is mailed to the contact; no account was ever made. */
export const declineAanmeldingAction = defineAdminAction(
  "declineAanmelding",
  z.object({ scanId: ZUuid, reden: ZTekst("de reden", 2000) }),
  async ({ scanId, reden }, { user }) => {
    const db = await getDb();
    const now = new Date();
    await db.transaction(async (tx) => {
      const [scan] = await tx
        .select({ id: scans.id, gemeenteId: scans.gemeenteId, contactEmail: scans.contactEmail })
        .from(scans)
        .where(and(eq(scans.id, scanId), eq(scans.stap, "aangemeld")))
        .for("update");
      if (!scan) throw new UserError("Deze aanmelding bestaat niet of is al behandeld.");
      await performTransition(tx, { scanId, transitie: "declineAanmelding", actorId: user.id, now, stempels: { afwijsReden: reden } });
      const [g] = await tx.select({ naam: gemeenten.naam }).from(gemeenten).where(eq(gemeenten.id, scan.gemeenteId));
      await enqueueMail(tx, aanmeldingAfgewezenMail({ scanId, gemeente: g!.naam, reden, to: scan.contactEmail }), now);
    });
    kickOutbox();
    revalidatePath("/beheer/aanmeldingen");
    redirect(withMelding("aanmeldingen", "afgewezen", "/beheer/aanmeldingen"));
  },
);
