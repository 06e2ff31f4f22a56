import { createElement } from "react";
import type { TRol } from "@/db/schema";
import { WelkomDeelnemerMail } from "@/emails/welkom-deelnemer";
import { ROL_LABELS } from "@/lib/analysetool/rollen-en-niveaus";
import { appUrl } from "@/lib/config";
import { formatDatumTijd } from "@/lib/dates";
import { beoordeelWorkshopDatum } from "@/lib/scan/workshop-datum";
import type { TMail } from "./soorten";

/**
 * Stap 2: the welcome mail of a new deelnemer. No token: it links to the sign-in page, which
 * sends a fresh 10-minute link, and from there to the planning.
 */
export function welkomDeelnemerMail(input: {
  scanId: string;
  gemeente: string;
  userId: string;
  email: string;
  rol: TRol;
  procesregisseur: string;
  workshopAt: Date | null;
  toolGestart: boolean;
  now: Date;
}): TMail {
  const oordeel = input.workshopAt ? beoordeelWorkshopDatum(input.workshopAt, input.now) : null;
  return {
    idempotencyKey: `welkom-deelnemer/${input.scanId}/${input.userId}`,
    kind: "welkom_deelnemer",
    to: input.email,
    subject: `Je doet mee aan de datavolwassenheidsscan van gemeente ${input.gemeente}`,
    scanId: input.scanId,
    body: createElement(WelkomDeelnemerMail, {
      gemeente: input.gemeente,
      procesregisseur: input.procesregisseur,
      rol: ROL_LABELS[input.rol],
      workshop: input.workshopAt ? formatDatumTijd(input.workshopAt) : null,
      analysetoolVanaf: input.toolGestart
        ? "Nu al open; je krijgt er een aparte mail over"
        : oordeel?.status === "ok"
          ? formatDatumTijd(oordeel.schedule.uitnodiging)
          : oordeel
            ? "Binnenkort, zodra de analysetool wordt gestart"
            : null,
      deadline: oordeel ? formatDatumTijd(oordeel.schedule.deadline) : null,
      planningUrl: `${appUrl()}/inloggen?callbackUrl=/scans/${input.scanId}/planning`,
      toolGestart: input.toolGestart,
    }),
  };
}
