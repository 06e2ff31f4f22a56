/**
 * No race changes the outcome (issue 14, the class). Each action that reads and then writes is
 * called several times at the same moment — by one person (a double click, two tabs) and by two
 * people — through the real server actions. Whatever the interleaving, the end state must be
 * one that some serial order of the same calls would give, and no call may end in the generic
 * "Er ging iets mis" (a unique violation or a deadlock leaking out). On PostgreSQL the calls
 * truly overlap (a pool of five connections); PGlite runs them one after another.
 */

import { and, eq, isNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import {
  antwoorden,
  handelingsperspectieven,
  hpStemmen,
  rapporten,
  rapportFeedback,
  scanMembers,
  scans,
  users,
  workshopOpties,
  workshopResultaten,
} from "@/db/schema";
import { DEMO, DEMO_SCANS } from "@/db/seed";
import { fromAmsterdamLocal, toAmsterdamLocal } from "@/lib/dates";
import { callActionAs, loadAfterSetup, seededActionDb, type TActionOutcome } from "../support/action-harness";
import { fillAnswers } from "../support/answers";
import { testDrivers } from "../support/test-db";

const drivers = await testDrivers();
const [utrecht, tilburg, breda, eindhoven] = DEMO_SCANS.map((s) => s.id) as [string, string, string, string];
const ANNA = DEMO.begeleiders[0].email;
const BRAM = DEMO.begeleiders[1].email;
const ADMIN = DEMO.admin.email;
const GENERIC = /Er ging iets mis/;

function expectNoGenericError(results: TActionOutcome[]) {
  for (const r of results) expect(r.message ?? "", JSON.stringify(r)).not.toMatch(GENERIC);
}

describe.each(drivers)("races on %s", (driver) => {
  const t = seededActionDb(driver);
  const deelnemers = loadAfterSetup(() => import("@/lib/actions/deelnemers/add-deelnemer"));
  const save = loadAfterSetup(() => import("@/lib/actions/analysetool/save-antwoord"));
  const submit = loadAfterSetup(() => import("@/lib/actions/analysetool/submit-analysetool"));
  const reopen = loadAfterSetup(() => import("@/lib/actions/analysetool/reopen-analysetool"));
  const workshop = loadAfterSetup(async () => ({
    ...(await import("@/lib/actions/workshop/save-consensus")),
    ...(await import("@/lib/actions/workshop/close-workshop")),
  }));
  const datum = loadAfterSetup(() => import("@/lib/actions/planning/set-workshop-datum"));
  const hp = loadAfterSetup(async () => ({
    ...(await import("@/lib/actions/handelingsperspectieven/propose-handelingsperspectief")),
    ...(await import("@/lib/actions/handelingsperspectieven/save-stemmen")),
  }));
  const feedback = loadAfterSetup(async () => ({
    ...(await import("@/lib/actions/rapport/handle-feedback")),
    ...(await import("@/lib/actions/rapport/plan-overleg")),
    ...(await import("@/lib/actions/handelingsperspectieven/start-handelingsperspectieven")),
  }));

  const memberOf = async (email: string, scanId: string) =>
    (
      await t.db
        .select({ id: scanMembers.id, ingediendAt: scanMembers.ingediendAt })
        .from(scanMembers)
        .innerJoin(users, eq(users.id, scanMembers.userId))
        .where(and(eq(users.email, email), eq(scanMembers.scanId, scanId)))
    )[0]!;

  it("adds a deelnemer once when the same address is added six times at once by two people", async () => {
    const email = "dubbel@utrecht.example";
    const fields = { scanId: utrecht, naam: "Dubbel Klik", email, functie: "CISO", rol: "ict" };
    const results = await Promise.all([
      ...Array.from({ length: 4 }, () => callActionAs(t, "procesregisseur@utrecht.example", deelnemers.addDeelnemerAction, fields)),
      ...Array.from({ length: 2 }, () => callActionAs(t, ANNA, deelnemers.addDeelnemerAction, fields)),
    ]);
    expectNoGenericError(results);
    expect(results.filter((r) => r.redirect)).toHaveLength(1);
    for (const r of results.filter((x) => !x.redirect)) expect(r.fieldErrors?.email).toContain("staat al bij de deelnemers");
    const rows = await t.db
      .select()
      .from(scanMembers)
      .innerJoin(users, eq(users.id, scanMembers.userId))
      .where(and(eq(scanMembers.scanId, utrecht), eq(users.email, email)));
    expect(rows).toHaveLength(1);
  });

  it("keeps the latest of eight simultaneous saves of one answer", async () => {
    const ict = "deelnemer.ict@tilburg.example";
    const now = Date.now();
    const order = [3, 7, 0, 5, 1, 6, 2, 4];
    const results = await Promise.all(
      order.map((i) =>
        callActionAs(t, ict, save.saveAntwoordAction, {
          scanId: tilburg,
          vraagId: "data.q1",
          keuze: String((i % 5) + 1),
          gewijzigdOp: String(now - 10_000 + i * 100),
        }),
      ),
    );
    expectNoGenericError(results);
    for (const r of results) expect(r.status).toBe("ok");
    const m = await memberOf(ict, tilburg);
    const [row] = await t.db
      .select({ niveau: antwoorden.niveau })
      .from(antwoorden)
      .where(and(eq(antwoorden.memberId, m.id), eq(antwoorden.vraagId, "data.q1")));
    // The change made last (i = 7) wins, whichever request arrived last.
    expect(row!.niveau).toBe((7 % 5) + 1);
  });

  it("ends submit racing reopen in a state some order of the two gives", async () => {
    await fillAnswers(t.db, tilburg, { submit: false });
    const wie = "deelnemer.ondermijning@tilburg.example";
    const m = await memberOf(wie, tilburg);
    for (let round = 0; round < 4; round++) {
      await t.db.update(scanMembers).set({ ingediendAt: null }).where(eq(scanMembers.id, m.id));
      const [s, r] = await Promise.all([
        callActionAs(t, wie, submit.submitAnalysetoolAction, { scanId: tilburg }),
        callActionAs(t, ANNA, reopen.reopenAnalysetoolAction, { scanId: tilburg, memberId: m.id, reden: "Nog een vraag aanvullen" }),
      ]);
      expectNoGenericError([s, r]);
      expect(s.status, s.message).not.toBe("error");
      const ingediend = (await memberOf(wie, tilburg)).ingediendAt !== null;
      const reopened = r.status !== "error";
      // submit → reopen: open again; reopen (nothing to reopen, refused) → submit: submitted.
      if (reopened) expect(ingediend).toBe(false);
      else {
        expect(r.message).toContain("nog niet ingediend");
        expect(ingediend).toBe(true);
      }
    }
  });

  it("records one consensus level per dimension when two begeleiders save at once", async () => {
    const niveaus = ["2", "3", "4", "2.5", "3.5", "4"];
    const results = await Promise.all(
      niveaus.map((niveau, i) =>
        callActionAs(t, i % 2 ? ADMIN : BRAM, workshop.saveConsensusAction, {
          scanId: breda,
          dimensieId: "governance",
          niveau,
          motivering: "Besproken in de zaal",
        }),
      ),
    );
    expectNoGenericError(results);
    for (const r of results) expect(r.status, r.message).toBe("ok");
    const rows = await t.db
      .select()
      .from(workshopResultaten)
      .where(and(eq(workshopResultaten.scanId, breda), eq(workshopResultaten.dimensieId, "governance")));
    expect(rows).toHaveLength(1);
    expect(niveaus.map(Number)).toContain(Number(rows[0]!.niveau));
  });

  it("picks one workshop date when the procesregisseur and the begeleider pick different ones at once", async () => {
    const dag = (n: number) => fromAmsterdamLocal(`${toAmsterdamLocal(new Date(Date.now() + n * 86_400_000)).slice(0, 10)}T13:30`)!;
    const opties = await t.db
      .insert(workshopOpties)
      .values([40, 41, 42].map((n) => ({ scanId: utrecht, startsAt: dag(n), createdAt: new Date() })))
      .returning();
    const results = await Promise.all(
      opties.flatMap((o, i) => [
        callActionAs(t, i % 2 ? ANNA : "procesregisseur@utrecht.example", datum.setWorkshopDatumAction, {
          scanId: utrecht,
          keuze: o.id,
          duurMinuten: "180",
          locatie: `Zaal ${i}`,
        }),
      ]),
    );
    expectNoGenericError(results);
    const [scan] = await t.db.select().from(scans).where(eq(scans.id, utrecht));
    const gekozen = opties.findIndex((o) => o.startsAt.getTime() === scan!.workshopAt?.getTime());
    expect(gekozen).toBeGreaterThanOrEqual(0);
    // Date and place belong together: the place of the option that won, never a mix of two calls.
    expect(scan!.workshopLocatie).toBe(`Zaal ${gekozen}`);
  });

  it("leaves each member exactly one complete set of three votes, however many sets two members send at once", async () => {
    await t.db.update(scans).set({ stap: "handelingsperspectieven", updatedAt: new Date() }).where(eq(scans.id, eindhoven));
    const door = (await t.db.select({ id: users.id }).from(users).where(eq(users.email, "procesregisseur@eindhoven.example")))[0]!.id;
    const ids = (
      await t.db
        .insert(handelingsperspectieven)
        .values(
          ["A", "B", "C", "D"].map((titel) => ({
            scanId: eindhoven,
            titel,
            omschrijving: titel,
            dimensieId: "data",
            proposedBy: door,
            createdAt: new Date(),
            updatedAt: new Date(),
          })),
        )
        .returning({ id: handelingsperspectieven.id })
    ).map((r) => r.id);
    const sets = [
      [0, 1, 2],
      [0, 1, 3],
      [0, 2, 3],
      [1, 2, 3],
    ].map((s) => s.map((i) => ids[i]!));
    const wie = ["deelnemer.ict@eindhoven.example", "deelnemer.data@eindhoven.example"];
    const results = await Promise.all(wie.flatMap((w) => sets.map((hpIds) => callActionAs(t, w, hp.saveStemmenAction, { scanId: eindhoven, hpIds }))));
    expectNoGenericError(results);
    for (const w of wie) {
      const uid = (await t.db.select({ id: users.id }).from(users).where(eq(users.email, w)))[0]!.id;
      const eigen = (
        await t.db
          .select({ hpId: hpStemmen.hpId })
          .from(hpStemmen)
          .where(and(eq(hpStemmen.scanId, eindhoven), eq(hpStemmen.userId, uid)))
      )
        .map((s) => s.hpId)
        .sort();
      expect(sets.map((s) => [...s].sort().join())).toContain(eigen.join());
    }
  });

  it("ends two begeleiders answering one reaction at once with one of the two answers, whole", async () => {
    await t.db.update(scans).set({ stap: "concept", updatedAt: new Date() }).where(eq(scans.id, tilburg));
    const [rapport] = await t.db
      .insert(rapporten)
      .values({
        scanId: tilburg,
        soort: "concept",
        versie: 1,
        snapshot: {},
        pdf: new Uint8Array([37]),
        sha256: "0".repeat(64),
        createdAt: new Date(),
      })
      .returning();
    const uid = (await memberOf("deelnemer.privacy@tilburg.example", tilburg)).id;
    const userId = (await t.db.select({ userId: scanMembers.userId }).from(scanMembers).where(eq(scanMembers.id, uid)))[0]!.userId;
    const [reactie] = await t.db
      .insert(rapportFeedback)
      .values({ scanId: tilburg, rapportId: rapport!.id, userId, sectieId: "samenvatting", tekst: "Noem het RIEC.", createdAt: new Date() })
      .returning();
    const antwoorden = [
      [ANNA, "verwerkt", "Aangepast door Anna."],
      [BRAM, "afgewezen", "Staat er al, zegt Bram."],
      [ANNA, "afgewezen", "Toch niet, zegt Anna."],
      [BRAM, "verwerkt", "Toch wel, zegt Bram."],
    ] as const;
    const results = await Promise.all(
      antwoorden.map(([wie, status, antwoord]) =>
        callActionAs(t, wie, feedback.handleFeedbackAction, { scanId: tilburg, feedbackId: reactie!.id, status, antwoord }),
      ),
    );
    expectNoGenericError(results);
    const [eind] = await t.db.select().from(rapportFeedback).where(eq(rapportFeedback.id, reactie!.id));
    expect(antwoorden.map(([, s, a]) => `${s}|${a}`)).toContain(`${eind!.status}|${eind!.antwoord}`);
    expect(
      await t.db
        .select()
        .from(rapportFeedback)
        .where(and(eq(rapportFeedback.scanId, tilburg), isNull(rapportFeedback.handledAt))),
    ).toHaveLength(0);
  });
});
