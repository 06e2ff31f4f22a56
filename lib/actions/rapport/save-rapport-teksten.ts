"use server";

import { and, eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import * as z from "zod";
import { getDb } from "@/db/client";
import { rapportTeksten, scans } from "@/db/schema";
import { defineScanAction } from "@/lib/actions/define-action";
import { audit } from "@/lib/audit";
import { UserError } from "@/lib/errors";
import { TEKST_VELDEN } from "@/lib/rapport/tekst-velden";
import { normaliseerTekst } from "@/lib/rapport/teksten";
import { ZUuid } from "@/lib/validation/common";

/** Absent = leave as it is; empty = remove. Markup is kept as text: every renderer escapes it. */
const ZRapportTekst = (label: string, max: number) =>
  z
    .string()
    .transform(normaliseerTekst)
    .pipe(z.string().max(max, { error: `${label} mag niet langer zijn dan ${max} tekens.` }))
    .optional();

const ZRapportTeksten = z.object({
  scanId: ZUuid,
  ...Object.fromEntries(TEKST_VELDEN.map((v) => [v.sleutel, ZRapportTekst(v.label, v.max)])),
});

const BEWERKBAAR = new Set(["concept", "handelingsperspectieven"]);

/** The begeleider's texts (samenvatting, per dimension, conclusies); used by the next version. */
export const saveRapportTekstenAction = defineScanAction("saveRapportTeksten", "scan.begeleid", ZRapportTeksten, async (input, { user }) => {
  const { scanId, ...velden } = input as { scanId: string } & Record<string, string | undefined>;
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [scan] = await tx.select({ stap: scans.stap }).from(scans).where(eq(scans.id, scanId)).for("update");
    if (!scan || !BEWERKBAAR.has(scan.stap)) throw new UserError("De teksten van het rapport kun je alleen in stap 5 en 6 bewerken.");
    let aantal = 0;
    for (const [sleutel, tekst] of Object.entries(velden)) {
      if (tekst === undefined) continue;
      aantal++;
      if (!tekst) {
        await tx.delete(rapportTeksten).where(and(eq(rapportTeksten.scanId, scanId), eq(rapportTeksten.sleutel, sleutel)));
        continue;
      }
      const values = { tekst, updatedBy: user.id, updatedAt: new Date() };
      await tx
        .insert(rapportTeksten)
        .values({ scanId, sleutel, ...values })
        .onConflictDoUpdate({ target: [rapportTeksten.scanId, rapportTeksten.sleutel], set: values });
    }
    await audit(tx, { actorId: user.id, action: "rapport.saveTeksten", scanId, details: { velden: aantal } });
  });
  revalidatePath(`/scans/${scanId}/rapport`, "layout");
  return { status: "ok", message: "De teksten zijn opgeslagen." };
});
