"use server";

import { and, eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import * as z from "zod";
import { getDb } from "@/db/client";
import { sessions, users } from "@/db/schema";
import { asFormAction, defineAdminAction } from "@/lib/actions/define-action";
import { audit } from "@/lib/audit";
import { UserError } from "@/lib/errors";
import { withMelding } from "@/lib/meldingen";

/**
 * Deactivates or reactivates a begeleider. A deactivated account keeps its history but can
 * no longer sign in; its open sessions are ended at once.
 */
export const setBegeleiderActiveAction = asFormAction(
  defineAdminAction(
    "setBegeleiderActive",
    z.object({ userId: z.string().min(1).max(100), actief: z.enum(["ja", "nee"]) }),
    async ({ userId, actief }, { user }) => {
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
        await audit(tx, {
          actorId: user.id,
          action: active ? "begeleider.geheractiveerd" : "begeleider.gedeactiveerd",
          details: { userId },
        });
      });
      revalidatePath("/beheer/begeleiders");
      redirect(withMelding("begeleiders", active ? "geheractiveerd" : "gedeactiveerd", "/beheer/begeleiders"));
    },
  ),
);
