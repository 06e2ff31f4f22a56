import { createElement } from "react";
import { AanmeldingAfgewezenMail } from "@/emails/aanmelding-afgewezen";
import { AanmeldingOntvangenMail } from "@/emails/aanmelding-ontvangen";
import { BegeleiderToegewezenMail } from "@/emails/begeleider-toegewezen";
import { NieuweAanmeldingMail } from "@/emails/nieuwe-aanmelding";
import { UitnodigingProcesregisseurMail } from "@/emails/uitnodiging-procesregisseur";
import { appUrl, PROGRAMMA_EMAIL } from "@/lib/config";
import type { TMail, TOntvanger } from "./soorten";

/** Stap 1: the confirmation to the contact who registered the gemeente (no account yet). */
export function aanmeldingOntvangenMail(input: { scanId: string; gemeente: string; to: string }): TMail {
  return {
    idempotencyKey: `aanmelding-ontvangen/${input.scanId}/contact`,
    kind: "aanmelding_ontvangen",
    to: input.to,
    subject: `Aanmelding ontvangen: datavolwassenheidsscan gemeente ${input.gemeente}`,
    scanId: input.scanId,
    body: createElement(AanmeldingOntvangenMail, { gemeente: input.gemeente, startUrl: appUrl() }),
  };
}

/** Stap 1: to each admin, so someone reviews the registration. */
export function nieuweAanmeldingMail(input: {
  scanId: string;
  gemeente: string;
  gemeenteCode: string;
  contactNaam: string;
  contactFunctie: string;
  voorkeurPeriode: string | null;
  opmerkingen: string | null;
  admin: TOntvanger;
}): TMail {
  return {
    idempotencyKey: `nieuwe-aanmelding/${input.scanId}/${input.admin.userId}`,
    kind: "nieuwe_aanmelding",
    to: input.admin.email,
    subject: `Nieuwe aanmelding: gemeente ${input.gemeente}`,
    scanId: input.scanId,
    body: createElement(NieuweAanmeldingMail, {
      gemeente: input.gemeente,
      gemeenteCode: input.gemeenteCode,
      contact: `${input.contactNaam}, ${input.contactFunctie}`,
      voorkeurPeriode: input.voorkeurPeriode,
      opmerkingen: input.opmerkingen,
      beoordeelUrl: `${appUrl()}/beheer/aanmeldingen/${input.scanId}`,
    }),
  };
}

/** Stap 1: the admin's reason for declining, to the contact. */
export function aanmeldingAfgewezenMail(input: { scanId: string; gemeente: string; reden: string; to: string }): TMail {
  return {
    idempotencyKey: `aanmelding-afgewezen/${input.scanId}/contact`,
    kind: "aanmelding_afgewezen",
    to: input.to,
    subject: `Je aanmelding voor de datavolwassenheidsscan (gemeente ${input.gemeente})`,
    scanId: input.scanId,
    body: createElement(AanmeldingAfgewezenMail, { gemeente: input.gemeente, reden: input.reden, contactEmail: PROGRAMMA_EMAIL }),
  };
}

/** Stap 1 → 2: the invitation of the procesregisseur, naming the begeleiders (a missing name reads "een begeleider"). */
export function uitnodigingProcesregisseurMail(input: {
  scanId: string;
  gemeente: string;
  begeleiders: (string | null)[];
  procesregisseur: TOntvanger;
}): TMail {
  return {
    idempotencyKey: `uitnodiging-procesregisseur/${input.scanId}/${input.procesregisseur.userId}`,
    kind: "uitnodiging_procesregisseur",
    to: input.procesregisseur.email,
    subject: `Je bent procesregisseur van de datavolwassenheidsscan van gemeente ${input.gemeente}`,
    scanId: input.scanId,
    body: createElement(UitnodigingProcesregisseurMail, {
      gemeente: input.gemeente,
      begeleiders: namenLijst(input.begeleiders.map((naam) => naam ?? "een begeleider")),
      inlogUrl: `${appUrl()}/inloggen?callbackUrl=/scans/${input.scanId}`,
    }),
  };
}

/** Stap 1 → 2: each begeleider learns that the scan is theirs (issue 19.6). */
export function begeleiderToegewezenMail(input: { scanId: string; gemeente: string; procesregisseur: string; begeleider: TOntvanger }): TMail {
  return {
    idempotencyKey: `begeleider-toegewezen/${input.scanId}/${input.begeleider.userId}`,
    kind: "begeleider_toegewezen",
    to: input.begeleider.email,
    subject: `Je begeleidt de datavolwassenheidsscan van gemeente ${input.gemeente}`,
    scanId: input.scanId,
    body: createElement(BegeleiderToegewezenMail, {
      gemeente: input.gemeente,
      procesregisseur: input.procesregisseur,
      scanUrl: `${appUrl()}/scans/${input.scanId}`,
    }),
  };
}

/** "A", "A en B", "A, B en C". */
function namenLijst(namen: string[]): string {
  return namen.length <= 1 ? (namen[0] ?? "") : `${namen.slice(0, -1).join(", ")} en ${namen.at(-1)}`;
}
