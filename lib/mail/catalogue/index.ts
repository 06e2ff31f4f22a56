/**
 * The catalogue of mails (issue 15.4): one builder per kind of mail, returning everything the
 * outbox needs (recipient, subject, template, idempotency key, kind). Call sites pick a builder,
 * pass data and hand the result to `enqueueMails`; subjects and keys are written only here.
 * The templates stay in emails/*.tsx.
 */
export { aanmeldingAfgewezenMail, aanmeldingOntvangenMail, begeleiderToegewezenMail, nieuweAanmeldingMail, uitnodigingProcesregisseurMail } from "./aanmelding";
export { analysetoolHeropendMail, geplandeMail, geplandeMailBody, type TGeplandeScan, type TGeplandLid } from "./analysetool";
export { welkomDeelnemerMail } from "./deelnemers";
export { inloglinkMail } from "./inloglink";
export { checkinOpvolgingMail } from "./opvolging";
export { conceptBeschikbaarMail, definitiefRapportMail, stemmenOpenMail, uitnodigingOverlegMails } from "./rapport";
export { MAIL_KINDS, type TMail, type TMailKind, type TOntvanger } from "./soorten";
export { type TWorkshop, type TWorkshopOntvanger, workshopdatumMails, workshopIcs, workshopMomentenMail, workshopOntvangers } from "./workshop";
