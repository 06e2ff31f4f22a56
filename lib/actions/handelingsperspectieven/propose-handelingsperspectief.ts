"use server";

import { eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import * as z from "zod";
import { getDb } from "@/db/client";
import { handelingsperspectieven, scans } from "@/db/schema";
import { defineScanAction } from "@/lib/actions/define-action";
import { MODEL_2026_1 } from "@/lib/analysetool";
import { audit } from "@/lib/audit";
import { UserError } from "@/lib/errors";
import { withMelding } from "@/lib/meldingen";
import { top3WeigeringVoor } from "@/lib/scan/stap6";
import { ZTekst, ZUuid } from "@/lib/validation/common";
import { ZLangeTekst } from "@/lib/validation/rapport";

const DIMENSIE_IDS = MODEL_2026_1.dimensies.map((d) => d.id) as [string, ...string[]];

const ZVoorstel = z.object({
  scanId: ZUuid,
  titel: ZTekst("een titel", 150),
  omschrijving: ZLangeTekst("een omschrijving", 2000),
  dimensieId: z.enum(DIMENSIE_IDS, { error: "Kies de dimensie die dit handelingsperspectief verbetert." }),
});

/** A member or begeleider proposes a handelingsperspectief for the longlist. */
export const proposeHandelingsperspectiefAction = defineScanAction("proposeHandelingsperspectief", "scan.participate", ZVoorstel, async (input, { user }) => {
  const db = await getDb();
  const now = new Date();
  await db.transaction(async (tx) => {
    const [scan] = await tx.select({ stap: scans.stap, top3VastgesteldAt: scans.top3VastgesteldAt }).from(scans).where(eq(scans.id, input.scanId)).for("share");
    const weigering = top3WeigeringVoor("proposeHandelingsperspectief", scan);
    if (weigering) throw new UserError(weigering);
    const [row] = await tx
      .insert(handelingsperspectieven)
      .values({
        scanId: input.scanId,
        titel: input.titel,
        omschrijving: input.omschrijving,
        dimensieId: input.dimensieId,
        proposedBy: user.id,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: handelingsperspectieven.id });
    await audit(tx, {
      actorId: user.id,
      action: "hp.propose",
      scanId: input.scanId,
      details: { hpId: row!.id, dimensieId: input.dimensieId },
    });
  });
  revalidatePath(`/scans/${input.scanId}/handelingsperspectieven`);
  redirect(withMelding("handelingsperspectieven", "voorstel-toegevoegd", `/scans/${input.scanId}/handelingsperspectieven`));
});
