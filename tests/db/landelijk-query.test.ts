/**
 * The programme team's national picture from the database, on PostgreSQL and PGlite, and its
 * CSV: the same tables as the page, and nothing that names a gemeente outside the counts.
 */
import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { benchmarkEdities, gemeenten, handelingsperspectieven, scans, users } from "@/db/schema";
import { MODEL_2026_1 } from "@/lib/analysetool";
import { landelijkCsv, landelijkeTabellen } from "@/lib/benchmark/landelijke-tabellen";
import { csvCell } from "@/lib/csv";
import { loadAfterSetup, seededActionDb } from "../support/action-harness";
import { codesInRiec, createFinishedScans } from "../support/finished-scans";
import { testDrivers } from "../support/test-db";

const drivers = await testDrivers();
const DAY = 86_400_000;

describe.each(drivers)("national picture on %s", (driver) => {
  const t = seededActionDb(driver);
  const data = loadAfterSetup(async () => ({ ...(await import("@/lib/data/landelijk")), ...(await import("@/lib/jobs/benchmark-editie")) }));
  const now = new Date("2026-12-01T12:00:00Z");
  let oost: string[] = [];

  beforeAll(async () => {
    oost = (await codesInRiec(t.db, "Oost-Nederland")).slice(0, 12);
    const limburg = (await codesInRiec(t.db, "Limburg")).slice(0, 12);
    const ids = await createFinishedScans(t.db, [
      ...oost.map((gemeenteCode) => ({ gemeenteCode, niveau: () => 3, afgerondAt: new Date(now.getTime() - 30 * DAY) })),
      ...limburg.map((gemeenteCode) => ({ gemeenteCode, niveau: () => 2, afgerondAt: new Date(now.getTime() - 30 * DAY) })),
    ]);
    // Lead times: registered 100 days, workshop 50 days before finishing.
    for (const id of ids) {
      const [s] = await t.db.select().from(scans).where(eq(scans.id, id));
      await t.db
        .update(scans)
        .set({ createdAt: new Date(s!.afgerondAt!.getTime() - 100 * DAY), workshopHeldAt: new Date(s!.afgerondAt!.getTime() - 50 * DAY) })
        .where(eq(scans.id, id));
    }
    const [auteur] = await t.db.select({ id: users.id }).from(users).limit(1);
    await t.db.insert(handelingsperspectieven).values(
      ids.slice(0, 5).map((scanId, i) => ({
        scanId,
        titel: `Punt ${i}`,
        omschrijving: "…",
        dimensieId: "data",
        proposedBy: auteur!.id,
        rang: 1,
        createdAt: now,
        updatedAt: now,
      })),
    );
    expect(await data.maakBenchmarkEditie(t.db, MODEL_2026_1.versie, now)).toBe("nieuw");
  });

  it("counts the scans per step and RIEC region, the lead times and the top-3 dimensions", async () => {
    const d = await data.loadLandelijk(t.db, now);
    const [{ n }] = (await t.db.select({ n: count() }).from(scans)) as [{ n: number }];
    expect(d.perRiec.reduce((som, r) => som + Object.values(r.perStap).reduce((a, b) => a + (b ?? 0), 0), 0)).toBe(Number(n));
    // Twelve here and Deventer's first scan of the demo data.
    expect(d.perRiec.find((r) => r.riec === "Oost-Nederland")!.perStap.afgerond).toBe(13);
    expect(d.doorlooptijden.find((x) => x.naam === "Aanmelding tot definitief eindrapport")).toMatchObject({ n: 25, mediaan: 100, p90: 100 });
    expect(d.doorlooptijden.find((x) => x.naam === "Workshop tot definitief eindrapport")).toMatchObject({ mediaan: 50 });
    // Five here, besides the three of Deventer's first scan, each once.
    expect(d.top3Dimensies[0]).toEqual({ naam: "Databronnen en datakwaliteit", aantal: 5 });
    expect(d.top3Dimensies.slice(1).every((x) => x.aantal === 1)).toBe(true);
    expect(d.benchmark.groepen.find((g) => g.naam === "Nederland")).toMatchObject({ getoond: true, gemeenten: 24 });
  });

  it("exports exactly the tables of the page as CSV, suppressed groups included as suppressed", async () => {
    const tabellen = landelijkeTabellen(await data.loadLandelijk(t.db, now));
    const csv = landelijkCsv(tabellen);
    expect(csv.startsWith("\uFEFFScans per stap en per RIEC-regio\r\n")).toBe(true);
    for (const tabel of tabellen) {
      expect(csv).toContain(`${csvCell(tabel.titel)}\r\n${tabel.kolommen.map(csvCell).join(";")}\r\n`);
      for (const rij of tabel.rijen) expect(csv).toContain(rij.map(csvCell).join(";"));
    }
    expect(csv).toContain("RIEC Amsterdam-Amstelland;Te weinig gemeenten om te tonen.");
    // No gemeente is named anywhere in the export.
    const namen = (await t.db.select({ naam: gemeenten.naam, code: gemeenten.code }).from(gemeenten)).filter((g) => oost.includes(g.code));
    for (const g of namen) expect(csv).not.toContain(g.naam);
  });

  it("keeps scan ids and gemeenten out of the figures an edition shows", async () => {
    const [editie] = await t.db.select().from(benchmarkEdities);
    const tekst = JSON.stringify(editie!.cijfers);
    for (const id of editie!.scans) expect(tekst).not.toContain(id);
    expect(tekst).not.toMatch(/GM\d{4}/);
  });
});
