import type { TOutgoingMail } from "@/lib/mail/outbox";

/**
 * Every kind of mail the app sends, in the order of the scan's steps; `email_outbox.kind`
 * holds one of these. Each has one builder in this folder, and only that builder writes its
 * subject and idempotency key.
 */
export const MAIL_KINDS = [
  "inloglink",
  "aanmelding_ontvangen",
  "nieuwe_aanmelding",
  "aanmelding_afgewezen",
  "uitnodiging_procesregisseur",
  "begeleider_toegewezen",
  "welkom_deelnemer",
  "workshop_momenten",
  "workshopdatum",
  "uitnodiging_analysetool",
  "herinnering",
  "deadline_vandaag",
  "overzicht_deadline",
  "analysetool_heropend",
  "concept_beschikbaar",
  "uitnodiging_overleg",
  "stemmen_open",
  "definitief_rapport",
  "checkin_opvolging",
] as const;

export type TMailKind = (typeof MAIL_KINDS)[number];

/** What a builder returns: an outbox mail whose kind is one of the catalogue's. */
export type TMail = TOutgoingMail & { kind: TMailKind };

/** A recipient with an account; the key names them by user id, never by address. */
export type TOntvanger = { userId: string; email: string };
