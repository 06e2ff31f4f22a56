"use server";

import { and, count, eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import * as z from "zod";
import { getDb } from "@/db/client";
import { rapporten, rapportFeedback, scans } from "@/db/schema";
import { defineScanAction } from "@/lib/actions/define-action";
import { UserError } from "@/lib/errors";
import { kickOutbox } from "@/lib/jobs/kick";
import { stemmenOpenMail } from "@/lib/mail/catalogue";
import { enqueueMails } from "@/lib/mail/outbox";
import { withMelding } from "@/lib/meldingen";
import { scanOntvangers } from "@/lib/rapport/ontvangers";
import { startHandelingsperspectievenBlocker } from "@/lib/scan/rapport-guards";
import { performTransition } from "@/lib/scan/transitions";
import { ZUuid } from "@/lib/validation/common";

/** Stap 5 → 6: the concept was discussed and every reaction handled. */
export const startHandelingsperspectievenAction = defineScanAction(
  "startHandelingsperspectieven",
  "scan.begeleid",
  z.object({ scanId: ZUuid, overlegGehouden: z.literal("ja").optional() }),
  async ({ scanId, overlegGehouden }, { user, access }) => {
    const db = await getDb();
    await db.transaction(async (tx) => {
      const [scan] = await tx.select().from(scans).where(eq(scans.id, scanId)).for("update");
      if (scan?.stap !== "concept") throw new UserError("De scan staat niet in stap 5.");
      const [concepten] = await tx
        .select({ n: count() })
        .from(rapporten)
        .where(and(eq(rapporten.scanId, scanId), eq(rapporten.soort, "concept")));
      const [open] = await tx
        .select({ n: count() })
        .from(rapportFeedback)
        .where(and(eq(rapportFeedback.scanId, scanId), eq(rapportFeedback.status, "open")));
      const now = new Date();
      const blocker = startHandelingsperspectievenBlocker({
        concepten: Number(concepten?.n ?? 0),
        overlegAt: scan.overlegAt,
        overlegDuurMinuten: scan.overlegDuurMinuten,
        now,
        bevestigd: overlegGehouden === "ja",
        openReacties: Number(open?.n ?? 0),
      });
      if (blocker) throw new UserError(blocker);
      // Confirmed as held before its planned start: it took place earlier than planned, so the
      // report's Verloop must not show it after the definitief report (issue 19.1, same kind).
      const eerder = overlegGehouden === "ja" && scan.overlegAt !== null && now < scan.overlegAt;
      await performTransition(tx, {
        scanId,
        transitie: "startHandelingsperspectieven",
        actorId: user.id,
        now,
        stempels: eerder ? { overlegAt: now } : {},
        details: { bevestigd: overlegGehouden === "ja" },
      });
      // Issue 19.6: the people who vote are told that voting opened (the begeleiders are the ones who opened it).
      const gemeente = access.scan.gemeenteNaam;
      const leden = (await scanOntvangers(tx, scanId)).filter((o) => !o.begeleider && o.userId !== user.id);
      await enqueueMails(
        tx,
        leden.map((o) => stemmenOpenMail({ scanId, gemeente, ontvanger: o })),
        now,
      );
    });
    kickOutbox();
    revalidatePath(`/scans/${scanId}`, "layout");
    redirect(withMelding("handelingsperspectieven", "stap-6", `/scans/${scanId}/handelingsperspectieven`));
  },
);
