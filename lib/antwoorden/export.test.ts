import { describe, expect, it } from "vitest";
import { MODEL_2026_1 } from "@/lib/analysetool";
import { fromAmsterdamLocal } from "@/lib/dates";
import { EXPORT_KOLOMMEN, exportRijen } from "./export";

const at = (s: string) => fromAmsterdamLocal(s)!;

describe("exportRijen", () => {
  const deelnemer = {
    nummer: 2,
    rol: "privacy" as const,
    ingediendAt: at("2026-12-09T10:00"),
    rows: [
      { vraagId: "opgave.q1", niveau: 4, geenOordeel: null, toelichting: "=gevaarlijk", tekst: null, updatedAt: at("2026-12-01T09:15") },
      {
        vraagId: "opgave.q2",
        niveau: null,
        geenOordeel: "weet_niet" as const,
        toelichting: null,
        tekst: null,
        updatedAt: at("2026-12-01T09:16"),
      },
      { vraagId: "open.q2", niveau: null, geenOordeel: null, toelichting: null, tekst: "Tijd", updatedAt: at("2026-12-01T09:17") },
    ],
  };

  it("has a header and one row per question of the model per deelnemer, without names", () => {
    const rijen = exportRijen(MODEL_2026_1, [deelnemer], at("2026-12-08T13:30"));
    expect(rijen[0]).toEqual([...EXPORT_KOLOMMEN]);
    expect(rijen).toHaveLength(1 + 50);
    expect(rijen[1]).toEqual([
      "Deelnemer 2",
      "Privacy",
      "2026-12-09 10:00",
      "ja",
      "Ondermijningsopgave en informatiebehoefte",
      "opgave.q1",
      MODEL_2026_1.dimensies[0]!.vragen[0]!.stelling,
      4,
      "Gestuurd",
      null,
      "=gevaarlijk",
      null,
      "2026-12-01 09:15",
    ]);
    expect(rijen[2]!.slice(7, 10)).toEqual([null, null, "Weet ik niet"]);
    expect(rijen[3]!.slice(7, 13)).toEqual([null, null, null, null, null, null]);
    const open = rijen.find((r) => r[5] === "open.q2")!;
    expect(open[4]).toBe("Open vragen");
    expect(open[11]).toBe("Tijd");
    expect(rijen.find((r) => r[5] === "analyse.ambitie")![6]).toBe(MODEL_2026_1.ambitieVraag);
  });
});
