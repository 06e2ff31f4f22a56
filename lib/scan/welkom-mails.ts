import { eq } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { scans, type TRol } from "@/db/schema";
import { welkomDeelnemerMail, workshopdatumMails } from "@/lib/mail/catalogue";
import type { TOutgoingMail } from "@/lib/mail/outbox";
import { workshopVersies } from "./workshop-sequence";

/**
 * What a deelnemer who joins in stap 2 gets: the welcome mail, and the workshop invitation
 * with its .ics when the date is already set. For one added by hand and for one taken over
 * from the previous scan alike.
 */
export async function welkomMailsVoor(
  tx: Queryable,
  input: { scanId: string; gemeente: string; persoon: { userId: string; email: string }; rol: TRol; procesregisseur: string; now: Date },
): Promise<TOutgoingMail[]> {
  const [scan] = await tx
    .select({ workshopAt: scans.workshopAt, duur: scans.workshopDuurMinuten, locatie: scans.workshopLocatie, stap: scans.stap })
    .from(scans)
    .where(eq(scans.id, input.scanId));
  const toolGestart = scan!.stap === "analysetool";
  const mails: TOutgoingMail[] = [
    welkomDeelnemerMail({
      scanId: input.scanId,
      gemeente: input.gemeente,
      userId: input.persoon.userId,
      email: input.persoon.email,
      rol: input.rol,
      procesregisseur: input.procesregisseur,
      workshopAt: scan!.workshopAt,
      toolGestart,
      now: input.now,
    }),
  ];
  if (scan!.workshopAt && scan!.duur && scan!.locatie) {
    const versies = await workshopVersies(tx, input.scanId);
    const workshop = { scanId: input.scanId, gemeente: input.gemeente, workshopAt: scan!.workshopAt, duurMinuten: scan!.duur, locatie: scan!.locatie };
    const ontvanger = { userId: input.persoon.userId, email: input.persoon.email, deelnemer: true };
    mails.push(...workshopdatumMails(workshop, [ontvanger], { sequence: Math.max(0, versies - 1), gewijzigd: false, now: input.now, toolGestart }));
  }
  return mails;
}
