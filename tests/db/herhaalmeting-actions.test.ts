/**
 * The herhaalmeting through the real actions, on PostgreSQL and PGlite: asked for from a
 * finished scan (the procesregisseur after 12 months, the admin earlier), accepted as any
 * registration, and the previous deelnemers taken over in stap 2 once each.
 */
import { and, count, eq, isNotNull } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { emailOutbox, scanMembers, scans, users } from "@/db/schema";
import { DEMO, DEMO_SCANS } from "@/db/seed";
import { actAs, callAction, callActionAs, loadAfterSetup, seededActionDb } from "../support/action-harness";
import { testDrivers } from "../support/test-db";
import { NOT_FOUND } from "./stap12-helpers";

const drivers = await testDrivers();
const [utrecht, tilburg, breda] = DEMO_SCANS.map((s) => s.id) as [string, string, string];
const REGISSEUR = "procesregisseur@breda.example";
const DAG = 86_400_000;

describe.each(drivers)("herhaalmeting on %s", (driver) => {
  const t = seededActionDb(driver);
  const start = loadAfterSetup(() => import("@/lib/actions/herhaalmeting/start-herhaalmeting"));
  const copy = loadAfterSetup(() => import("@/lib/actions/herhaalmeting/copy-vorige-deelnemers"));
  const accept = loadAfterSetup(() => import("@/lib/actions/aanmelding/accept-aanmelding"));

  beforeAll(async () => {
    const now = Date.now();
    await t.db
      .update(scans)
      .set({ stap: "afgerond", afgerondAt: new Date(now - 400 * DAG) })
      .where(eq(scans.id, breda));
    await t.db
      .update(scans)
      .set({ stap: "afgerond", afgerondAt: new Date(now - 60 * DAG) })
      .where(eq(scans.id, tilburg));
  });

  const herhaling = async (vorige: string) => (await t.db.select().from(scans).where(eq(scans.vorigeScanId, vorige)))[0];

  it("refuses a procesregisseur before 12 months, and anyone of another gemeente or without the role", async () => {
    await actAs(t, "procesregisseur@tilburg.example");
    expect((await callAction(start.startHerhaalmetingAction, { scanId: tilburg })).message).toContain("vanaf 12 maanden");
    expect(await herhaling(tilburg)).toBeUndefined();
    for (const who of ["procesregisseur@utrecht.example", "deelnemer.ondermijning@breda.example", DEMO.begeleiders[1].email]) {
      await actAs(t, who);
      expect((await callAction(start.startHerhaalmetingAction, { scanId: breda })).message).toBe(NOT_FOUND);
    }
    expect(await herhaling(breda)).toBeUndefined();
  });

  it("lets the admin ask earlier, on behalf of the last contact", async () => {
    await actAs(t, DEMO.admin.email);
    expect((await callAction(start.startHerhaalmetingAction, { scanId: tilburg })).redirect).toBe(`/scans/${tilburg}?melding=herhaalmeting`);
    const nieuw = await herhaling(tilburg);
    expect(nieuw!.stap).toBe("aangemeld");
  });

  it("registers a herhaalmeting once, linked to the previous scan, with a mail to the programme team", async () => {
    const results = await Promise.all([0, 1, 2].map(() => callActionAs(t, REGISSEUR, start.startHerhaalmetingAction, { scanId: breda })));
    expect(results.filter((r) => r.redirect)).toHaveLength(1);
    for (const r of results.filter((x) => !x.redirect)) expect(r.message).toContain("al een scan die loopt of op beoordeling wacht");
    const nieuw = await herhaling(breda);
    expect(nieuw).toMatchObject({
      stap: "aangemeld",
      contactEmail: REGISSEUR,
      gemeenteId: (await t.db.select().from(scans).where(eq(scans.id, breda)))[0]!.gemeenteId,
    });
    const [mail] = await t.db
      .select()
      .from(emailOutbox)
      .where(and(eq(emailOutbox.kind, "nieuwe_aanmelding"), eq(emailOutbox.scanId, nieuw!.id)));
    expect(mail!.toEmail).toBe(DEMO.admin.email);
  });

  it("takes over the ticked deelnemers of the previous scan once, with their roles and a welcome mail", async () => {
    const nieuw = (await herhaling(breda))!;
    await actAs(t, DEMO.admin.email);
    const [bram] = await t.db.select({ id: users.id }).from(users).where(eq(users.email, DEMO.begeleiders[1].email));
    expect(
      (await callAction(accept.acceptAanmeldingAction, { scanId: nieuw.id, begeleiderIds: [bram!.id], procesregisseur: "contact" })).redirect,
    ).toBeDefined();

    const vorigen = await t.db
      .select()
      .from(scanMembers)
      .where(and(eq(scanMembers.scanId, breda), isNotNull(scanMembers.rol)));
    expect(vorigen.length).toBeGreaterThanOrEqual(3);
    const gekozen = vorigen.slice(0, 2).map((m) => m.id);
    const results = await Promise.all([0, 1].map(() => callActionAs(t, REGISSEUR, copy.copyVorigeDeelnemersAction, { scanId: nieuw.id, memberIds: gekozen })));
    for (const r of results) expect(r.redirect).toBe(`/scans/${nieuw.id}/deelnemers?melding=overgenomen`);
    const nu = await t.db
      .select()
      .from(scanMembers)
      .where(and(eq(scanMembers.scanId, nieuw.id), isNotNull(scanMembers.rol)));
    expect(nu.map((m) => [m.userId, m.rol, m.functie]).sort()).toEqual(
      vorigen
        .slice(0, 2)
        .map((m) => [m.userId, m.rol, m.functie])
        .sort(),
    );
    expect(nu.every((m) => m.ingediendAt === null)).toBe(true);
    const [welkom] = await t.db
      .select({ n: count() })
      .from(emailOutbox)
      .where(and(eq(emailOutbox.kind, "welkom_deelnemer"), eq(emailOutbox.scanId, nieuw.id)));
    expect(Number(welkom!.n)).toBe(2);
  });

  it("refuses nobody ticked, someone of another scan, and a scan that is no herhaalmeting", async () => {
    const nieuw = (await herhaling(breda))!;
    await actAs(t, REGISSEUR);
    expect((await callAction(copy.copyVorigeDeelnemersAction, { scanId: nieuw.id })).fieldErrors?.memberIds).toBe("Kies wie van de vorige scan weer meedoet.");
    const [vreemd] = await t.db
      .select()
      .from(scanMembers)
      .where(and(eq(scanMembers.scanId, utrecht), isNotNull(scanMembers.rol)));
    expect((await callAction(copy.copyVorigeDeelnemersAction, { scanId: nieuw.id, memberIds: [vreemd!.id] })).fieldErrors?.memberIds).toContain(
      "Niet iedereen",
    );
    await actAs(t, "procesregisseur@utrecht.example");
    expect((await callAction(copy.copyVorigeDeelnemersAction, { scanId: utrecht, memberIds: [vreemd!.id] })).message).toContain("geen herhaalmeting");
  });
});
