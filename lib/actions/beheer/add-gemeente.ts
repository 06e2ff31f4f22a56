"use server";

import { and, eq, sql } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import * as z from "zod";
import { getDb } from "@/db/client";
import { gemeenten } from "@/db/schema";
import { defineAdminAction } from "@/lib/actions/define-action";
import { audit } from "@/lib/audit";
import { isUniqueViolation } from "@/lib/db-errors";
import { UserError } from "@/lib/errors";
import { withMelding } from "@/lib/meldingen";
import { naamSleutel } from "@/lib/scan/gemeente-invoer";
import { PROVINCIES } from "@/lib/scan/provincies";
import { ZTekst } from "@/lib/validation/common";

const CODE_FOUT = "Vul een CBS-code in: GM gevolgd door vier cijfers, zoals GM1992.";

/** Adds a gemeente (e.g. after a merger or renaming), so it can register. */
export const addGemeenteAction = defineAdminAction(
  "addGemeente",
  z.object({
    code: z
      .string({ error: CODE_FOUT })
      .trim()
      .toUpperCase()
      .regex(/^GM\d{4}$/, { error: CODE_FOUT }),
    naam: ZTekst("de naam", 100),
    provincie: z.enum(PROVINCIES, { error: "Kies een provincie." }),
  }),
  async ({ code, naam, provincie }, { user }) => {
    const db = await getDb();
    const dubbel = `Er is al een gemeente met code ${code}.`;
    try {
      await db.transaction(async (tx) => {
        const [zelfdeCode] = await tx.select({ id: gemeenten.id }).from(gemeenten).where(eq(gemeenten.code, code)).limit(1);
        if (zelfdeCode) throw new UserError(dubbel, "code");
        // Names must stay unambiguous: the registration form also accepts a bare name.
        const [zelfdeNaam] = await tx
          .select({ code: gemeenten.code })
          .from(gemeenten)
          .where(and(sql`lower(${gemeenten.naam}) = ${naamSleutel(naam)}`, eq(gemeenten.actief, true)))
          .limit(1);
        if (zelfdeNaam)
          throw new UserError(`Er is al een actieve gemeente met deze naam (${zelfdeNaam.code}). Deactiveer die eerst, of kies een andere naam.`, "naam");
        await tx.insert(gemeenten).values({ code, naam, provincie, createdAt: new Date() });
        await audit(tx, { actorId: user.id, action: "gemeente.toegevoegd", details: { code } });
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw new UserError(dubbel, "code");
      throw err;
    }
    revalidatePath("/beheer/gemeenten");
    redirect(withMelding("gemeenten", "toegevoegd", `/beheer/gemeenten?zoek=${code}`));
  },
);
