import { describe, expect, it } from "vitest";
import { fromAmsterdamLocal } from "@/lib/dates";
import { checkStartAnalysetool } from "./start-guard";
import { beoordeelWorkshopDatum } from "./workshop-datum";

const at = (s: string) => fromAmsterdamLocal(s)!;
const now = at("2026-11-02T10:00");
const W = at("2026-12-15T13:30");

describe("checkStartAnalysetool", () => {
  it("holds with the three required roles and a workshop date", () => {
    const r = checkStartAnalysetool({ stap: "voorbereiding", workshopAt: W, rollen: ["ondermijning", "privacy", "ict", null], now });
    expect(r.ok).toBe(true);
    expect(r.ontbreekt).toEqual([]);
    expect(r.waarschuwingen).toEqual([expect.stringContaining("data-analyse")]);
  });

  it("names every missing required role and the missing date", () => {
    const r = checkStartAnalysetool({ stap: "voorbereiding", workshopAt: null, rollen: ["privacy", "overig", null], now });
    expect(r.ok).toBe(false);
    expect(r.ontbreekt).toEqual([
      "Er is nog geen deelnemer vanuit ondermijning.",
      "Er is nog geen deelnemer vanuit ICT.",
      "Er is nog geen workshopdatum gekozen.",
    ]);
    expect(r.punten.filter((p) => !p.ok).map((p) => p.key)).toEqual(["ondermijning", "ict", "data_analyse", "workshopdatum"]);
  });

  it("does not block on a missing data-analyse deelnemer", () => {
    const r = checkStartAnalysetool({
      stap: "voorbereiding",
      workshopAt: W,
      rollen: ["ondermijning", "privacy", "ict", "data_analyse"],
      now,
    });
    expect(r.ok).toBe(true);
    expect(r.waarschuwingen).toEqual([]);
    expect(r.punten.every((p) => p.ok)).toBe(true);
  });

  it("refuses when the deadline (W − 7) has passed", () => {
    const r = checkStartAnalysetool({
      stap: "voorbereiding",
      workshopAt: at("2026-11-08T13:30"),
      rollen: ["ondermijning", "privacy", "ict"],
      now,
    });
    expect(r.ok).toBe(false);
    expect(r.ontbreekt[0]).toContain("al voorbij");
  });

  it("refuses outside stap 2", () => {
    const r = checkStartAnalysetool({ stap: "analysetool", workshopAt: W, rollen: ["ondermijning", "privacy", "ict"], now });
    expect(r.ok).toBe(false);
    expect(r.ontbreekt[0]).toBe("De scan is niet (meer) in stap 2.");
  });
});

describe("beoordeelWorkshopDatum", () => {
  it("is ok with more than three weeks to go", () => {
    const r = beoordeelWorkshopDatum(W, now);
    expect(r.status).toBe("ok");
    expect(r.schedule.uitnodiging.getTime()).toBe(at("2026-11-24T13:30").getTime());
    expect(r.schedule.deadline.getTime()).toBe(at("2026-12-08T13:30").getTime());
  });

  it("is short within three weeks and reports the days left to fill in", () => {
    const r = beoordeelWorkshopDatum(at("2026-11-20T13:30"), now);
    expect(r.status).toBe("kort");
    expect(r.invulDagen).toBe(11);
  });

  it("is too late when fewer than three days remain before the deadline", () => {
    expect(beoordeelWorkshopDatum(at("2026-11-11T13:30"), now).status).toBe("te_laat");
    expect(beoordeelWorkshopDatum(at("2026-11-12T13:30"), now).status).toBe("kort");
  });

  it("treats exactly W − 21 from now as enough", () => {
    expect(beoordeelWorkshopDatum(at("2026-11-23T10:00"), now).status).toBe("ok");
  });
});

describe("formatDuur", async () => {
  const { formatDuur } = await import("./duur");
  it("writes hours and minutes in Dutch", () => {
    expect(formatDuur(180)).toBe("3 uur");
    expect(formatDuur(90)).toBe("1 uur en 30 minuten");
    expect(formatDuur(45)).toBe("45 minuten");
  });
});
