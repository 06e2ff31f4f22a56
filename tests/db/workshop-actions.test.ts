/**
 * Stap 3 → 4 → 5 through the real actions: closing the tool, recording consensus per
 * dimension, closing the workshop; and every refusal (wrong role, other gemeente, bad input)
 * leaves the data as it was.
 */

import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, scans, workshopResultaten } from "@/db/schema";
import { DEMO, DEMO_SCANS } from "@/db/seed";
import { MODEL_2026_1 } from "@/lib/analysetool";
import { actAs, callAction, loadAfterSetup, seededActionDb } from "../support/action-harness";
import { fillAnswers } from "../support/answers";
import { testDrivers } from "../support/test-db";

const drivers = await testDrivers();
const [utrecht, tilburg, breda] = DEMO_SCANS;

describe.each(drivers)("workshop actions on %s", (driver) => {
  const t = seededActionDb(driver);
  beforeAll(async () => {
    await fillAnswers(t.db, breda!.id);
  });
  const resultaten = loadAfterSetup(() => import("@/lib/actions/analysetool/close-analysetool"));
  const workshop = loadAfterSetup(async () => ({
    ...(await import("@/lib/actions/workshop/save-consensus")),
    ...(await import("@/lib/actions/workshop/close-workshop")),
  }));

  const stapOf = async (id: string) => (await t.db.select({ stap: scans.stap }).from(scans).where(eq(scans.id, id)))[0]!.stap;
  const consensusRows = () => t.db.select().from(workshopResultaten).where(eq(workshopResultaten.scanId, breda!.id));

  it("refuses to close the tool before the deadline while not everyone has submitted", async () => {
    await actAs(t, DEMO.begeleiders[0].email);
    const r = await callAction(resultaten.closeAnalysetoolAction, { scanId: tilburg!.id });
    expect(r.status).toBe("error");
    expect(r.message).toContain("kan pas dicht na de deadline");
    expect(await stapOf(tilburg!.id)).toBe("analysetool");
  });

  it("refuses a deelnemer and a begeleider of another scan, as if the scan did not exist", async () => {
    await actAs(t, "deelnemer.ict@tilburg.example");
    const a = await callAction(resultaten.closeAnalysetoolAction, { scanId: tilburg!.id });
    expect(a.message).toBe("Deze scan bestaat niet of je hebt er geen toegang toe.");
    await actAs(t, DEMO.begeleiders[0].email); // Anna is not assigned to Breda
    const b = await callAction(workshop.saveConsensusAction, { scanId: breda!.id, dimensieId: "opgave", niveau: "3" });
    expect(b.message).toBe("Deze scan bestaat niet of je hebt er geen toegang toe.");
    expect(await consensusRows()).toHaveLength(0);
    const denied = await t.db.select().from(auditLog).where(eq(auditLog.outcome, "denied"));
    expect(denied.length).toBeGreaterThanOrEqual(2);
  });

  it("refuses bad input with a Dutch message next to the field", async () => {
    await actAs(t, DEMO.begeleiders[1].email);
    const r = await callAction(workshop.saveConsensusAction, { scanId: breda!.id, dimensieId: "opgave", niveau: "7" });
    expect(r.fieldErrors?.niveau).toBe("Kies een niveau van 1 tot 5, in halve stappen.");
    const u = await callAction(workshop.saveConsensusAction, { scanId: breda!.id, dimensieId: "bestaat-niet", niveau: "3" });
    expect(u.message).toBe("Onbekende dimensie.");
    const extra = await callAction(workshop.saveConsensusAction, { scanId: breda!.id, dimensieId: "opgave", niveau: "3", stap: "afgerond" });
    expect(extra.status).toBe("error");
    expect(await consensusRows()).toHaveLength(0);
  });

  it("asks for a reason when the agreed level differs 0,5 or more from the score", async () => {
    const r = await callAction(workshop.saveConsensusAction, { scanId: breda!.id, dimensieId: "opgave", niveau: "5" });
    expect(r.fieldErrors?.motivering).toContain("Licht toe waarom");
    const ok = await callAction(workshop.saveConsensusAction, { scanId: breda!.id, dimensieId: "opgave", niveau: "5", motivering: "Na de workshop" });
    expect(ok.status).toBe("ok");
  });

  it("closes the workshop only when every dimension has a level, then moves to the concept", async () => {
    const early = await callAction(workshop.closeWorkshopAction, { scanId: breda!.id });
    expect(early.message).toContain("Leg eerst het vastgestelde niveau vast voor");
    expect(await stapOf(breda!.id)).toBe("workshop");
    for (const d of MODEL_2026_1.dimensies) {
      await callAction(workshop.saveConsensusAction, { scanId: breda!.id, dimensieId: d.id, niveau: "3", motivering: "Besproken" });
    }
    // Issue 19.1: a week before the workshop it cannot have been held.
    const [gepland] = await t.db.select({ workshopAt: scans.workshopAt }).from(scans).where(eq(scans.id, breda!.id));
    await t.db
      .update(scans)
      .set({ workshopAt: new Date(Date.now() + 7 * 86_400_000) })
      .where(eq(scans.id, breda!.id));
    const teVroeg = await callAction(workshop.closeWorkshopAction, { scanId: breda!.id });
    expect(teVroeg.message).toMatch(/^De workshop staat gepland op .*Rond hem af als hij is gehouden/);
    expect(await stapOf(breda!.id)).toBe("workshop");
    await t.db.update(scans).set({ workshopAt: gepland!.workshopAt }).where(eq(scans.id, breda!.id));
    const r = await callAction(workshop.closeWorkshopAction, { scanId: breda!.id });
    expect(r.redirect).toBe(`/scans/${breda!.id}?melding=workshop-afgerond`);
    expect(await stapOf(breda!.id)).toBe("concept");
    const [scan] = await t.db.select().from(scans).where(eq(scans.id, breda!.id));
    // Held when it was planned, which is before now: the report's dates stay in order.
    expect(scan!.workshopHeldAt).toEqual(gepland!.workshopAt);
    expect(scan!.workshopHeldAt!.getTime()).toBeLessThan(Date.now());
    expect(await stapOf(utrecht!.id)).toBe("voorbereiding");
  });
});
