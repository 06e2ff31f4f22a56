/**
 * The checked-in expected-access table (security.md rows 1, 3, 4): for every server action,
 * which roles may use it on the resources of gemeente A, and an input that is valid enough to
 * reach the authorization check. A new action that is missing here fails the matrix test.
 *
 * Roles: anonymous; deelnemer and procesregisseur of A; deelnemer of B; the begeleider
 * assigned to A; a begeleider not assigned to A; an admin. "Allow" means the authorization
 * let the call through (it may still be refused for a domain reason, such as the step);
 * "deny" means the answer every stranger gets: not found, or not signed in.
 */
import { amsterdamDay } from "@/lib/dates";

export const ROLES = ["anoniem", "deelnemerA", "procesregisseurA", "deelnemerB", "begeleiderA", "begeleiderAnders", "admin"] as const;
export type TRole = (typeof ROLES)[number];

export type TFixture = {
  scanA: string;
  memberA: string;
  optieA: string;
  aanmelding: string;
  failedMail: string;
  /** A concept report of scan A, for the download route. */
  rapportA: string;
  gemeente: string;
  begeleider: string;
  /** A fresh, unused e-mail address per call. */
  email: () => string;
};

type TEntry = { allow: readonly TRole[]; input: (f: TFixture) => Record<string, string | string[]> };

const ALL = ROLES;
const ADMIN = ["admin"] as const;
const PLAN = ["procesregisseurA", "begeleiderA", "admin"] as const;
const BEGELEID = ["begeleiderA", "admin"] as const;
const MEMBERS = ["deelnemerA", "procesregisseurA", "begeleiderA", "admin"] as const;

/**
 * Days from today as Amsterdam wall-clock "YYYY-MM-DDT13:30": the actions compare with their own
 * clock, so a fixed date here would stop the cells from changing anything once it passed.
 */
const over = (dagen: number) => `${amsterdamDay(new Date(Date.now() + dagen * 86_400_000))}T13:30`;
const moment = over(100);

export const EXPECTED_ACCESS: Record<string, TEntry> = {
  // Public
  requestLoginLink: { allow: ALL, input: (f) => ({ email: f.email() }) },
  signOut: { allow: ALL, input: () => ({}) },
  registerAanmelding: {
    allow: ALL,
    input: (f) => ({ gemeente: "GM0193", contactNaam: "Test", contactFunctie: "Adviseur", contactEmail: f.email(), website: "" }),
  },
  // Admin only
  acceptAanmelding: { allow: ADMIN, input: (f) => ({ scanId: f.aanmelding, begeleiderIds: [f.begeleider], procesregisseur: "contact" }) },
  declineAanmelding: { allow: ADMIN, input: (f) => ({ scanId: f.aanmelding, reden: "Geen capaciteit" }) },
  addBegeleider: { allow: ADMIN, input: (f) => ({ naam: "Nieuwe Begeleider", email: f.email() }) },
  setBegeleiderActive: { allow: ADMIN, input: (f) => ({ userId: f.begeleider, actief: "ja" }) },
  addGemeente: { allow: ADMIN, input: () => ({ code: "GM9999", naam: "Nieuwegemeente", provincie: "Utrecht" }) },
  setGemeenteActive: { allow: ADMIN, input: (f) => ({ gemeenteId: f.gemeente, actief: "ja" }) },
  setGemeenteRegio: { allow: ADMIN, input: (f) => ({ gemeenteId: f.gemeente, veiligheidsregio: "VR04", riec: "Oost-Nederland" }) },
  retryMail: { allow: ADMIN, input: (f) => ({ mailId: f.failedMail }) },
  // Stap 2: procesregisseur, assigned begeleider, admin
  addDeelnemer: {
    allow: PLAN,
    input: (f) => ({ scanId: f.scanA, naam: "Nieuwe Deelnemer", email: f.email(), functie: "CISO", rol: "ict" }),
  },
  updateDeelnemer: {
    allow: PLAN,
    input: (f) => ({
      scanId: f.scanA,
      memberId: f.memberA,
      naam: "Olaf Ondermijning",
      email: "o.ondermijning@utrecht.example",
      functie: "Adviseur",
      rol: "ondermijning",
    }),
  },
  removeDeelnemer: { allow: PLAN, input: (f) => ({ scanId: f.scanA, memberId: f.memberA }) },
  proposeWorkshopOpties: { allow: PLAN, input: (f) => ({ scanId: f.scanA, optie1: moment, optie2: over(101) }) },
  removeWorkshopOptie: { allow: PLAN, input: (f) => ({ scanId: f.scanA, optieId: f.optieA }) },
  setWorkshopDatum: { allow: PLAN, input: (f) => ({ scanId: f.scanA, keuze: f.optieA, duurMinuten: "180", locatie: "Stadhuis" }) },
  startAnalysetool: { allow: PLAN, input: (f) => ({ scanId: f.scanA }) },
  // Availability: members of A and its begeleider. An admin may see the scan (so no 404) but
  // has no place in the poll: the action then refuses with its own message.
  saveBeschikbaarheid: {
    allow: ["deelnemerA", "procesregisseurA", "begeleiderA", "admin"],
    input: (f) => ({ scanId: f.scanA, optie1: `${f.optieA}:kan` }),
  },
  // Stap 3: only a deelnemer (a member with a perspective role) fills in their own tool.
  saveAntwoord: { allow: ["deelnemerA"], input: (f) => ({ scanId: f.scanA, vraagId: "opgave.q1", keuze: "3" }) },
  savePagina: { allow: ["deelnemerA"], input: (f) => ({ scanId: f.scanA, pagina: "opgave" }) },
  submitAnalysetool: { allow: ["deelnemerA"], input: (f) => ({ scanId: f.scanA }) },
  // Stap 3–4: begeleiders of A and admins
  reopenAnalysetool: { allow: BEGELEID, input: (f) => ({ scanId: f.scanA, memberId: f.memberA, reden: "Per ongeluk ingediend" }) },
  extendDeadline: { allow: BEGELEID, input: (f) => ({ scanId: f.scanA, deadline: over(60).replace("13:30", "12:00") }) },
  closeAnalysetool: { allow: BEGELEID, input: (f) => ({ scanId: f.scanA }) },
  saveConsensus: { allow: BEGELEID, input: (f) => ({ scanId: f.scanA, dimensieId: "opgave", niveau: "3", motivering: "Besproken" }) },
  closeWorkshop: { allow: BEGELEID, input: (f) => ({ scanId: f.scanA }) },
  // Live rounds: the begeleider runs them, the scan's members answer (issue 18).
  openRonde: { allow: BEGELEID, input: (f) => ({ scanId: f.scanA, dimensieId: "opgave" }) },
  wijzigRonde: { allow: BEGELEID, input: (f) => ({ scanId: f.scanA, rondeId: "00000000-0000-4000-8000-0000000000aa", stap: "sluiten" }) },
  stemInRonde: {
    allow: ["deelnemerA", "procesregisseurA"],
    input: (f) => ({ scanId: f.scanA, rondeId: "00000000-0000-4000-8000-0000000000aa", antwoord: "3" }),
  },
  // Stap 5–7: the begeleider writes, publishes, answers reactions, plans, fixes and finalizes;
  // members (and the begeleider) react, propose and vote.
  saveRapportTeksten: { allow: BEGELEID, input: (f) => ({ scanId: f.scanA }) },
  publishConcept: { allow: BEGELEID, input: (f) => ({ scanId: f.scanA }) },
  handleFeedback: {
    allow: BEGELEID,
    input: (f) => ({ scanId: f.scanA, feedbackId: f.optieA, status: "verwerkt", antwoord: "Aangepast in versie 2." }),
  },
  planOverleg: { allow: BEGELEID, input: (f) => ({ scanId: f.scanA, overlegAt: moment, duur: "60", link: "https://overleg.example/abc" }) },
  startHandelingsperspectieven: { allow: BEGELEID, input: (f) => ({ scanId: f.scanA, overlegGehouden: "ja" }) },
  fixTop3: {
    allow: BEGELEID,
    input: (f) => ({
      scanId: f.scanA,
      ...Object.fromEntries(
        [1, 2, 3].flatMap((r) => [
          [`hp${r}`, f.optieA],
          [`eigenaar${r}`, "Teamleider ondermijning"],
          [`termijn${r}`, over(200).slice(0, 10)],
          [`eersteStap${r}`, "Overleg plannen"],
        ]),
      ),
    }),
  },
  reopenStemmen: { allow: BEGELEID, input: (f) => ({ scanId: f.scanA }) },
  finalize: { allow: BEGELEID, input: (f) => ({ scanId: f.scanA }) },
  // Stap 7: members of the gemeente (and the admin) update the top 3's progress; which item a
  // deelnemer may update is the item's business (lib/scan/opvolging.ts). Only the
  // procesregisseur chooses an item's keeper. Begeleiders read along.
  updateVoortgang: { allow: ["deelnemerA", "procesregisseurA", "admin"], input: (f) => ({ scanId: f.scanA, hpId: f.optieA, status: "bezig" }) },
  // A herhaalmeting: asked for by the procesregisseur (or admin) of the finished scan; its
  // deelnemers taken over in the new scan's stap 2 by those who plan it.
  startHerhaalmeting: { allow: ["procesregisseurA", "admin"], input: (f) => ({ scanId: f.scanA }) },
  copyVorigeDeelnemers: { allow: PLAN, input: (f) => ({ scanId: f.scanA, memberIds: [f.memberA] }) },
  setHpEigenaar: { allow: ["procesregisseurA", "admin"], input: (f) => ({ scanId: f.scanA, hpId: f.optieA, memberId: f.memberA }) },
  leaveFeedback: {
    allow: MEMBERS,
    input: (f) => ({ scanId: f.scanA, rapportId: f.optieA, sectieId: "samenvatting", tekst: "Graag aanvullen." }),
  },
  proposeHandelingsperspectief: {
    allow: MEMBERS,
    input: (f) => ({ scanId: f.scanA, titel: "Datacatalogus", omschrijving: "Een catalogus met eigenaren.", dimensieId: "data" }),
  },
  saveStemmen: { allow: MEMBERS, input: (f) => ({ scanId: f.scanA, hpIds: [f.optieA] }) },
};

/**
 * Route handlers, by their folder under `app/`. The scan-bound ones are called as every role
 * like the actions ("allow" = 200 with the content; "deny" = the stranger's answer: 404, or
 * sign in first). The others are not role-based: each names what guards it and the test
 * that proves it. A route handler missing here fails the matrix test.
 */
export type TRouteEntry = { allow: readonly TRole[]; params: (f: TFixture) => Record<string, string> } | { guardedBy: string };

export const EXPECTED_ROUTES: Record<string, TRouteEntry> = {
  "api/scans/[scanId]/antwoorden": { allow: BEGELEID, params: (f) => ({ scanId: f.scanA }) },
  "api/scans/[scanId]/rapporten/[rapportId]/pdf": { allow: MEMBERS, params: (f) => ({ scanId: f.scanA, rapportId: f.rapportA }) },
  "api/beheer/landelijk/csv": { allow: ["admin"], params: () => ({}) },
  "api/scans/[scanId]/workshop/live": {
    guardedBy: "defineScanRoute with scan.view; an endless stream, so its cells are checked over HTTP in tests/e2e/workshop-live.e2e.ts",
  },
  "api/health": { guardedBy: "public answer is only {status}; details for an admin session or the cron secret (tests/e2e/health.e2e.ts)" },
  "api/cron/tick": { guardedBy: "Bearer CRON_SECRET, constant time, fails closed (lib/auth/cron.test.ts, tests/e2e/mail.e2e.ts)" },
  "api/inloggen/bevestigen": { guardedBy: "the single-use sign-in token and the Origin check (tests/e2e/sign-in-security.e2e.ts)" },
  "api/auth/[...nextauth]": {
    guardedBy: "Auth.js with its CSRF token (tests/e2e/sign-in-security.e2e.ts, tests/e2e/request-hardening.e2e.ts)",
  },
};
