"use server";

import { and, eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import * as z from "zod";
import { getDb } from "@/db/client";
import { sessions, users } from "@/db/schema";
import { defineAction, defineFormAction } from "@/lib/actions/client";
import { authorizeAdmin } from "@/lib/auth/access";
import { audit } from "@/lib/audit";
import { isUniqueViolation } from "@/lib/db-errors";
import { UserError } from "@/lib/errors";
import { ZEmail, ZTekst } from "@/lib/validation/common";

const BESTAAT = "Er is al een account met dit e-mailadres. Kies een ander adres of heractiveer de begeleider hieronder.";

/** Adds a begeleider account; they sign in with a magic link like everyone else. */
export const addBegeleiderAction = defineAction(
  "addBegeleider",
  z.object({ naam: ZTekst("de naam"), email: ZEmail }),
  async ({ naam, email }, { user }) => {
    await authorizeAdmin(user, "addBegeleider");
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
    redirect("/beheer/begeleiders?melding=toegevoegd");
  },
);

/**
 * Deactivates or reactivates a begeleider. A deactivated account keeps its history but can
 * no longer sign in; its open sessions are ended at once.
 */
export const setBegeleiderActiveAction = defineFormAction(
  "setBegeleiderActive",
  z.object({ userId: z.string().min(1).max(100), actief: z.enum(["ja", "nee"]) }),
  async ({ userId, actief }, { user }) => {
    await authorizeAdmin(user, "setBegeleiderActive");
    const active = actief === "ja";
    const db = await getDb();
    await db.transaction(async (tx) => {
      const rows = await tx
        .update(users)
        .set({ active })
        .where(and(eq(users.id, userId), eq(users.role, "begeleider")))
        .returning({ id: users.id });
      if (!rows.length) throw new UserError("Deze begeleider bestaat niet.");
      if (!active) await tx.delete(sessions).where(eq(sessions.userId, userId));
      await audit(tx, { actorId: user.id, action: active ? "begeleider.geheractiveerd" : "begeleider.gedeactiveerd", details: { userId } });
    });
    revalidatePath("/beheer/begeleiders");
    redirect(`/beheer/begeleiders?melding=${active ? "geheractiveerd" : "gedeactiveerd"}`);
  },
);
