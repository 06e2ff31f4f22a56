"use server";

import { eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import * as z from "zod";
import { getDb } from "@/db/client";
import { gemeenten } from "@/db/schema";
import { defineAdminAction } from "@/lib/actions/define-action";
import { audit } from "@/lib/audit";
import { UserError } from "@/lib/errors";
import { withMelding } from "@/lib/meldingen";
import { RIEC_REGIOS, VEILIGHEIDSREGIO_CODES } from "@/lib/scan/regios";
import { ZUuid } from "@/lib/validation/common";

/** Corrects a gemeente's veiligheidsregio and RIEC region (the benchmark groups by the latter). */
export const setGemeenteRegioAction = defineAdminAction(
  "setGemeenteRegio",
  z.object({
    gemeenteId: ZUuid,
    veiligheidsregio: z.enum(VEILIGHEIDSREGIO_CODES, { error: "Kies een veiligheidsregio." }),
    riec: z.enum(RIEC_REGIOS, { error: "Kies een RIEC-regio." }),
  }),
  async ({ gemeenteId, veiligheidsregio, riec }, { user }) => {
    const db = await getDb();
    const code = await db.transaction(async (tx) => {
      const [vorig] = await tx
        .select({ code: gemeenten.code, vr: gemeenten.veiligheidsregioCode, riec: gemeenten.riec })
        .from(gemeenten)
        .where(eq(gemeenten.id, gemeenteId));
      if (!vorig) throw new UserError("Deze gemeente bestaat niet.");
      await tx.update(gemeenten).set({ veiligheidsregioCode: veiligheidsregio, riec }).where(eq(gemeenten.id, gemeenteId));
      await audit(tx, {
        actorId: user.id,
        action: "gemeente.regio_gewijzigd",
        details: { code: vorig.code, vanVeiligheidsregio: vorig.vr, vanRiec: vorig.riec, veiligheidsregio, riec },
      });
      return vorig.code;
    });
    revalidatePath("/beheer/gemeenten");
    redirect(withMelding("gemeenten", "regio", `/beheer/gemeenten?zoek=${code}`));
  },
);
