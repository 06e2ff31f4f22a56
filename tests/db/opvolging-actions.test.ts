/**
 * Stap 7 through the real actions: the procesregisseur and an item's keeper update the top 3's
 * progress, everyone else with access reads it; bad input and the wrong step change nothing.
 * The finished scan is set up directly (the way there is tested in rapport-actions).
 */
import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { handelingsperspectieven, hpVoortgang, scans, users } from "@/db/schema";
import { DEMO, DEMO_SCANS } from "@/db/seed";
import { actAs, callAction, loadAfterSetup, memberIdOf, seededActionDb } from "../support/action-harness";
import { testDrivers } from "../support/test-db";
import { NOT_FOUND } from "./stap12-helpers";

const drivers = await testDrivers();
const [utrecht, , breda] = DEMO_SCANS.map((s) => s.id) as [string, string, string];
const REGISSEUR = "procesregisseur@breda.example";
const BO = "deelnemer.ondermijning@breda.example";
const FENNA = "deelnemer.privacy@breda.example";

describe.each(drivers)("opvolging actions on %s", (driver) => {
  const t = seededActionDb(driver);
  const voortgang = loadAfterSetup(() => import("@/lib/actions/opvolging/update-voortgang"));
  const eigenaar = loadAfterSetup(() => import("@/lib/actions/opvolging/set-hp-eigenaar"));
  const hp: string[] = [];

  beforeAll(async () => {
    const now = new Date();
    const [u] = await t.db.select({ id: users.id }).from(users).where(eq(users.email, REGISSEUR));
    for (const rang of [1, 2, 3]) {
      const [row] = await t.db
        .insert(handelingsperspectieven)
        .values({ scanId: breda, titel: `Punt ${rang}`, omschrijving: "…", dimensieId: "opgave", proposedBy: u!.id, rang, createdAt: now, updatedAt: now })
        .returning({ id: handelingsperspectieven.id });
      hp.push(row!.id);
    }
    await t.db.update(scans).set({ stap: "afgerond", afgerondAt: now }).where(eq(scans.id, breda));
  });

  const rows = async () => Number((await t.db.select({ n: count() }).from(hpVoortgang))[0]!.n);

  it("lets the procesregisseur update any item, with a dated history", async () => {
    await actAs(t, REGISSEUR);
    const r = await callAction(voortgang.updateVoortgangAction, { scanId: breda, hpId: hp[0]!, status: "bezig", notitie: "Gestart met een inventarisatie." });
    expect(r.redirect).toBe(`/scans/${breda}/opvolging?melding=opgeslagen#punt-1`);
    const { listOpvolging } = await import("@/lib/data/opvolging");
    const items = await listOpvolging(breda);
    expect(items.map((i) => i.status)).toEqual(["bezig", "niet_gestart", "niet_gestart"]);
    expect(items[0]!.historie).toHaveLength(1);
    expect(items[0]!.historie[0]!.notitie).toBe("Gestart met een inventarisatie.");
  });

  it("lets a deelnemer update only the item they keep, once the procesregisseur named them", async () => {
    await actAs(t, BO);
    const voor = await rows();
    const geweigerd = await callAction(voortgang.updateVoortgangAction, { scanId: breda, hpId: hp[0]!, status: "afgerond" });
    expect(geweigerd.message).toContain("procesregisseur en de eigenaar");
    expect(await rows()).toBe(voor);

    await actAs(t, REGISSEUR);
    const bo = await memberIdOf(t, breda, BO);
    expect((await callAction(eigenaar.setHpEigenaarAction, { scanId: breda, hpId: hp[0]!, memberId: bo })).redirect).toContain("melding=eigenaar");

    await actAs(t, BO);
    expect((await callAction(voortgang.updateVoortgangAction, { scanId: breda, hpId: hp[0]!, status: "afgerond" })).redirect).toContain("melding=opgeslagen");
    expect((await callAction(voortgang.updateVoortgangAction, { scanId: breda, hpId: hp[1]!, status: "bezig" })).message).toContain(
      "procesregisseur en de eigenaar",
    );
    await actAs(t, FENNA);
    expect((await callAction(voortgang.updateVoortgangAction, { scanId: breda, hpId: hp[0]!, status: "bezig" })).message).toContain(
      "procesregisseur en de eigenaar",
    );
    expect(await rows()).toBe(voor + 1);
  });

  it("lets only the procesregisseur name a keeper, and only a member of this scan", async () => {
    await actAs(t, BO);
    expect((await callAction(eigenaar.setHpEigenaarAction, { scanId: breda, hpId: hp[1]!, memberId: "" })).message).toBe(NOT_FOUND);
    await actAs(t, REGISSEUR);
    const vreemd = await memberIdOf(t, utrecht, "o.ondermijning@utrecht.example");
    const r = await callAction(eigenaar.setHpEigenaarAction, { scanId: breda, hpId: hp[1]!, memberId: vreemd });
    expect(r.fieldErrors?.memberId).toBe("Kies een deelnemer van deze scan.");
    const [item] = await t.db.select().from(handelingsperspectieven).where(eq(handelingsperspectieven.id, hp[1]!));
    expect(item!.eigenaarMemberId).toBeNull();
  });

  it("answers a begeleider and another gemeente as if the scan did not exist", async () => {
    const voor = await rows();
    for (const who of [DEMO.begeleiders[1].email, "procesregisseur@utrecht.example"]) {
      await actAs(t, who);
      expect((await callAction(voortgang.updateVoortgangAction, { scanId: breda, hpId: hp[2]!, status: "bezig" })).message).toBe(NOT_FOUND);
    }
    expect(await rows()).toBe(voor);
  });

  it("refuses bad input with a Dutch error next to the field, and stores nothing", async () => {
    await actAs(t, REGISSEUR);
    const voor = await rows();
    const onbekend = await callAction(voortgang.updateVoortgangAction, { scanId: breda, hpId: hp[2]!, status: "klaar" });
    expect(onbekend.fieldErrors?.status).toBe("Kies hoe het ervoor staat.");
    const lang = await callAction(voortgang.updateVoortgangAction, { scanId: breda, hpId: hp[2]!, status: "bezig", notitie: "x".repeat(100_000) });
    expect(lang.fieldErrors?.notitie).toMatch(/notitie/);
    const zonderReden = await callAction(voortgang.updateVoortgangAction, { scanId: breda, hpId: hp[2]!, status: "gestopt" });
    expect(zonderReden.fieldErrors?.notitie).toContain("Leg in een notitie uit");
    expect(zonderReden.values?.status).toBe("gestopt");
    const geenTop3 = await callAction(voortgang.updateVoortgangAction, { scanId: breda, hpId: "00000000-0000-4000-8000-00000000f00d", status: "bezig" });
    expect(geenTop3.message).toContain("staat niet in de top 3");
    expect(await rows()).toBe(voor);
  });

  it("opens only in stap 7", async () => {
    await actAs(t, "procesregisseur@utrecht.example");
    const r = await callAction(voortgang.updateVoortgangAction, { scanId: utrecht, hpId: hp[0]!, status: "bezig" });
    expect(r.message).toContain("zodra het eindrapport definitief is");
  });
});
