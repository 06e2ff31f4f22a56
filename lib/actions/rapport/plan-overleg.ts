"use server";

import { eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import * as z from "zod";
import { getDb } from "@/db/client";
import { scans } from "@/db/schema";
import { defineScanAction } from "@/lib/actions/define-action";
import { audit } from "@/lib/audit";
import { fromAmsterdamLocal } from "@/lib/dates";
import { UserError } from "@/lib/errors";
import { kickOutbox } from "@/lib/jobs/kick";
import { uitnodigingOverlegMails } from "@/lib/mail/catalogue";
import { enqueueMails } from "@/lib/mail/outbox";
import { withMelding } from "@/lib/meldingen";
import { scanOntvangers } from "@/lib/rapport/ontvangers";
import { ZUuid } from "@/lib/validation/common";

const DUUR = ["30", "45", "60", "90", "120"] as const;

const ZOverleg = z.object({
  scanId: ZUuid,
  overlegAt: z.string({ error: "Kies datum en tijd van het overleg." }).min(1, { error: "Kies datum en tijd van het overleg." }),
  duur: z.enum(DUUR, { error: "Kies hoe lang het overleg duurt." }).transform(Number),
  link: z
    .string({ error: "Vul de link naar het online overleg in." })
    .trim()
    .max(500, { error: "De link mag niet langer zijn dan 500 tekens." })
    .refine((v) => /^https:\/\/[^\s<>"]+$/.test(v) && URL.canParse(v), { error: "Vul een volledige link in die begint met https://." }),
});

/** Plans (or moves) the digital meeting about the concept; everybody gets an .ics invitation. */
export const planOverlegAction = defineScanAction("planOverleg", "scan.begeleid", ZOverleg, async (input, { user, access }) => {
  const moment = fromAmsterdamLocal(input.overlegAt);
  if (!moment) throw new UserError("Vul een geldige datum en tijd in.", "overlegAt");
  const now = new Date();
  if (moment <= now) throw new UserError("Kies een moment in de toekomst.", "overlegAt");
  if (moment.getTime() - now.getTime() > 366 * 86_400_000) throw new UserError("Kies een moment binnen een jaar.", "overlegAt");
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [scan] = await tx.select().from(scans).where(eq(scans.id, input.scanId)).for("update");
    if (scan?.stap !== "concept") throw new UserError("Het digitale overleg plan je in stap 5, als het concept klaar is.");
    await tx
      .update(scans)
      .set({ overlegAt: moment, overlegDuurMinuten: input.duur, overlegLink: input.link, updatedAt: now })
      .where(eq(scans.id, input.scanId));
    const ontvangers = await scanOntvangers(tx, input.scanId);
    const overleg = {
      scanId: input.scanId,
      gemeente: access.scan.gemeenteNaam,
      moment,
      duurMinuten: input.duur,
      link: input.link,
      gewijzigd: !!scan.overlegAt,
    };
    await enqueueMails(tx, uitnodigingOverlegMails(overleg, ontvangers, now), now);
    await audit(tx, {
      actorId: user.id,
      action: "rapport.planOverleg",
      scanId: input.scanId,
      details: { overlegAt: moment.toISOString(), duur: input.duur, mails: ontvangers.length },
    });
  });
  kickOutbox();
  revalidatePath(`/scans/${input.scanId}`, "layout");
  redirect(withMelding("feedback", "overleg-gepland", `/scans/${input.scanId}/rapport/feedback`));
});
