/**
 * The herhaalmeting's comparison from the database, on PostgreSQL and PGlite: the previous
 * scan's scores and agreed levels next to the new scan's, and nothing for a first scan.
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { antwoorden, handelingsperspectieven, hpVoortgang, rapporten, scans, users, workshopResultaten } from "@/db/schema";
import { DEMO_SCANS } from "@/db/seed";
import { MODEL_2026_1 } from "@/lib/analysetool";
import { loadAfterSetup, seededActionDb } from "../support/action-harness";
import { fillAnswers } from "../support/answers";
import { testDrivers } from "../support/test-db";

const drivers = await testDrivers();
const breda = DEMO_SCANS[2]!.id;

describe.each(drivers)("comparison query on %s", (driver) => {
  const t = seededActionDb(driver);
  const data = loadAfterSetup(async () => ({
    ...(await import("@/lib/data/vergelijking")),
    ...(await import("@/lib/data/resultaten")),
    ...(await import("@/lib/rapport/load")),
    ...(await import("@/lib/rapport/build")),
    ...(await import("@/lib/jobs/retention")),
  }));
  let nieuw = "";

  beforeAll(async () => {
    const now = new Date();
    await fillAnswers(t.db, breda);
    const [vorige] = await t.db.select().from(scans).where(eq(scans.id, breda));
    const [pr] = await t.db.select({ id: users.id }).from(users).where(eq(users.email, "procesregisseur@breda.example"));
    await t.db
      .insert(workshopResultaten)
      .values({ scanId: breda, dimensieId: MODEL_2026_1.dimensies[0]!.id, niveau: 2, updatedAt: now, createdAt: now } as never);
    const [hp] = await t.db
      .insert(handelingsperspectieven)
      .values({
        scanId: breda,
        titel: "Data-eigenaarschap beleggen",
        omschrijving: "…",
        dimensieId: MODEL_2026_1.dimensies[0]!.id,
        proposedBy: pr!.id,
        rang: 1,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: handelingsperspectieven.id });
    await t.db.insert(hpVoortgang).values({ scanId: breda, hpId: hp!.id, status: "afgerond", userId: pr!.id, createdAt: now });
    await t.db.update(scans).set({ stap: "afgerond", afgerondAt: now }).where(eq(scans.id, breda));
    const [row] = await t.db
      .insert(scans)
      .values({
        gemeenteId: vorige!.gemeenteId,
        stap: "aangemeld",
        contactNaam: "Bas",
        contactFunctie: "Regisseur",
        contactEmail: "procesregisseur@breda.example",
        vorigeScanId: breda,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: scans.id });
    nieuw = row!.id;
  });

  it("sets the previous scan's scores and agreed levels next to the new one's, with the previous top 3", async () => {
    const nu = await data.loadScanResultaten(nieuw, "2026.1");
    const v = (await data.loadVergelijking(nieuw, nu))!;
    expect(v.vorigeScanId).toBe(breda);
    expect(v.zelfdeVersie).toBe(true);
    expect(v.rijen).toHaveLength(MODEL_2026_1.dimensies.length);
    expect(v.rijen.every((r) => r.toen !== null && r.nu === null && r.verschil === null)).toBe(true);
    expect(v.rijen[0]!.consensusToen).toBe(2);
    expect(v.vorigeTop3).toEqual([expect.objectContaining({ rang: 1, titel: "Data-eigenaarschap beleggen", status: "afgerond", vergeleken: true })]);
  });

  it("the report reads the same comparison inside the publishing transaction (PGlite has one connection)", async () => {
    const model = await t.db.transaction(async (tx) =>
      data.buildRapportModel(await data.loadRapportInput(tx, nieuw, { soort: "concept", versie: 1, datum: new Date() })),
    );
    expect(model.secties.map((s) => s.id)).toContain("vergelijking");
    const v = model.vergelijking!;
    expect(v.rijen[0]).toMatchObject({ dimensie: MODEL_2026_1.dimensies[0]!.naam, consensusToen: 2, nu: null, verschil: null });
    expect(v.vorigeTop3).toEqual([expect.objectContaining({ rang: 1, titel: "Data-eigenaarschap beleggen", status: "Afgerond" })]);
    expect(JSON.stringify(model)).not.toContain("procesregisseur@breda.example");
  });

  it("is nothing for a scan that is no herhaalmeting", async () => {
    expect(await data.loadVergelijking(breda, await data.loadScanResultaten(breda, "2026.1"))).toBeNull();
  });

  it("still compares after retention removed the previous scan's answers: the figures come from its definitief report", async () => {
    const voor = (await data.loadVergelijking(nieuw, await data.loadScanResultaten(nieuw, "2026.1")))!;
    const datum = new Date();
    const snapshot = await t.db.transaction(async (tx) =>
      data.buildRapportModel(await data.loadRapportInput(tx, breda, { soort: "definitief", versie: 1, datum })),
    );
    const [pr] = await t.db.select({ id: users.id }).from(users).where(eq(users.email, "procesregisseur@breda.example"));
    await t.db.insert(rapporten).values({
      scanId: breda,
      soort: "definitief",
      versie: 1,
      snapshot,
      pdf: new Uint8Array([37]),
      sha256: "0".repeat(64),
      createdBy: pr!.id,
      createdAt: datum,
    });
    const later = new Date(datum.getTime() + 400 * 24 * 3600 * 1000);
    const r = await data.runRetention(t.db, later, 12);
    expect(r.antwoorden).toBeGreaterThan(0);
    expect(await t.db.select({ id: antwoorden.id }).from(antwoorden).where(eq(antwoorden.scanId, breda))).toEqual([]);
    const na = (await data.loadVergelijking(nieuw, await data.loadScanResultaten(nieuw, "2026.1")))!;
    expect(na.rijen.map((x) => [x.toen, x.consensusToen])).toEqual(voor.rijen.map((x) => [x.toen, x.consensusToen]));
    expect(na.rijen.every((x) => x.toen !== null)).toBe(true);
  });
});
