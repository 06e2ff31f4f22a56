"use server";

import { and, eq, inArray } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createElement } from "react";
import * as z from "zod";
import { getDb, type Queryable } from "@/db/client";
import { handelingsperspectieven, scans } from "@/db/schema";
import DefinitiefRapportMail from "@/emails/definitief-rapport";
import { defineAction } from "@/lib/actions/client";
import { authorizeScan } from "@/lib/auth/access";
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

/** The begeleider fixes the top 3, each with owner (role or name), term and a first concrete step. */
export const fixTop3Action = defineAction("fixTop3", ZTop3, async (raw, { user }) => {
  const input = raw as Record<string, string | number | null | undefined> & { scanId: string };
  const scanId = input.scanId!;
  await authorizeScan(user, scanId, "scan.begeleid", "fixTop3");
  const tekst = (key: string) => (input[key] as string | undefined) ?? null;
  const gekozen = RANGEN.map((r) => tekst(`hp${r}`)!);
  if (new Set(gekozen).size !== 3) throw new UserError("Kies drie verschillende handelingsperspectieven.", "hp1");
  const vandaag = amsterdamDay(new Date());
  const termijnen = RANGEN.map((r) => {
    const dag = tekst(`termijn${r}`)!;
    const d = fromAmsterdamLocal(`${dag}T00:00`);
    if (!d) throw new UserError(`Vul een geldige datum in voor nummer ${r}.`, `termijn${r}`);
    if (dag < vandaag) throw new UserError(`De termijn van nummer ${r} ligt in het verleden.`, `termijn${r}`);
    return d;
  });
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [scan] = await tx.select({ stap: scans.stap, top3VastgesteldAt: scans.top3VastgesteldAt }).from(scans).where(eq(scans.id, scanId)).for("update");
    const weigering = top3WeigeringVoor("fixTop3", scan);
    if (weigering) throw new UserError(weigering);
    const bestaand = await tx
      .select({ id: handelingsperspectieven.id })
      .from(handelingsperspectieven)
      .where(and(eq(handelingsperspectieven.scanId, scanId), inArray(handelingsperspectieven.id, gekozen)));
    if (bestaand.length !== 3) throw new UserError("Een van de gekozen handelingsperspectieven bestaat niet (meer). Laad de pagina opnieuw.");
    const now = new Date();
    await tx
      .update(handelingsperspectieven)
      .set({ rang: null, doelNiveau: null, partners: null, middelen: null, indicator: null, updatedAt: now })
      .where(eq(handelingsperspectieven.scanId, scanId));
    for (const [i, r] of RANGEN.entries()) {
      await tx
        .update(handelingsperspectieven)
        .set({
          rang: r,
          eigenaar: tekst(`eigenaar${r}`),
          termijn: termijnen[i]!,
          eersteStap: tekst(`eersteStap${r}`),
          doelNiveau: (input[`doelNiveau${r}`] as number | null | undefined) ?? null,
          partners: tekst(`partners${r}`),
          middelen: tekst(`middelen${r}`),
          indicator: tekst(`indicator${r}`),
          updatedAt: now,
        })
        .where(and(eq(handelingsperspectieven.id, gekozen[i]!), eq(handelingsperspectieven.scanId, scanId)));
    }
    await tx.update(scans).set({ top3VastgesteldAt: now, updatedAt: now }).where(eq(scans.id, scanId));
    await audit(tx, { actorId: user.id, action: "hp.fixTop3", scanId, details: { hp1: gekozen[0]!, hp2: gekozen[1]!, hp3: gekozen[2]! } });
  });
  revalidatePath(`/scans/${scanId}`, "layout");
  redirect(`/scans/${scanId}/handelingsperspectieven?melding=top3-vastgelegd`);
});

/**
 * Stap 6 → 7: renders the definitief eindrapport from the current data (with the handled
 * reactions and the top 3), stores it immutably, mails every member and closes the scan.
 */
export const finalizeAction = defineAction("finalize", z.object({ scanId: ZUuid }), async ({ scanId }, { user }) => {
  const access = await authorizeScan(user, scanId, "scan.begeleid", "finalize");
  const db = await getDb();
  const kanVaststellen = async (q: Queryable, lock: boolean) => {
    const vraag = q.select({ stap: scans.stap, top3VastgesteldAt: scans.top3VastgesteldAt }).from(scans).where(eq(scans.id, scanId));
    const [scan] = lock ? await vraag.for("update") : await vraag;
    const weigering = top3WeigeringVoor("finalize", scan);
    if (weigering) throw new UserError(weigering);
    const hps = await q
      .select({ titel: handelingsperspectieven.titel, rang: handelingsperspectieven.rang, eigenaar: handelingsperspectieven.eigenaar, termijn: handelingsperspectieven.termijn, eersteStap: handelingsperspectieven.eersteStap })
      .from(handelingsperspectieven)
      .where(eq(handelingsperspectieven.scanId, scanId));
    const blocker = finalizeBlocker(hps);
    if (blocker) throw new UserError(blocker);
  };
  // Checked before rendering (no work for nothing) and again under the lock (nothing changed since).
  await kanVaststellen(db, false);
  const now = new Date();
  const voorbereid = await bereidRapportVoor(db, { scanId, soort: "definitief", datum: now });
  await db.transaction(async (tx) => {
    await kanVaststellen(tx, true);
    const r = await slaRapportOp(tx, voorbereid, user.id);
    await performTransition(tx, { scanId, transitie: "finalize", actorId: user.id, now, stempels: { afgerondAt: now }, details: { rapportId: r.id, sha256: r.sha256 } });
    const gemeente = access.scan.gemeenteNaam;
    const top3 = r.model.handelingsperspectieven.items.map((h) => h.titel);
    const ontvangers = (await scanOntvangers(tx, scanId)).filter((o) => o.userId !== user.id);
    await enqueueMails(
      tx,
      ontvangers.map((o) => ({
        idempotencyKey: `definitief-rapport/${scanId}/${o.userId}`,
        kind: "definitief_rapport",
        to: o.email,
        subject: `Eindrapport datavolwassenheidsscan ${gemeente}`,
        body: createElement(DefinitiefRapportMail, { gemeente, datum: formatDatum(now), top3, rapportUrl: `${appUrl()}/scans/${scanId}/rapport` }),
        scanId,
      })),
      now,
    );
  });
  kickOutbox();
  revalidatePath(`/scans/${scanId}`, "layout");
  redirect(`/scans/${scanId}?melding=afgerond`);
});

/**
 * The begeleider opens voting again after the top 3 was fixed (the room changed its mind
 * before the report is final): the ranks go, the proposals and votes stay.
 */
export const reopenStemmenAction = defineAction("reopenStemmen", z.object({ scanId: ZUuid }), async ({ scanId }, { user }) => {
  await authorizeScan(user, scanId, "scan.begeleid", "reopenStemmen");
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
