"use server";

import { and, eq, inArray } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createElement } from "react";
import * as z from "zod";
import { getDb, type Queryable } from "@/db/client";
import { handelingsperspectieven, scans } from "@/db/schema";
import DefinitiefRapportMail from "@/emails/definitief-rapport";
import { defineScanAction } from "@/lib/actions/define-action";
import { audit } from "@/lib/audit";
import { appUrl } from "@/lib/config";
import { amsterdamDay, formatDatum, fromAmsterdamLocal } from "@/lib/dates";
import { UserError } from "@/lib/errors";
import { kickOutbox } from "@/lib/jobs/kick";
import { enqueueMails } from "@/lib/mail/outbox";
import { scanOntvangers } from "@/lib/report/ontvangers";
import { bereidRapportVoor, slaRapportOp } from "@/lib/report/publiceren";
import { finalizeBlocker } from "@/lib/scan/rapport-guards";
import { top3WeigeringVoor } from "@/lib/scan/stap6";
import { ZLangeTekst } from "@/lib/validation/rapport";
import { ZOptioneleTekst, ZTekst, ZUuid } from "@/lib/validation/common";
import { performTransition } from "@/lib/scan/transitions";

const RANGEN = [1, 2, 3] as const;
const ZDatum = (rang: number) =>
  z
    .string({ error: `Kies de termijn van nummer ${rang}.` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `Kies de termijn van nummer ${rang}.` });

/** The maturity level the item aims for; empty when not chosen. */
const ZOptioneelNiveau = (rang: number) =>
  z
    .enum(["", "1", "2", "3", "4", "5"], { error: `Kies een beoogd niveau van 1 tot 5 voor nummer ${rang}.` })
    .optional()
    .transform((v) => (v ? Number(v) : null));

const ZTop3 = z.object({
  scanId: ZUuid,
  ...Object.fromEntries(
    RANGEN.flatMap((r) => [
      [`hp${r}`, z.uuid({ error: `Kies handelingsperspectief nummer ${r}.` })],
      [`eigenaar${r}`, ZTekst(`de eigenaar van nummer ${r}`, 150)],
      [`termijn${r}`, ZDatum(r)],
      [`eersteStap${r}`, ZLangeTekst(`de eerste stap van nummer ${r}`, 500)],
      [`doelNiveau${r}`, ZOptioneelNiveau(r)],
      [`partners${r}`, ZOptioneleTekst(`de partners van nummer ${r}`, 300)],
      [`middelen${r}`, ZOptioneleTekst(`de middelen van nummer ${r}`, 500)],
      [`indicator${r}`, ZOptioneleTekst(`de indicator van nummer ${r}`, 500)],
    ]),
  ),
});

/**
 * The begeleider opens voting again after the top 3 was fixed (the room changed its mind
 * before the report is final): the ranks go, the proposals and votes stay.
 */
export const reopenStemmenAction = defineScanAction("reopenStemmen","scan.begeleid", z.object({ scanId: ZUuid }), async ({ scanId }, { user }) => {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [scan] = await tx.select({ stap: scans.stap, top3VastgesteldAt: scans.top3VastgesteldAt }).from(scans).where(eq(scans.id, scanId)).for("update");
    const weigering = top3WeigeringVoor("reopenStemmen", scan);
    if (weigering) throw new UserError(weigering);
    const now = new Date();
    await tx.update(handelingsperspectieven).set({ rang: null, updatedAt: now }).where(eq(handelingsperspectieven.scanId, scanId));
    await tx.update(scans).set({ top3VastgesteldAt: null, updatedAt: now }).where(eq(scans.id, scanId));
    await audit(tx, { actorId: user.id, action: "hp.reopenStemmen", scanId });
  });
  revalidatePath(`/scans/${scanId}`, "layout");
  redirect(`/scans/${scanId}/handelingsperspectieven?melding=stemmen-heropend`);
});
