"use server";

import { eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import * as z from "zod";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { defineAdminAction } from "@/lib/actions/define-action";
import { audit } from "@/lib/audit";
import { isUniqueViolation } from "@/lib/db-errors";
import { UserError } from "@/lib/errors";
import { withMelding } from "@/lib/meldingen";
import { ZEmail, ZTekst } from "@/lib/validation/common";

const BESTAAT = "Er is al een account met dit e-mailadres. Kies een ander adres of heractiveer de begeleider hieronder.";

/** Adds a begeleider account; they sign in with a magic link like everyone else. */
export const addBegeleiderAction = defineAdminAction(
  "addBegeleider",
  z.object({ naam: ZTekst("de naam"), email: ZEmail }),
  async ({ naam, email }, { user }) => {
    const db = await getDb();
    try {
      await db.transaction(async (tx) => {
        const [bestaand] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1);
        if (bestaand) throw new UserError(BESTAAT, "email");
        const [created] = await tx.insert(users).values({ email, name: naam, role: "begeleider", createdAt: new Date() }).returning({ id: users.id });
        await audit(tx, { actorId: user.id, action: "begeleider.toegevoegd", details: { userId: created!.id } });
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw new UserError(BESTAAT, "email");
      throw err;
    }
    revalidatePath("/beheer/begeleiders");
    redirect(withMelding("begeleiders", "toegevoegd", "/beheer/begeleiders"));
  },
);
