import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { TScanState } from "@/db/schema";
import { amsterdamDay, toAmsterdamLocal } from "@/lib/dates";
import { addAmsterdamDays, dueMails, scheduleFor, type TDueMail, type TScheduleInput } from "./schedule";

const at = (iso: string) => new Date(iso);

// Workshop Tuesday 15 December 2026, 13:30 CET (= 12:30 UTC). Deadline Tuesday 8 December.
const W = at("2026-12-15T12:30:00Z");
const W_MIN_21 = "2026-11-24T12:30:00Z";
const W_MIN_10 = "2026-12-05T12:30:00Z";
const OCHTEND = "2026-12-08T07:00:00Z"; // 08:00 CET
const DEADLINE = "2026-12-08T12:30:00Z";

function scan(over: Partial<TScheduleInput> = {}): TScheduleInput {
  return {
    scanId: "scan-1",
    stap: "analysetool",
    workshopAt: W,
    deadlineAt: null,
    analysetoolStartedAt: at("2026-11-20T09:00:00Z"),
    deelnemers: [
      { memberId: "a", ingediendAt: at("2026-11-30T10:00:00Z"), addedAt: at("2026-11-01T10:00:00Z") },
      { memberId: "b", ingediendAt: null, addedAt: at("2026-11-01T10:00:00Z") },
      { memberId: "c", ingediendAt: at("2026-12-06T10:00:00Z"), addedAt: at("2026-11-01T10:00:00Z") },
    ],
    ontvangersOverzicht: [{ key: "regisseur" }, { key: "begeleider-1" }],
    ...over,
  };
}

/** Compact form for tables: "kind:recipient@aboutDate". */
const short = (mails: TDueMail[]) => mails.map((m) => `${m.kind}:${m.recipientKey}@${m.aboutDate}`);

type TRow = [now: string, expected: string[]];

function runTable(input: TScheduleInput, rows: TRow[]) {
  for (const [now, expected] of rows) {
    expect(short(dueMails(input, at(now))), `at ${now}`).toEqual(expected);
  }
}

/** Every hour (plus the exact schedule moments) from `from` to `to`. */
function hourly(from: string, to: string, extra: string[] = []): Date[] {
  const out: Date[] = [];
  for (let t = at(from).getTime(); t <= at(to).getTime(); t += 3_600_000) out.push(new Date(t));
  for (const e of extra) out.push(at(e), new Date(at(e).getTime() - 60_000));
  return out;
}

describe("scheduleFor", () => {
  it("counts days on the Amsterdam calendar across the spring DST change", () => {
    // Workshop 14 April 2026, 13:30 CEST; 21 days earlier is 24 March, 13:30 CET.
    const s = scheduleFor(at("2026-04-14T11:30:00Z"));
    expect(s.uitnodiging.toISOString()).toBe("2026-03-24T12:30:00.000Z");
    expect(toAmsterdamLocal(s.uitnodiging)).toBe("2026-03-24T13:30");
    expect(toAmsterdamLocal(s.herinnering)).toBe("2026-04-04T13:30");
    expect(toAmsterdamLocal(s.deadline)).toBe("2026-04-07T13:30");
    expect(toAmsterdamLocal(s.deadlineOchtend)).toBe("2026-04-07T08:00");
    // 21 × 24 h would have been an hour early.
    expect(s.uitnodiging.getTime() - (at("2026-04-14T11:30:00Z").getTime() - 21 * 86_400_000)).toBe(3_600_000);
  });

  it("counts days on the Amsterdam calendar across the autumn DST change", () => {
    // Workshop 10 November 2026, 10:00 CET; invitation 20 October, 10:00 CEST.
    const s = scheduleFor(at("2026-11-10T09:00:00Z"));
    expect(s.uitnodiging.toISOString()).toBe("2026-10-20T08:00:00.000Z");
    expect(toAmsterdamLocal(s.uitnodiging)).toBe("2026-10-20T10:00");
    expect(s.herinnering.toISOString()).toBe("2026-10-31T09:00:00.000Z");
    expect(s.deadline.toISOString()).toBe("2026-11-03T09:00:00.000Z");
    expect(s.deadlineOchtend.toISOString()).toBe("2026-11-03T07:00:00.000Z");
  });

  it("uses an explicit deadline when given", () => {
    const s = scheduleFor(W, at("2026-12-11T17:00:00Z"));
    expect(s.deadline.toISOString()).toBe("2026-12-11T17:00:00.000Z");
    expect(toAmsterdamLocal(s.deadlineOchtend)).toBe("2026-12-11T08:00");
    expect(s.uitnodiging.toISOString()).toBe("2026-11-24T12:30:00.000Z");
  });

  it("moves a wall-clock time that falls in the skipped spring hour forward by that hour", () => {
    // 19 April 02:30 CEST − 21 days = 29 March 02:30, which does not exist → 03:30 CEST.
    expect(toAmsterdamLocal(addAmsterdamDays(at("2026-04-19T00:30:00Z"), -21))).toBe("2026-03-29T03:30");
    expect(addAmsterdamDays(at("2026-12-15T12:30:45.500Z"), -1).toISOString()).toBe("2026-12-14T12:30:45.500Z");
  });
});

describe("dueMails: normal timeline", () => {
  it("invites, reminds, warns on the deadline morning and sends the overview", () => {
    runTable(scan(), [
      ["2026-11-20T10:00:00Z", []], // tool open, invitation not yet due
      ["2026-11-24T12:29:00Z", []],
      [W_MIN_21, ["uitnodiging_analysetool:a@2026-12-08", "uitnodiging_analysetool:b@2026-12-08", "uitnodiging_analysetool:c@2026-12-08"]],
      ["2026-11-30T10:00:00Z", ["uitnodiging_analysetool:b@2026-12-08", "uitnodiging_analysetool:c@2026-12-08"]], // a submitted
      ["2026-12-05T12:29:00Z", ["uitnodiging_analysetool:b@2026-12-08", "uitnodiging_analysetool:c@2026-12-08"]],
      [W_MIN_10, ["herinnering:b@2026-12-08", "herinnering:c@2026-12-08"]],
      ["2026-12-06T10:00:00Z", ["herinnering:b@2026-12-08"]], // c submitted
      ["2026-12-08T06:59:00Z", ["herinnering:b@2026-12-08"]],
      [OCHTEND, ["deadline_vandaag:b@2026-12-08"]],
      ["2026-12-08T12:29:00Z", ["deadline_vandaag:b@2026-12-08"]],
      // After the deadline b's invitation (already sent, deduplicated by the outbox) and the overview.
      [DEADLINE, ["uitnodiging_analysetool:b@2026-12-08", "overzicht_deadline:regisseur@2026-12-08", "overzicht_deadline:begeleider-1@2026-12-08"]],
      [
        "2026-12-14T12:00:00Z",
        ["uitnodiging_analysetool:b@2026-12-08", "overzicht_deadline:regisseur@2026-12-08", "overzicht_deadline:begeleider-1@2026-12-08"],
      ],
    ]);
  });

  it("builds the idempotency key from kind, scan, recipient and deadline date", () => {
    const [m] = dueMails(scan(), at(OCHTEND));
    expect(m).toEqual({
      kind: "deadline_vandaag",
      recipientKey: "b",
      aboutDate: "2026-12-08",
      idempotencyKey: "deadline_vandaag/scan-1/b/2026-12-08",
    });
    expect(dueMails(scan(), at(DEADLINE)).map((x) => x.idempotencyKey)).toContain("overzicht_deadline/scan-1/regisseur/2026-12-08");
  });

  it("is deterministic: the same input and moment give the same mails", () => {
    expect(dueMails(scan(), at(W_MIN_10))).toEqual(dueMails(scan(), at(W_MIN_10)));
  });
});

describe("dueMails: across DST", () => {
  const spring = (over: Partial<TScheduleInput> = {}) =>
    scan({
      workshopAt: at("2026-04-14T11:30:00Z"),
      analysetoolStartedAt: at("2026-03-01T09:00:00Z"),
      deelnemers: [{ memberId: "b", ingediendAt: null, addedAt: at("2026-03-01T09:00:00Z") }],
      ...over,
    });

  it("invites at 13:30 CET in March for a 13:30 CEST workshop in April", () => {
    runTable(spring(), [
      ["2026-03-24T11:30:00Z", []], // what 21 × 24 h would give: 12:30 CET
      ["2026-03-24T12:29:00Z", []],
      ["2026-03-24T12:30:00Z", ["uitnodiging_analysetool:b@2026-04-07"]],
      ["2026-04-04T11:30:00Z", ["herinnering:b@2026-04-07"]],
      ["2026-04-07T05:59:00Z", ["herinnering:b@2026-04-07"]],
      ["2026-04-07T06:00:00Z", ["deadline_vandaag:b@2026-04-07"]], // 08:00 CEST
      [
        "2026-04-07T11:30:00Z",
        ["uitnodiging_analysetool:b@2026-04-07", "overzicht_deadline:regisseur@2026-04-07", "overzicht_deadline:begeleider-1@2026-04-07"],
      ],
    ]);
  });

  it("keeps the wall-clock time for a workshop in early November", () => {
    runTable(spring({ workshopAt: at("2026-11-10T09:00:00Z"), analysetoolStartedAt: at("2026-10-01T09:00:00Z") }), [
      ["2026-10-20T07:59:00Z", []],
      ["2026-10-20T08:00:00Z", ["uitnodiging_analysetool:b@2026-11-03"]], // 10:00 CEST
      ["2026-10-31T08:59:00Z", ["uitnodiging_analysetool:b@2026-11-03"]],
      ["2026-10-31T09:00:00Z", ["herinnering:b@2026-11-03"]], // 10:00 CET
      ["2026-11-03T07:00:00Z", ["deadline_vandaag:b@2026-11-03"]], // 08:00 CET
    ]);
  });
});

describe("dueMails: changes to the schedule", () => {
  it("gives a moved workshop its own keys and drops the old schedule", () => {
    const before = dueMails(scan(), at("2026-12-01T12:00:00Z"));
    expect(before.map((m) => m.idempotencyKey)).toEqual(["uitnodiging_analysetool/scan-1/b/2026-12-08", "uitnodiging_analysetool/scan-1/c/2026-12-08"]);
    // Workshop moved four weeks later: 12 January 2027, 13:30 CET → deadline 5 January.
    const moved = scan({ workshopAt: at("2027-01-12T12:30:00Z") });
    runTable(moved, [
      ["2026-12-01T12:00:00Z", []], // the new invitation moment is 22 December
      [W_MIN_10, []], // no reminder on the old date
      [DEADLINE, []], // no overview for the old deadline
      ["2026-12-22T12:30:00Z", ["uitnodiging_analysetool:b@2027-01-05"]],
      ["2027-01-02T12:30:00Z", ["herinnering:b@2027-01-05"]],
      ["2027-01-05T07:00:00Z", ["deadline_vandaag:b@2027-01-05"]],
    ]);
    const newKeys = dueMails(moved, at("2026-12-22T12:30:00Z")).map((m) => m.idempotencyKey);
    expect(newKeys).toEqual(["uitnodiging_analysetool/scan-1/b/2027-01-05"]);
  });

  it("gives an extended deadline one fresh reminder, its own morning mail and its own overview", () => {
    // Begeleider extends on the deadline morning to Friday 11 December 18:00 CET.
    const extended = scan({ deadlineAt: at("2026-12-11T17:00:00Z") });
    runTable(extended, [
      ["2026-12-08T10:00:00Z", ["herinnering:b@2026-12-11"]],
      [DEADLINE, ["herinnering:b@2026-12-11"]], // the old deadline means nothing any more
      ["2026-12-11T06:59:00Z", ["herinnering:b@2026-12-11"]],
      ["2026-12-11T07:00:00Z", ["deadline_vandaag:b@2026-12-11"]],
      ["2026-12-11T16:59:00Z", ["deadline_vandaag:b@2026-12-11"]],
      [
        "2026-12-11T17:00:00Z",
        ["uitnodiging_analysetool:b@2026-12-11", "overzicht_deadline:regisseur@2026-12-11", "overzicht_deadline:begeleider-1@2026-12-11"],
      ],
    ]);
  });

  it("extends after the deadline had passed: a new reminder, later a second overview", () => {
    expect(short(dueMails(scan(), at("2026-12-09T09:00:00Z")))).toContain("overzicht_deadline:regisseur@2026-12-08");
    const extended = scan({ deadlineAt: at("2026-12-11T17:00:00Z") });
    expect(short(dueMails(extended, at("2026-12-09T09:00:00Z")))).toEqual(["herinnering:b@2026-12-11"]);
  });
});

describe("dueMails: late starts and late deelnemers", () => {
  it("invites at once when the tool starts at W − 12, then reminds at W − 10", () => {
    runTable(scan({ analysetoolStartedAt: at("2026-12-03T12:30:00Z") }), [
      ["2026-12-03T12:29:00Z", []],
      ["2026-12-03T12:30:00Z", ["uitnodiging_analysetool:b@2026-12-08", "uitnodiging_analysetool:c@2026-12-08"]],
      [W_MIN_10, ["herinnering:b@2026-12-08", "herinnering:c@2026-12-08"]],
      [OCHTEND, ["deadline_vandaag:b@2026-12-08"]],
    ]);
  });

  it("does not send an invitation and a reminder together when the tool starts after W − 10", () => {
    const late = scan({ analysetoolStartedAt: at("2026-12-06T12:30:00Z") });
    runTable(late, [
      ["2026-12-06T12:30:00Z", ["uitnodiging_analysetool:b@2026-12-08"]],
      ["2026-12-07T12:00:00Z", ["uitnodiging_analysetool:b@2026-12-08"]],
      [OCHTEND, ["deadline_vandaag:b@2026-12-08"]],
    ]);
  });

  it("invites but sends no overview when the tool was started after the deadline", () => {
    runTable(scan({ analysetoolStartedAt: at("2026-12-09T10:00:00Z") }), [["2026-12-09T10:00:00Z", ["uitnodiging_analysetool:b@2026-12-08"]]]);
  });

  it("invites a deelnemer added later at once, and only reminds when there is a later moment", () => {
    const withLate = (addedAt: string) =>
      scan({
        deelnemers: [
          { memberId: "b", ingediendAt: null, addedAt: at("2026-11-01T10:00:00Z") },
          { memberId: "d", ingediendAt: null, addedAt: at(addedAt) },
        ],
      });
    runTable(withLate("2026-12-07T09:00:00Z"), [
      ["2026-12-07T08:59:00Z", ["herinnering:b@2026-12-08"]],
      ["2026-12-07T09:00:00Z", ["herinnering:b@2026-12-08", "uitnodiging_analysetool:d@2026-12-08"]],
      [OCHTEND, ["deadline_vandaag:b@2026-12-08", "deadline_vandaag:d@2026-12-08"]],
    ]);
    runTable(withLate("2026-12-08T09:00:00Z"), [["2026-12-08T09:00:00Z", ["deadline_vandaag:b@2026-12-08", "uitnodiging_analysetool:d@2026-12-08"]]]);
    // Added after the deadline while the tool is still open: still invited.
    expect(short(dueMails(withLate("2026-12-09T09:00:00Z"), at("2026-12-09T09:00:00Z")))).toContain("uitnodiging_analysetool:d@2026-12-08");
  });
});

describe("dueMails: who gets nothing", () => {
  it("sends no reminders when everyone has submitted, but the overview still goes out", () => {
    const allIn = scan({
      deelnemers: [
        { memberId: "a", ingediendAt: at("2026-11-30T10:00:00Z"), addedAt: at("2026-11-01T10:00:00Z") },
        { memberId: "c", ingediendAt: at("2026-12-04T10:00:00Z"), addedAt: at("2026-11-01T10:00:00Z") },
      ],
    });
    runTable(allIn, [
      [W_MIN_10, []],
      [OCHTEND, []],
      [DEADLINE, ["overzicht_deadline:regisseur@2026-12-08", "overzicht_deadline:begeleider-1@2026-12-08"]],
    ]);
  });

  const allStappen: TScanState[] = ["aangemeld", "voorbereiding", "workshop", "concept", "handelingsperspectieven", "afgerond", "afgewezen"];
  it.each(allStappen)("sends nothing in stap %s", (stap) => {
    for (const now of [W_MIN_21, W_MIN_10, OCHTEND, DEADLINE]) {
      expect(dueMails(scan({ stap }), at(now))).toEqual([]);
    }
  });

  it("sends nothing before the tool is started or without a workshop date", () => {
    expect(dueMails(scan({ analysetoolStartedAt: null }), at(OCHTEND))).toEqual([]);
    expect(dueMails(scan({ workshopAt: null }), at(OCHTEND))).toEqual([]);
  });

  it("never reminds a submitted person, never reminds after the deadline, one mail per person", () => {
    const input = scan();
    const deadline = at(DEADLINE).getTime();
    const submitted = new Map(input.deelnemers.map((d) => [d.memberId, d.ingediendAt]));
    for (const now of hourly("2026-11-20T00:00:00Z", "2026-12-16T00:00:00Z", [W_MIN_21, W_MIN_10, OCHTEND, DEADLINE])) {
      const mails = dueMails(input, now);
      const recipients = mails.map((m) => m.recipientKey);
      expect(new Set(recipients).size, now.toISOString()).toBe(recipients.length);
      for (const m of mails) {
        const ingediend = submitted.get(m.recipientKey);
        if (ingediend && ingediend <= now) throw new Error(`${m.kind} to ${m.recipientKey} after submitting at ${now.toISOString()}`);
        if (m.kind === "herinnering" || m.kind === "deadline_vandaag") {
          expect(now.getTime(), `${m.kind} at ${now.toISOString()}`).toBeLessThan(deadline);
        }
        if (m.kind === "deadline_vandaag") expect(toAmsterdamLocal(now).slice(0, 10)).toBe("2026-12-08");
        if (m.kind === "overzicht_deadline") expect(now.getTime()).toBeGreaterThanOrEqual(deadline);
      }
    }
  });
});

/**
 * security.md row 30 as a property: for any workshop date (across DST changes), any mix of
 * late additions and submissions, and an hourly sweep, every mail is due only when it may be.
 */
describe("dueMails under an hourly sweep (property)", () => {
  const DAY = 86_400_000;
  const arbScan = fc
    .record({
      workshop: fc.date({ min: at("2026-01-05T00:00:00Z"), max: at("2028-12-20T00:00:00Z"), noInvalidDate: true }),
      startDays: fc.integer({ min: 8, max: 30 }),
      deelnemers: fc.array(
        fc.record({
          addedDays: fc.integer({ min: 5, max: 40 }),
          submittedDays: fc.option(fc.integer({ min: -1, max: 25 }), { nil: null }),
        }),
        { minLength: 1, maxLength: 5 },
      ),
    })
    .map(({ workshop, startDays, deelnemers }) => {
      // Any quarter hour, also at night: the edges are where schedules break.
      const w = new Date(Math.floor(workshop.getTime() / (15 * 60_000)) * 15 * 60_000);
      return scan({
        workshopAt: w,
        analysetoolStartedAt: new Date(w.getTime() - startDays * DAY),
        deelnemers: deelnemers.map((d, i) => ({
          memberId: `m${i}`,
          addedAt: new Date(w.getTime() - d.addedDays * DAY),
          ingediendAt: d.submittedDays === null ? null : new Date(w.getTime() - d.submittedDays * DAY),
        })),
      });
    });

  it("never mails before the start, before someone joined, after they submitted, or a reminder after the deadline; each mail once", () => {
    fc.assert(
      fc.property(arbScan, fc.integer({ min: 0, max: 59 }), (input, minute) => {
        const w = input.workshopAt!.getTime();
        const s = scheduleFor(input.workshopAt!);
        const deadlineDay = amsterdamDay(s.deadline);
        const sent = new Map<string, TDueMail & { at: Date }>();
        for (let t = w - 31 * DAY + minute * 60_000; t <= w + 2 * DAY; t += 3_600_000) {
          const now = new Date(t);
          for (const m of dueMails(input, now)) {
            if (!sent.has(m.idempotencyKey)) sent.set(m.idempotencyKey, { ...m, at: now });
          }
        }
        const byRecipient = new Map<string, string[]>();
        for (const m of sent.values()) {
          byRecipient.set(m.recipientKey, [...(byRecipient.get(m.recipientKey) ?? []), m.kind]);
          expect(m.at.getTime()).toBeGreaterThanOrEqual(input.analysetoolStartedAt!.getTime());
          expect(m.aboutDate).toBe(deadlineDay);
          const d = input.deelnemers.find((x) => x.memberId === m.recipientKey);
          if (d) {
            expect(m.at.getTime()).toBeGreaterThanOrEqual(d.addedAt.getTime());
            if (d.ingediendAt) expect(m.at.getTime()).toBeLessThan(d.ingediendAt.getTime());
          }
          if (m.kind === "herinnering" || m.kind === "deadline_vandaag") expect(m.at.getTime()).toBeLessThan(s.deadline.getTime());
          if (m.kind === "herinnering") expect(m.at.getTime()).toBeGreaterThanOrEqual(s.herinnering.getTime());
          if (m.kind === "deadline_vandaag") {
            expect(amsterdamDay(m.at)).toBe(deadlineDay);
            expect(toAmsterdamLocal(m.at).slice(11)).toMatch(/^(0[89]|1\d|2[0-3])/);
          }
          if (m.kind === "overzicht_deadline") expect(m.at.getTime()).toBeGreaterThanOrEqual(s.deadline.getTime());
        }
        // One mail of each kind per person and deadline; the overview only to its recipients.
        for (const [who, kinds] of byRecipient) {
          expect(new Set(kinds).size, who).toBe(kinds.length);
          if (!input.deelnemers.some((d) => d.memberId === who)) expect(kinds).toEqual(["overzicht_deadline"]);
        }
        // Someone there from the start who never submits is invited, reminded and warned (the
        // morning warning only when an hourly sweep can catch it before the deadline).
        const ochtendVenster = s.deadline.getTime() - s.deadlineOchtend.getTime();
        if (ochtendVenster > 0 && ochtendVenster < 3_600_000) return;
        const verwacht = ["uitnodiging_analysetool", "herinnering", ...(ochtendVenster > 0 ? ["deadline_vandaag"] : [])];
        for (const d of input.deelnemers) {
          if (
            d.ingediendAt === null &&
            d.addedAt.getTime() <= input.analysetoolStartedAt!.getTime() &&
            input.analysetoolStartedAt!.getTime() <= s.uitnodiging.getTime()
          ) {
            expect(byRecipient.get(d.memberId)).toEqual(verwacht);
          }
        }
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});
