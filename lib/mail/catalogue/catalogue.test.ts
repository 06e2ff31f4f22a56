import { describe, expect, it } from "vitest";
import type { TDueMail } from "@/lib/jobs/schedule";
import { renderMail } from "@/lib/mail/render";
import {
  aanmeldingAfgewezenMail,
  aanmeldingOntvangenMail,
  analysetoolHeropendMail,
  begeleiderToegewezenMail,
  checkinOpvolgingMail,
  conceptBeschikbaarMail,
  definitiefRapportMail,
  geplandeMail,
  geplandeMailBody,
  inloglinkMail,
  MAIL_KINDS,
  nieuweAanmeldingMail,
  stemmenOpenMail,
  type TMail,
  type TMailKind,
  uitnodigingOverlegMails,
  uitnodigingProcesregisseurMail,
  welkomDeelnemerMail,
  workshopdatumMails,
  workshopMomentenMail,
} from "./index";

const scanId = "scan-1";
const gemeente = "Utrecht";
const now = new Date("2027-01-10T09:15:00Z");
const ontvanger = { userId: "user-1", email: "deelnemer@utrecht.nl" };
const scan = { id: scanId, gemeente, workshopAt: new Date("2027-03-16T12:30:00Z"), deadlineAt: null };
const gepland = (kind: TDueMail["kind"]): TMail => {
  const due: TDueMail = { kind, recipientKey: "member-1", idempotencyKey: `${kind}/${scanId}/member-1/2027-03-09`, aboutDate: "2027-03-09" };
  return geplandeMail(due, { scan, to: ontvanger.email, body: geplandeMailBody(kind, scan, []) });
};

/**
 * One example per kind (the Record makes a missing kind a type error) with the key it must
 * have, to the byte: the outbox deduplicates on it, so a changed key sends a mail twice.
 */
const voorbeelden: Record<TMailKind, [mail: () => TMail, key: string]> = {
  inloglink: [
    () =>
      inloglinkMail({ to: ontvanger.email, url: "https://x/api/auth/callback/resend?token=t", bevestigUrl: "https://x/inloggen/bevestigen", geldigTot: now }),
    "inloglink/ccde55f0201f92131acb05cafa3f52c41a1ac2a49fdde3c784989745b994ba96",
  ],
  aanmelding_ontvangen: [() => aanmeldingOntvangenMail({ scanId, gemeente, to: "contact@utrecht.nl" }), "aanmelding-ontvangen/scan-1/contact"],
  nieuwe_aanmelding: [
    () =>
      nieuweAanmeldingMail({
        scanId,
        gemeente,
        gemeenteCode: "GM0344",
        contactNaam: "Cor",
        contactFunctie: "CIO",
        voorkeurPeriode: null,
        opmerkingen: null,
        admin: { userId: "admin-1", email: "admin@minbzk.nl" },
      }),
    "nieuwe-aanmelding/scan-1/admin-1",
  ],
  aanmelding_afgewezen: [() => aanmeldingAfgewezenMail({ scanId, gemeente, reden: "Vol", to: "contact@utrecht.nl" }), "aanmelding-afgewezen/scan-1/contact"],
  uitnodiging_procesregisseur: [
    () => uitnodigingProcesregisseurMail({ scanId, gemeente, begeleiders: ["Anna", null], procesregisseur: ontvanger }),
    "uitnodiging-procesregisseur/scan-1/user-1",
  ],
  begeleider_toegewezen: [
    () => begeleiderToegewezenMail({ scanId, gemeente, procesregisseur: "Piet", begeleider: ontvanger }),
    "begeleider-toegewezen/scan-1/user-1",
  ],
  welkom_deelnemer: [
    () =>
      welkomDeelnemerMail({
        scanId,
        gemeente,
        userId: "user-1",
        email: ontvanger.email,
        rol: "ondermijning",
        procesregisseur: "Piet",
        workshopAt: null,
        toolGestart: false,
        now,
      }),
    "welkom-deelnemer/scan-1/user-1",
  ],
  workshop_momenten: [
    () => workshopMomentenMail({ scanId, gemeente, momenten: [scan.workshopAt], batch: "optie-1", ontvanger }),
    "workshop-momenten/scan-1/user-1/optie-1",
  ],
  workshopdatum: [
    () =>
      workshopdatumMails({ scanId, gemeente, workshopAt: scan.workshopAt, duurMinuten: 180, locatie: "Stadhuis" }, [{ ...ontvanger, deelnemer: true }], {
        sequence: 0,
        gewijzigd: false,
        now,
      })[0]!,
    "workshopdatum/scan-1/user-1/2027-03-16T12:30:00.000Z",
  ],
  uitnodiging_analysetool: [() => gepland("uitnodiging_analysetool"), "uitnodiging_analysetool/scan-1/member-1/2027-03-09"],
  herinnering: [() => gepland("herinnering"), "herinnering/scan-1/member-1/2027-03-09"],
  deadline_vandaag: [() => gepland("deadline_vandaag"), "deadline_vandaag/scan-1/member-1/2027-03-09"],
  overzicht_deadline: [() => gepland("overzicht_deadline"), "overzicht_deadline/scan-1/member-1/2027-03-09"],
  analysetool_heropend: [
    () => analysetoolHeropendMail({ scanId, memberId: "member-1", gemeente, reden: "Typfout", deadline: null, to: ontvanger.email, now }),
    "analysetool_heropend/scan-1/member-1/2027-01-10T09:15:00.000Z",
  ],
  concept_beschikbaar: [
    () => conceptBeschikbaarMail({ scanId, gemeente, versie: 2, datum: now, overlegAt: null, ontvanger }),
    "concept-beschikbaar/scan-1/2/user-1",
  ],
  uitnodiging_overleg: [
    () =>
      uitnodigingOverlegMails(
        { scanId, gemeente, moment: new Date("2027-02-01T10:00:00Z"), duurMinuten: 60, link: "https://meet.example/x", gewijzigd: false },
        [ontvanger],
        now,
      )[0]!,
    `uitnodiging-overleg/scan-1/user-1/${Math.floor(now.getTime() / 60_000)}`,
  ],
  stemmen_open: [() => stemmenOpenMail({ scanId, gemeente, ontvanger }), "stemmen-open/scan-1/user-1"],
  definitief_rapport: [() => definitiefRapportMail({ scanId, gemeente, datum: now, top3: ["A", "B", "C"], ontvanger }), "definitief-rapport/scan-1/user-1"],
  checkin_opvolging: [
    () =>
      checkinOpvolgingMail({
        scanId,
        gemeente,
        maanden: 3,
        punten: [{ rang: 1, titel: "Data-eigenaarschap beleggen", status: "bezig" }],
        ontvanger,
        idempotencyKey: "checkin/scan-1/3m/procesregisseur/user-1",
      }),
    "checkin/scan-1/3m/procesregisseur/user-1",
  ],
};

/** C0 and C1 controls (newline and tab too), and the invisible ones: zero-width, bidi marks, overrides and isolates, separators. */
const INVISIBLE = /[\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/;
const hasControl = (s: string) =>
  [...s].some((ch) => ch.codePointAt(0)! < 0x20 || (ch.codePointAt(0)! >= 0x7f && ch.codePointAt(0)! <= 0x9f)) || INVISIBLE.test(s);
const DUTCH = /\b(je|de|van|het|voor|over|gemeente|datavolwassenheidsscan|analysetool|eindrapport|aanmelding|datum|herinnering|vandaag)\b/i;
const ENGLISH = /\b(the|your|you|new|report|invitation|reminder|date|today|sign in|login link)\b/i;

describe("the mail catalogue", () => {
  it("has a builder, with an example here, for every kind and no other", () => {
    expect(Object.keys(voorbeelden).sort()).toEqual([...MAIL_KINDS].sort());
    expect(new Set(MAIL_KINDS).size).toBe(MAIL_KINDS.length);
  });

  it("would notice a control character or an English subject", () => {
    expect(["a\nb", "a\u0000b", "a\u0085b", "gnp\u202eexe", "a\u200bb"].map(hasControl)).toEqual([true, true, true, true, true]);
    expect(hasControl("Datum workshop – Súdwest-Fryslân")).toBe(false);
    expect("Your new report").toMatch(ENGLISH);
  });

  describe.each(MAIL_KINDS)("%s", (kind) => {
    const [build, key] = voorbeelden[kind];

    it("builds a mail of its own kind with the exact key, the same every time", () => {
      const mail = build();
      expect(mail.kind).toBe(kind);
      expect(mail.idempotencyKey).toBe(key);
      expect(build().idempotencyKey).toBe(mail.idempotencyKey);
    });

    it("names its scan in the key and the row (the sign-in link has no scan)", () => {
      const mail = build();
      if (kind === "inloglink") {
        expect(mail.scanId ?? null).toBeNull();
        expect(mail.idempotencyKey).not.toContain(ontvanger.email);
      } else {
        expect(mail.idempotencyKey.split("/")).toContain(scanId);
        expect(mail.scanId).toBe(scanId);
      }
    });

    it("has a Dutch subject on one line, without control characters", () => {
      const { subject } = build();
      expect(subject.trim()).toBe(subject);
      expect(subject.length).toBeGreaterThan(10);
      expect(subject.length).toBeLessThanOrEqual(120);
      expect(hasControl(subject)).toBe(false);
      expect(subject).toMatch(DUTCH);
      expect(subject).not.toMatch(ENGLISH);
      if (kind !== "inloglink") expect(subject).toContain(gemeente);
    });

    it("goes to the recipient it was given and renders", async () => {
      const mail = build();
      expect(mail.to).toMatch(/@/);
      const { html, text } = "html" in mail.body ? (mail.body as { html: string; text: string }) : await renderMail(mail.body);
      expect(html).toContain('lang="nl"');
      expect(text.length).toBeGreaterThan(50);
    });
  });

  it("gives every recipient of a batch mail its own key", () => {
    const ander = { userId: "user-2", email: "ander@utrecht.nl" };
    const keys = uitnodigingOverlegMails(
      { scanId, gemeente, moment: new Date("2027-02-01T10:00:00Z"), duurMinuten: 60, link: "https://meet.example/x", gewijzigd: true },
      [ontvanger, ander],
      now,
    ).map((m) => m.idempotencyKey);
    expect(new Set(keys).size).toBe(2);
  });
});
