import { describe, expect, it } from "vitest";
import type { TRol } from "@/db/schema";
import { type TDashboardInput, volgendeDeadline, waarschuwingen } from "./warnings";

const now = new Date("2026-12-05T09:00:00Z");
const base: TDashboardInput = {
  stap: "analysetool",
  workshopAt: new Date("2026-12-15T12:30:00Z"),
  deadlineAt: null,
  overlegAt: null,
  rollen: new Set<TRol>(["ondermijning", "privacy", "ict"]),
  deelnemers: 5,
  ingediend: 4,
  mislukteMails: 0,
  openFeedback: 0,
  aangemeldOp: new Date("2026-11-01T09:00:00Z"),
};

describe("dashboard warnings", () => {
  it("is quiet for a healthy scan", () => {
    expect(waarschuwingen(base, now)).toEqual([]);
  });
  it("warns for a missing required role before the workshop, not after", () => {
    const s = { ...base, rollen: new Set<TRol>(["ondermijning", "ict"]) };
    expect(waarschuwingen(s, now)).toContain("rol_ontbreekt");
    expect(waarschuwingen({ ...s, stap: "workshop" }, now)).not.toContain("rol_ontbreekt");
  });
  it("warns for a missing workshop date in stap 2", () => {
    expect(waarschuwingen({ ...base, stap: "voorbereiding", workshopAt: null }, now)).toContain("geen_workshopdatum");
  });
  it("warns when the deadline is within three days and fewer than 60% submitted", () => {
    // Deadline = 8 December 13:30; three days before is 5 December 13:30.
    expect(waarschuwingen({ ...base, ingediend: 2 }, new Date("2026-12-05T13:00:00Z"))).toContain("lage_respons");
    expect(waarschuwingen({ ...base, ingediend: 2 }, new Date("2026-12-04T09:00:00Z"))).not.toContain("lage_respons");
    expect(waarschuwingen({ ...base, ingediend: 3 }, new Date("2026-12-06T09:00:00Z"))).not.toContain("lage_respons");
    expect(waarschuwingen({ ...base, ingediend: 0 }, new Date("2026-12-09T09:00:00Z"))).not.toContain("lage_respons");
  });
  it("warns for failed mail and waiting feedback in any step", () => {
    expect(waarschuwingen({ ...base, stap: "concept", mislukteMails: 1, openFeedback: 2 }, now)).toEqual(["mail_mislukt", "feedback_wacht"]);
  });
});

describe("next deadline", () => {
  it("is the tool deadline in stap 3, then the workshop", () => {
    expect(volgendeDeadline(base, now)).toEqual({ wat: "Deadline analysetool", wanneer: new Date("2026-12-08T12:30:00Z") });
    expect(volgendeDeadline(base, new Date("2026-12-09T09:00:00Z"))?.wat).toBe("Workshop");
  });
  it("is the opening of the tool in stap 2 and the meeting in stap 5", () => {
    expect(volgendeDeadline({ ...base, stap: "voorbereiding" }, now)?.wanneer).toEqual(new Date("2026-11-24T12:30:00Z"));
    expect(volgendeDeadline({ ...base, stap: "concept", overlegAt: new Date("2027-01-10T09:00:00Z") }, now)?.wat).toBe("Digitaal overleg");
    expect(volgendeDeadline({ ...base, stap: "concept" }, now)).toBeNull();
  });
});

describe("a registration waiting for the admin (issue 19.9)", () => {
  // Thursday 3 December 2026, 10:00.
  const aangemeld = { ...base, stap: "aangemeld" as const, workshopAt: null, aangemeldOp: new Date("2026-12-03T09:00:00Z") };
  it("is a warning after two working days, not before", () => {
    expect(waarschuwingen(aangemeld, new Date("2026-12-04T15:00:00Z"))).toEqual([]); // Friday: one working day
    expect(waarschuwingen(aangemeld, new Date("2026-12-07T15:00:00Z"))).toEqual([]); // Monday: two (not the weekend)
    expect(waarschuwingen(aangemeld, new Date("2026-12-08T08:00:00Z"))).toEqual(["aanmelding_wacht"]); // Tuesday: three
  });
  it("does not count Christmas", () => {
    const voorKerst = { ...aangemeld, aangemeldOp: new Date("2026-12-24T09:00:00Z") }; // Thursday
    expect(waarschuwingen(voorKerst, new Date("2026-12-29T09:00:00Z"))).toEqual([]); // Mon 28 and Tue 29 only
    expect(waarschuwingen(voorKerst, new Date("2026-12-30T09:00:00Z"))).toEqual(["aanmelding_wacht"]);
  });
});

describe("stap 7's warnings", () => {
  it("come from the follow-up signal, and only for a finished scan", () => {
    const af = { ...base, stap: "afgerond" as const, opvolging: { termijnVerlopen: true, checkinOnbeantwoord: true } };
    expect(waarschuwingen(af, new Date("2027-06-01T10:00:00Z"))).toEqual(["top3_termijn_verlopen", "checkin_onbeantwoord"]);
    expect(waarschuwingen({ ...af, stap: "handelingsperspectieven" }, new Date("2027-06-01T10:00:00Z"))).toEqual([]);
  });
});
