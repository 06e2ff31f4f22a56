/**
 * Stap 7's check-ins through the real sweep, on PostgreSQL and PGlite: due mails land in the
 * outbox once, with the keys of the schedule, and an update takes its item out.
 */
import { and, eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emailOutbox, handelingsperspectieven, hpVoortgang, scans, users } from "@/db/schema";
import { DEMO_SCANS, seedDemo } from "@/db/seed";
import { addAmsterdamMonths, checkinMoment } from "@/lib/jobs/checkin-schedule";
import { sweepCheckins } from "@/lib/jobs/checkin-sweep";
import { memberIdOf } from "../support/action-harness";
import { createTestDb, type TTestDb, testDrivers } from "../support/test-db";

const drivers = await testDrivers();
const breda = DEMO_SCANS[2]!.id;
const AF = new Date("2027-01-15T10:00:00Z");

describe.each(drivers)("check-in sweep on %s", (driver) => {
  let t: TTestDb;
  const hp: string[] = [];
  const userId = async (email: string) => (await t.db.select({ id: users.id }).from(users).where(eq(users.email, email)))[0]!.id;

  beforeAll(async () => {
    t = await createTestDb(driver);
    await seedDemo(t.db);
    const pr = await userId("procesregisseur@breda.example");
    const bo = await memberIdOf(t, breda, "deelnemer.ondermijning@breda.example");
    for (const rang of [1, 2, 3]) {
      const [row] = await t.db
        .insert(handelingsperspectieven)
        .values({
          scanId: breda,
          titel: `Punt ${rang}`,
          omschrijving: "…",
          dimensieId: "opgave",
          proposedBy: pr,
          rang,
          eigenaarMemberId: rang === 1 ? bo : null,
          createdAt: AF,
          updatedAt: AF,
        })
        .returning({ id: handelingsperspectieven.id });
      hp.push(row!.id);
    }
    await t.db.update(scans).set({ stap: "afgerond", afgerondAt: AF }).where(eq(scans.id, breda));
  });
  afterAll(async () => {
    await t?.drop();
  });

  const checkins = () =>
    t.db
      .select()
      .from(emailOutbox)
      .where(and(eq(emailOutbox.kind, "checkin_opvolging"), like(emailOutbox.idempotencyKey, `checkin/${breda}/%`)));

  it("queues nothing before three months", async () => {
    expect((await sweepCheckins(t.db, new Date(checkinMoment(AF, 3).getTime() - 60_000))).queued).toBe(0);
    expect(await checkins()).toHaveLength(0);
  });

  it("queues the procesregisseur's and the keeper's check-in once, however often it runs", async () => {
    const moment = checkinMoment(AF, 3);
    // Item 3 was updated a week before the moment: not asked about.
    await t.db.insert(hpVoortgang).values({
      scanId: breda,
      hpId: hp[2]!,
      status: "bezig",
      userId: await userId("procesregisseur@breda.example"),
      createdAt: new Date(moment.getTime() - 7 * 86_400_000),
    });
    const eerste = await sweepCheckins(t.db, moment);
    expect(eerste.queued).toBe(2);
    await Promise.all([sweepCheckins(t.db, new Date(moment.getTime() + 60_000)), sweepCheckins(t.db, new Date(moment.getTime() + 120_000))]);
    const rows = await checkins();
    expect(rows.map((r) => [r.toEmail, r.idempotencyKey]).sort()).toEqual(
      [
        ["deelnemer.ondermijning@breda.example", `checkin/${breda}/3m/punt/${hp[0]}`],
        ["procesregisseur@breda.example", `checkin/${breda}/3m/procesregisseur/${await userId("procesregisseur@breda.example")}`],
      ].sort(),
    );
    const pr = rows.find((r) => r.toEmail === "procesregisseur@breda.example")!;
    expect(pr.subject).toBe("Hoe staat het met de top 3 van Breda? (3 maanden na het eindrapport)");
    expect(pr.text).toContain("1. Punt 1");
    expect(pr.text).toContain("2. Punt 2");
    expect(pr.text).not.toContain("3. Punt 3");
  });

  it("at six months asks again, but not about a finished item", async () => {
    await t.db
      .insert(hpVoortgang)
      .values({ scanId: breda, hpId: hp[0]!, status: "afgerond", userId: await userId("procesregisseur@breda.example"), createdAt: addAmsterdamMonths(AF, 4) });
    expect((await sweepCheckins(t.db, checkinMoment(AF, 6))).queued).toBe(1);
    const zes = (await checkins()).filter((r) => r.idempotencyKey.includes("/6m/"));
    expect(zes.map((r) => r.toEmail)).toEqual(["procesregisseur@breda.example"]);
  });
});
