"use server";

import { and, eq, isNotNull } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import * as z from "zod";
import { getDb } from "@/db/client";
import { gemeenten, scanMembers, scans, users } from "@/db/schema";
import { defineScanAction } from "@/lib/actions/define-action";
import { deadlineVan } from "@/lib/antwoorden/deadline";
import { REDEN_MAX } from "@/lib/antwoorden/validate";
import { audit } from "@/lib/audit";
import { UserError } from "@/lib/errors";
import { kickOutbox } from "@/lib/jobs/kick";
import { analysetoolHeropendMail } from "@/lib/mail/catalogue";
import { enqueueMail } from "@/lib/mail/outbox";
import { withMelding } from "@/lib/meldingen";
import { ZTekst, ZUuid } from "@/lib/validation/common";

/**
 * A begeleider opens a submitted tool again (a deelnemer wants to correct something, or
 * submitted by mistake). The reason is required: it is kept in the audit log and mailed
 * to the deelnemer. The answers stay; only the submission is undone.
 */
export const reopenAnalysetoolAction = defineScanAction(
  "reopenAnalysetool",
  "scan.begeleid",
  z.object({ scanId: ZUuid, memberId: ZUuid, reden: ZTekst("een reden", REDEN_MAX) }),
  async ({ scanId, memberId, reden }, { user }) => {
    const db = await getDb();
    const now = new Date();
    await db.transaction(async (tx) => {
      const [m] = await tx
        .select({
          email: users.email,
          stap: scans.stap,
          gemeente: gemeenten.naam,
          workshopAt: scans.workshopAt,
          deadlineAt: scans.deadlineAt,
        })
        .from(scanMembers)
        .innerJoin(users, eq(users.id, scanMembers.userId))
        .innerJoin(scans, eq(scans.id, scanMembers.scanId))
        .innerJoin(gemeenten, eq(gemeenten.id, scans.gemeenteId))
        .where(and(eq(scanMembers.id, memberId), eq(scanMembers.scanId, scanId)))
        .for("update", { of: scanMembers });
      if (!m) throw new UserError("Deze deelnemer hoort niet bij deze scan.", "_form");
      if (m.stap !== "analysetool") throw new UserError("Heropenen kan alleen zolang de scan in stap 3 (analysetool invullen) is.", "_form");
      const changed = await tx
        .update(scanMembers)
        .set({ ingediendAt: null, updatedAt: now })
        .where(and(eq(scanMembers.id, memberId), eq(scanMembers.scanId, scanId), isNotNull(scanMembers.ingediendAt)))
        .returning({ id: scanMembers.id });
      if (changed.length === 0) throw new UserError("Deze deelnemer heeft de analysetool nog niet ingediend; er is niets te heropenen.", "_form");
      // The reason is the begeleider's own words about the process; it is what the audit is for.
      await audit(tx, { actorId: user.id, action: "analysetool.reopen", scanId, details: { memberId, reden } });
      await enqueueMail(tx, analysetoolHeropendMail({ scanId, memberId, gemeente: m.gemeente, reden, deadline: deadlineVan(m), to: m.email, now }), now);
    });
    kickOutbox();
    revalidatePath(`/scans/${scanId}`, "layout");
    redirect(withMelding("voortgang", "heropend", `/scans/${scanId}/voortgang`));
  },
);
