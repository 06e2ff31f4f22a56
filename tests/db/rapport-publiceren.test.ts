/**
 * Issue 15.6: the PDF (about a second of work) is rendered before the transaction locks the
 * scan, so other actions on the scan do not wait for it. What is stored must still be the
 * data of that moment: a change that arrives while the PDF renders makes the store refuse,
 * and a second version published meanwhile does too. Nothing is stored then.
 */

import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rapporten, rapportTeksten, scanMembers } from "@/db/schema";
import { DEMO_SCANS, seedDemo } from "@/db/seed";
import { UserError } from "@/lib/errors";
import { bereidRapportVoor, slaRapportOp } from "@/lib/rapport/publiceren";
import { fillAnswers } from "../support/answers";
import { createTestDb, type TTestDb, testDrivers } from "../support/test-db";

const drivers = await testDrivers();
const breda = DEMO_SCANS[2]!.id;

describe.each(drivers)("publishing a report on %s", (driver) => {
  let t: TTestDb;
  let userId: string;
  beforeAll(async () => {
    t = await createTestDb(driver);
    await seedDemo(t.db);
    await fillAnswers(t.db, breda);
    userId = (await t.db.select({ userId: scanMembers.userId }).from(scanMembers).where(eq(scanMembers.scanId, breda)))[0]!.userId;
  });
  afterAll(async () => {
    await t?.drop();
  });
  const versies = () =>
    t.db
      .select()
      .from(rapporten)
      .where(and(eq(rapporten.scanId, breda), eq(rapporten.soort, "concept")));

  it("stores what was rendered when nothing changed in between", async () => {
    const v = await bereidRapportVoor(t.db, { scanId: breda, soort: "concept", datum: new Date() });
    const r = await t.db.transaction((tx) => slaRapportOp(tx, v, userId));
    expect(r.versie).toBe(1);
    expect(await versies()).toHaveLength(1);
  });

  it("refuses a rendering whose data changed before it was stored, and stores nothing", async () => {
    const v = await bereidRapportVoor(t.db, { scanId: breda, soort: "concept", datum: new Date() });
    // The begeleider saves the samenvatting in another tab while the PDF renders.
    await t.db.insert(rapportTeksten).values({ scanId: breda, sleutel: "samenvatting", tekst: "Tijdens het renderen bewaard", updatedAt: new Date() });
    await expect(t.db.transaction((tx) => slaRapportOp(tx, v, userId))).rejects.toThrow(UserError);
    expect(await versies()).toHaveLength(1);
  });

  it("refuses a rendering when another version was published meanwhile", async () => {
    const a = await bereidRapportVoor(t.db, { scanId: breda, soort: "concept", datum: new Date() });
    const b = await bereidRapportVoor(t.db, { scanId: breda, soort: "concept", datum: new Date() });
    await t.db.transaction((tx) => slaRapportOp(tx, a, userId));
    await expect(t.db.transaction((tx) => slaRapportOp(tx, b, userId))).rejects.toThrow(/andere versie/);
    expect((await versies()).map((v) => v.versie).sort()).toEqual([1, 2]);
  });
});
