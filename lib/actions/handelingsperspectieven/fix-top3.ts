"use server";

import { and, eq, inArray } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import * as z from "zod";
import { getDb } from "@/db/client";
import { handelingsperspectieven, scans } from "@/db/schema";
import { defineScanAction } from "@/lib/actions/define-action";
import { audit } from "@/lib/audit";
import { amsterdamDay, fromAmsterdamLocal } from "@/lib/dates";
import { UserError } from "@/lib/errors";
import { withMelding } from "@/lib/meldingen";
import { top3WeigeringVoor } from "@/lib/scan/stap6";
import { ZOptioneleTekst, ZTekst, ZUuid } from "@/lib/validation/common";
import { ZLangeTekst } from "@/lib/validation/rapport";

const RANGEN = [1, 2, 3] as const;
const ZDatum = (rang: number) =>
  z.string({ error: `Kies de termijn van nummer ${rang}.` }).regex(/^\d{4}-\d{2}-\d{2}$/, { error: `Kies de termijn van nummer ${rang}.` });

/** The maturity level the item aims for; empty when not chosen. */
const ZOptioneelNiveau = (rang: number) =>
  z
    .enum(["", "1", "2", "3", "4", "5"], { error: `Kies een beoogd niveau van 1 tot 5 voor nummer ${rang}.` })
    .optional()
    .transform((v) => (v ? Number(v) : null));

const ZTop3 = z.object({
  scanId: ZUuid,
  ...(Object.fromEntries(
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
  ) as Record<string, z.ZodType>),
});

/** The begeleider fixes the top 3, each with owner (role or name), term and a first concrete step. */
export const fixTop3Action = defineScanAction("fixTop3", "scan.begeleid", ZTop3, async (raw, { user }) => {
  const input = raw as Record<string, string | number | null | undefined> & { scanId: string };
  const scanId = input.scanId!;
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
  redirect(withMelding("handelingsperspectieven", "top3-vastgelegd", `/scans/${scanId}/handelingsperspectieven`));
});
