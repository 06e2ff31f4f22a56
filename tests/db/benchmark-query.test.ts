/**
 * The benchmark groups from the database, on PostgreSQL and PGlite: one row per gemeente (its
 * most recent definitief report on the model version), groups that show their figures only
 * when the disclosure rule allows it, and suppressed groups that say nothing but their name.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { MODEL_2026_1 } from "@/lib/analysetool";
import { groepId } from "@/lib/benchmark/groepen";
import { loadAfterSetup, seededActionDb } from "../support/action-harness";
import { codesInRiec, createFinishedScans } from "../support/finished-scans";
import { testDrivers } from "../support/test-db";

const drivers = await testDrivers();
const DAY = 86_400_000;

describe.each(drivers)("benchmark query on %s", (driver) => {
  const t = seededActionDb(driver);
  const data = loadAfterSetup(async () => ({ ...(await import("@/lib/data/benchmark")), ...(await import("@/lib/jobs/benchmark-editie")) }));
  const now = new Date("2026-12-01T12:00:00Z");

  beforeAll(async () => {
    const oost = (await codesInRiec(t.db, "Oost-Nederland")).slice(0, 12);
    const limburg = (await codesInRiec(t.db, "Limburg")).slice(0, 12);
    const amsterdam = (await codesInRiec(t.db, "Amsterdam-Amstelland")).slice(0, 3);
    const ago = (days: number) => new Date(now.getTime() - days * DAY);
    await createFinishedScans(t.db, [
      ...oost.map((gemeenteCode, i) => ({ gemeenteCode, niveau: () => 2 + (i % 3), afgerondAt: ago(30) })),
      ...limburg.map((gemeenteCode) => ({ gemeenteCode, niveau: () => 4, afgerondAt: ago(30) })),
      ...amsterdam.map((gemeenteCode) => ({ gemeenteCode, niveau: () => 1, afgerondAt: ago(30) })),
      // An older report of the first Oost gemeente (its latest is at level 2) counts no more.
      { gemeenteCode: oost[0]!, niveau: () => 5, afgerondAt: ago(400) },
      // Not definitief, or another model version: not in the benchmark.
      { gemeenteCode: (await codesInRiec(t.db, "Rotterdam"))[0]!, niveau: () => 5, afgerondAt: ago(10), soort: "concept" },
      { gemeenteCode: (await codesInRiec(t.db, "Den Haag"))[0]!, niveau: () => 5, afgerondAt: ago(10), modelVersie: "2025.9" },
    ]);
  });

  it("counts each gemeente once, by its most recent definitief on this model version", async () => {
    const rijen = await data.loadBenchmarkRijen(t.db, MODEL_2026_1.versie);
    expect(rijen).toHaveLength(27);
    expect(new Set(rijen.map((r) => r.gemeenteId)).size).toBe(27);
    expect(rijen.flatMap((r) => r.dimensies.map((d) => d.vastgesteld)).includes(5)).toBe(false);
  });

  it("shows nothing before the first edition, every group by name only", async () => {
    const b = await data.loadBenchmark(t.db, MODEL_2026_1.versie);
    expect(b.datum).toBeNull();
    expect(b.groepen.every((g) => !g.getoond)).toBe(true);
  });

  it("shows the country and the regions with ten or more, and only the name of a region with fewer", async () => {
    expect(await data.maakBenchmarkEditie(t.db, MODEL_2026_1.versie, now)).toBe("nieuw");
    expect(await data.maakBenchmarkEditie(t.db, MODEL_2026_1.versie, now)).toBe("ongewijzigd");
    const b = await data.loadBenchmark(t.db, MODEL_2026_1.versie);
    expect(b.datum).toBe(now.toISOString());
    const groep = (id: string) => b.groepen.find((g) => g.id === id)!;
    const nl = groep(groepId.landelijk);
    expect(nl).toMatchObject({ getoond: true, gemeenten: 27 });
    if (!nl.getoond) throw new Error("landelijk");
    // Agreed in the first dimension: Amsterdam 3 × 1; Oost-Nederland 2, 3, 4 in turn; Limburg 12 × 4.
    expect(nl.dimensies[0]!.verdeling).toEqual([3, 4, 4, 16, 0]);
    expect(nl.dimensies[0]!.vastgesteld!.mediaan).toBe(4);
    expect(nl.dimensies[0]!.berekend!.mediaan).toBeCloseTo(4.2);
    expect(groep(groepId.riec("Oost-Nederland"))).toMatchObject({ getoond: true, gemeenten: 12 });
    expect(groep(groepId.riec("Amsterdam-Amstelland"))).toEqual({
      id: groepId.riec("Amsterdam-Amstelland"),
      soort: "riec",
      naam: "RIEC Amsterdam-Amstelland",
      getoond: false,
    });
    // Country minus Oost-Nederland is Limburg plus Amsterdam's three: showing Limburg (12) as
    // well would give those three away, so it gives way.
    expect(groep(groepId.riec("Limburg")).getoond).toBe(false);
    expect(groep(groepId.provincie("Limburg")).getoond).toBe(false);
  });

  it("keeps the edition until the new figures cannot be subtracted from it: five more scans wait, ten more make a new one", async () => {
    const vrij = (await codesInRiec(t.db, "Midden-Nederland")).slice(0, 10);
    const later = new Date(now.getTime() + DAY);
    await createFinishedScans(
      t.db,
      vrij.slice(0, 5).map((gemeenteCode) => ({ gemeenteCode, niveau: () => 3, afgerondAt: later })),
    );
    expect(await data.maakBenchmarkEditie(t.db, MODEL_2026_1.versie, later)).toBe("wacht");
    expect((await data.loadBenchmark(t.db, MODEL_2026_1.versie)).datum).toBe(now.toISOString());
    await createFinishedScans(
      t.db,
      vrij.slice(5).map((gemeenteCode) => ({ gemeenteCode, niveau: () => 3, afgerondAt: later })),
    );
    expect(await data.maakBenchmarkEditie(t.db, MODEL_2026_1.versie, later)).toBe("nieuw");
    const b = await data.loadBenchmark(t.db, MODEL_2026_1.versie);
    expect(b.groepen.find((g) => g.id === groepId.landelijk)).toMatchObject({ getoond: true, gemeenten: 37 });
    // Midden-Nederland's ten are a block of their own, different enough from everything shown before.
    expect(b.groepen.find((g) => g.id === groepId.riec("Midden-Nederland"))).toMatchObject({ getoond: true, gemeenten: 10 });
  });
});
