"use server";

import { eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import * as z from "zod";
import { getDb } from "@/db/client";
import { gemeenten } from "@/db/schema";
import { asFormAction, defineAdminAction } from "@/lib/actions/define-action";
import { audit } from "@/lib/audit";
import { UserError } from "@/lib/errors";
import { withMelding } from "@/lib/meldingen";
import { ZUuid } from "@/lib/validation/common";

/** A merged or renamed gemeente stays for history but is no longer offered in the form. */
export const setGemeenteActiveAction = asFormAction(
  defineAdminAction(
    "setGemeenteActive",
    z.object({ gemeenteId: ZUuid, actief: z.enum(["ja", "nee"]), zoek: z.string().max(100).optional() }),
    async ({ gemeenteId, actief, zoek }, { user }) => {
      const db = await getDb();
      await db.transaction(async (tx) => {
        const rows = await tx
          .update(gemeenten)
          .set({ actief: actief === "ja" })
          .where(eq(gemeenten.id, gemeenteId))
          .returning({ code: gemeenten.code });
        if (!rows.length) throw new UserError("Deze gemeente bestaat niet.");
        await audit(tx, {
          actorId: user.id,
          action: actief === "ja" ? "gemeente.geactiveerd" : "gemeente.gedeactiveerd",
          details: { code: rows[0]!.code },
        });
      });
      revalidatePath("/beheer/gemeenten");
      const terug = zoek ? `/beheer/gemeenten?zoek=${encodeURIComponent(zoek)}` : "/beheer/gemeenten";
      redirect(withMelding("gemeenten", actief === "ja" ? "geactiveerd" : "gedeactiveerd", terug));
    },
  ),
);
