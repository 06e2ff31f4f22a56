"use server";

import { asc, eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import * as z from "zod";
import { getDb } from "@/db/client";
import { workshopOpties } from "@/db/schema";
import { defineScanAction } from "@/lib/actions/define-action";
import { audit } from "@/lib/audit";
import { isUniqueViolation } from "@/lib/db-errors";
import { UserError } from "@/lib/errors";
import { kickOutbox } from "@/lib/jobs/kick";
import { workshopMomentenMail, workshopOntvangers } from "@/lib/mail/catalogue";
import { enqueueMails } from "@/lib/mail/outbox";
import { withMelding } from "@/lib/meldingen";
import { leesOpties } from "@/lib/scan/planning-invoer";
import { assertStap, OPTIES_WIJZIGBAAR } from "@/lib/scan/stap-regels";
import { ZUuid } from "@/lib/validation/common";

const ZMoment = z.string().max(20).optional();

/** Proposes workshop moments (two to five in total) for deelnemers and begeleiders to respond to. */
export const proposeWorkshopOptiesAction = defineScanAction(
  "proposeWorkshopOpties",
  "scan.plan",
  z.object({ scanId: ZUuid, optie1: ZMoment, optie2: ZMoment, optie3: ZMoment, optie4: ZMoment, optie5: ZMoment }),
  async ({ scanId, ...velden }, { user, access }) => {
    assertStap(access.scan.stap, OPTIES_WIJZIGBAAR, "In deze stap kun je geen momenten meer voorstellen.");
    const db = await getDb();
    let fouten: Record<string, string> = {};
    const now = new Date();
    try {
      await db.transaction(async (tx) => {
        const bestaand = await tx.select({ startsAt: workshopOpties.startsAt }).from(workshopOpties).where(eq(workshopOpties.scanId, scanId));
        const gelezen = leesOpties(
          velden,
          bestaand.map((b) => b.startsAt),
          now,
        );
        fouten = gelezen.fouten as Record<string, string>;
        if (!gelezen.nieuw.length) return;
        const nieuw = await tx
          .insert(workshopOpties)
          .values(gelezen.nieuw.map((startsAt) => ({ scanId, startsAt, createdAt: now })))
          .returning({ id: workshopOpties.id });
        await audit(tx, { actorId: user.id, action: "workshop.opties_voorgesteld", scanId, details: { aantal: gelezen.nieuw.length } });
        // Issue 19.6: the welcome mail says "geef aan wanneer je kunt"; now there is something to answer.
        const alle = await tx
          .select({ startsAt: workshopOpties.startsAt })
          .from(workshopOpties)
          .where(eq(workshopOpties.scanId, scanId))
          .orderBy(asc(workshopOpties.startsAt));
        const batch = nieuw.map((n) => n.id).sort()[0]!;
        const gemeente = access.scan.gemeenteNaam;
        const ontvangers = (await workshopOntvangers(tx, scanId)).filter((o) => o.userId !== user.id);
        const momenten = alle.map((a) => a.startsAt);
        await enqueueMails(
          tx,
          ontvangers.map((o) => workshopMomentenMail({ scanId, gemeente, momenten, batch, ontvanger: o })),
          now,
        );
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw new UserError("Een van deze momenten staat er al.");
      throw err;
    }
    if (Object.keys(fouten).length) {
      const values = Object.fromEntries(Object.entries(velden).map(([k, v]) => [k, v ?? ""]));
      return {
        status: "error",
        message: fouten._form ?? "Niet alle momenten zijn goed ingevuld. Bekijk de meldingen hieronder.",
        fieldErrors: fouten,
        values,
      };
    }
    kickOutbox();
    revalidatePath(`/scans/${scanId}`, "layout");
    redirect(withMelding("planning", "opties", `/scans/${scanId}/planning`));
  },
);
