import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { OPVOLG_STATUSSEN } from "@/db/schema";
import { addAmsterdamMonths, CHECKIN_MAANDEN, checkinMoment, dueCheckins, huidigeCheckin, opvolgSignaal, type TCheckinInput } from "./checkin-schedule";

const AF = new Date("2026-03-31T12:00:00Z"); // 14:00 in Amsterdam, summer time
const DAG = 86_400_000;

function input(over: Partial<TCheckinInput> = {}): TCheckinInput {
  return {
    scanId: "scan-1",
    stap: "afgerond",
    afgerondAt: AF,
    procesregisseurs: ["pr"],
    items: [
      { hpId: "hp-1", rang: 1, status: "bezig", laatsteUpdate: null, keeperUserId: "bo" },
      { hpId: "hp-2", rang: 2, status: "niet_gestart", laatsteUpdate: null, keeperUserId: null },
      { hpId: "hp-3", rang: 3, status: "afgerond", laatsteUpdate: null, keeperUserId: "fenna" },
    ],
    ...over,
  };
}

describe("calendar months in Amsterdam", () => {
  it("keep the wall-clock time and end on the month's last day", () => {
    expect(addAmsterdamMonths(AF, 3).toISOString()).toBe("2026-06-30T12:00:00.000Z");
    expect(addAmsterdamMonths(new Date("2026-01-31T09:00:00Z"), 1).toISOString()).toBe("2026-02-28T09:00:00.000Z");
    // Across the change to winter time 14:00 stays 14:00: 13:00 UTC.
    expect(addAmsterdamMonths(AF, 7).toISOString()).toBe("2026-10-31T13:00:00.000Z");
    expect(addAmsterdamMonths(AF, 12).toISOString()).toBe("2027-03-31T12:00:00.000Z");
  });
});

describe("the check-ins due", () => {
  it("are none before three months, nor outside stap 7", () => {
    expect(dueCheckins(input(), new Date(checkinMoment(AF, 3).getTime() - 1))).toEqual([]);
    expect(dueCheckins(input({ stap: "handelingsperspectieven" }), new Date(AF.getTime() + 100 * DAG))).toEqual([]);
    expect(dueCheckins(input({ afgerondAt: null }), new Date(AF.getTime() + 100 * DAG))).toEqual([]);
  });

  it("at three months: the procesregisseur about every open item, each keeper about theirs", () => {
    const due = dueCheckins(input(), checkinMoment(AF, 3));
    expect(due).toEqual([
      { maanden: 3, recipientUserId: "pr", hpIds: ["hp-1", "hp-2"], rangen: [1, 2], idempotencyKey: "checkin/scan-1/3m/procesregisseur/pr" },
      { maanden: 3, recipientUserId: "bo", hpIds: ["hp-1"], rangen: [1], idempotencyKey: "checkin/scan-1/3m/punt/hp-1" },
    ]);
  });

  it("leave out an item updated in the month before the moment, or since", () => {
    const moment = checkinMoment(AF, 6);
    const items = input().items.map((i) => (i.hpId === "hp-1" ? { ...i, laatsteUpdate: new Date(moment.getTime() - 20 * DAG) } : i));
    const due = dueCheckins(input({ items }), new Date(moment.getTime() + DAG));
    expect(due.map((d) => d.idempotencyKey)).toEqual(["checkin/scan-1/6m/procesregisseur/pr"]);
    expect(due[0]!.hpIds).toEqual(["hp-2"]);
    const old = input().items.map((i) => ({ ...i, laatsteUpdate: new Date(moment.getTime() - 40 * DAG) }));
    expect(dueCheckins(input({ items: old }), moment)[0]!.hpIds).toEqual(["hp-1", "hp-2"]);
  });

  it("stop for finished and stopped items, and send nothing when no item is open", () => {
    const klaar = input().items.map((i) => ({ ...i, status: i.rang === 1 ? ("gestopt" as const) : ("afgerond" as const) }));
    expect(dueCheckins(input({ items: klaar }), checkinMoment(AF, 12))).toEqual([]);
  });

  it("give a procesregisseur who keeps an item one mail, not two", () => {
    const items = input().items.map((i) => (i.hpId === "hp-1" ? { ...i, keeperUserId: "pr" } : i));
    expect(dueCheckins(input({ items }), checkinMoment(AF, 3)).map((d) => d.recipientUserId)).toEqual(["pr"]);
  });

  it("only for the current moment: after an outage the latest, not every missed one", () => {
    expect(huidigeCheckin(AF, new Date(checkinMoment(AF, 12).getTime() + 200 * DAG))).toBe(12);
    expect(dueCheckins(input(), new Date(checkinMoment(AF, 6).getTime() + 10 * DAG)).every((d) => d.maanden === 6)).toBe(true);
  });
});

describe("check-ins over time (property)", () => {
  const item = fc.record({
    status: fc.constantFrom(...OPVOLG_STATUSSEN),
    updateNaDagen: fc.option(fc.integer({ min: 0, max: 400 }), { nil: null }),
    keeper: fc.constantFrom(null, "pr", "bo", "fenna"),
  });

  it("every mail goes out only when it may, and once per scan, item and moment", () => {
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 3 }), fc.array(fc.integer({ min: 0, max: 500 }), { minLength: 1, maxLength: 40 }), (raw, dagen) => {
        const items = raw.map((r, i) => ({
          hpId: `hp-${i + 1}`,
          rang: i + 1,
          status: r.status,
          laatsteUpdate: r.updateNaDagen === null ? null : new Date(AF.getTime() + r.updateNaDagen * DAG),
          keeperUserId: r.keeper,
        }));
        const sent = new Map<string, { maanden: number; recipient: string; hpIds: string[] }>();
        const perItemMoment = new Set<string>();
        for (const d of [...dagen].sort((a, b) => a - b)) {
          const now = new Date(AF.getTime() + d * DAG);
          // What the sweep sees at `now`: updates made later have not happened yet.
          const zicht = items.map((i) => (i.laatsteUpdate && i.laatsteUpdate > now ? { ...i, laatsteUpdate: null } : i));
          for (const due of dueCheckins(input({ items: zicht }), now)) {
            const moment = checkinMoment(AF, due.maanden);
            expect(now.getTime()).toBeGreaterThanOrEqual(moment.getTime());
            for (const hpId of due.hpIds) {
              const it = zicht.find((i) => i.hpId === hpId)!;
              expect(["afgerond", "gestopt"]).not.toContain(it.status);
              if (it.laatsteUpdate) expect(it.laatsteUpdate.getTime()).toBeLessThan(addAmsterdamMonths(moment, -1).getTime());
            }
            if (sent.has(due.idempotencyKey)) continue; // the outbox drops a repeated key
            sent.set(due.idempotencyKey, { maanden: due.maanden, recipient: due.recipientUserId, hpIds: due.hpIds });
            if (due.recipientUserId !== "pr") {
              const k = `${due.hpIds[0]}/${due.maanden}`;
              expect(perItemMoment.has(k)).toBe(false);
              perItemMoment.add(k);
            }
          }
        }
        // The procesregisseur gets at most one check-in per moment.
        for (const m of CHECKIN_MAANDEN) expect([...sent.values()].filter((s) => s.recipient === "pr" && s.maanden === m).length).toBeLessThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });
});

describe("the dashboard's follow-up signal", () => {
  const item = (over: Partial<{ status: (typeof OPVOLG_STATUSSEN)[number]; termijn: Date | null; laatsteUpdate: Date | null }> = {}) => ({
    status: "bezig" as (typeof OPVOLG_STATUSSEN)[number],
    termijn: null,
    laatsteUpdate: null,
    ...over,
  });

  it("warns about a passed term unless the item is finished or stopped", () => {
    const now = new Date(AF.getTime() + 40 * DAG);
    const termijn = new Date(AF.getTime() + 30 * DAG);
    expect(opvolgSignaal(AF, [item({ termijn })], now).termijnVerlopen).toBe(true);
    expect(opvolgSignaal(AF, [item({ termijn, status: "afgerond" })], now).termijnVerlopen).toBe(false);
    expect(opvolgSignaal(AF, [item({ termijn, status: "gestopt" })], now).termijnVerlopen).toBe(false);
    expect(opvolgSignaal(AF, [item({ termijn: new Date(now.getTime() + DAG) })], now).termijnVerlopen).toBe(false);
  });

  it("warns when two weeks after a check-in an open item still had no update", () => {
    const moment = checkinMoment(AF, 3);
    expect(opvolgSignaal(AF, [item()], new Date(moment.getTime() + 13 * DAG)).checkinOnbeantwoord).toBe(false);
    expect(opvolgSignaal(AF, [item()], new Date(moment.getTime() + 15 * DAG)).checkinOnbeantwoord).toBe(true);
    expect(opvolgSignaal(AF, [item({ laatsteUpdate: new Date(moment.getTime() + DAG) })], new Date(moment.getTime() + 15 * DAG)).checkinOnbeantwoord).toBe(
      false,
    );
    expect(opvolgSignaal(AF, [item({ status: "afgerond" })], new Date(moment.getTime() + 15 * DAG)).checkinOnbeantwoord).toBe(false);
    expect(opvolgSignaal(AF, [item()], new Date(AF.getTime() + 30 * DAG)).checkinOnbeantwoord).toBe(false);
  });
});
