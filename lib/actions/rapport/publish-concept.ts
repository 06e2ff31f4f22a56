"use server";

import { and, eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createElement } from "react";
import * as z from "zod";
import { getDb, type Queryable } from "@/db/client";
import { rapportTeksten, scans } from "@/db/schema";
import ConceptBeschikbaarMail from "@/emails/concept-beschikbaar";
import { defineScanAction } from "@/lib/actions/define-action";
import { audit } from "@/lib/audit";
import { appUrl } from "@/lib/config";
import { formatDatum, formatDatumTijd } from "@/lib/dates";
import { UserError } from "@/lib/errors";
import { kickOutbox } from "@/lib/jobs/kick";
import { enqueueMails } from "@/lib/mail/outbox";
import { scanOntvangers } from "@/lib/report/ontvangers";
import { bereidRapportVoor, slaRapportOp } from "@/lib/report/publiceren";
import { ZUuid } from "@/lib/validation/common";

/** A new concept version from the saved texts and current data; every member hears of it. */
export const publishConceptAction = defineScanAction(
  "publishConcept",
  "scan.begeleid",
  z.object({ scanId: ZUuid }),
  async ({ scanId }, { user, access }) => {
    const db = await getDb();
    const kanPubliceren = async (q: Queryable) => {
      const [scan] = await q.select().from(scans).where(eq(scans.id, scanId));
      if (scan?.stap !== "concept") throw new UserError("Een concept eindrapport kun je alleen in stap 5 publiceren.");
      const [samenvatting] = await q
        .select({ tekst: rapportTeksten.tekst })
        .from(rapportTeksten)
        .where(and(eq(rapportTeksten.scanId, scanId), eq(rapportTeksten.sleutel, "samenvatting")));
      if (!samenvatting?.tekst) throw new UserError("Schrijf en bewaar eerst de samenvatting van het rapport.");
      return scan;
    };
    // Checked before rendering (no work for nothing) and again under the lock (nothing changed since).
    await kanPubliceren(db);
    const now = new Date();
    const voorbereid = await bereidRapportVoor(db, { scanId, soort: "concept", datum: now });
    await db.transaction(async (tx) => {
      await tx.select({ id: scans.id }).from(scans).where(eq(scans.id, scanId)).for("update");
      const scan = await kanPubliceren(tx);
      const r = await slaRapportOp(tx, voorbereid, user.id);
      const gemeente = access.scan.gemeenteNaam;
      const ontvangers = (await scanOntvangers(tx, scanId)).filter((o) => o.userId !== user.id);
      await enqueueMails(
        tx,
        ontvangers.map((o) => ({
          idempotencyKey: `concept-beschikbaar/${scanId}/${r.versie}/${o.userId}`,
          kind: "concept_beschikbaar",
          to: o.email,
          subject: `Concept eindrapport datavolwassenheidsscan ${gemeente}${r.versie > 1 ? ` (versie ${r.versie})` : ""}`,
          body: createElement(ConceptBeschikbaarMail, {
            gemeente,
            versie: r.versie,
            datum: formatDatum(now),
            overleg: scan.overlegAt ? formatDatumTijd(scan.overlegAt) : null,
            rapportUrl: `${appUrl()}/scans/${scanId}/rapport`,
          }),
          scanId,
        })),
        now,
      );
      await audit(tx, {
        actorId: user.id,
        action: "rapport.publishConcept",
        scanId,
        details: { rapportId: r.id, versie: r.versie, mails: ontvangers.length },
      });
    });
    kickOutbox();
    revalidatePath(`/scans/${scanId}`, "layout");
    redirect(`/scans/${scanId}/rapport?melding=concept-gepubliceerd`);
  },
);
