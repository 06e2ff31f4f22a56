/**
 * The reminder sweep against a real database: invitations, reminders and the overview land
 * in the outbox once each, a submitted deelnemer gets no reminders, and a moved workshop
 * gets its own reminders. Time travels through the `now` parameter.
 */

import { and, eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emailOutbox, scanMembers, scans, users } from "@/db/schema";
import { DEMO_SCANS, seedDemo } from "@/db/seed";
import { fromAmsterdamLocal } from "@/lib/dates";
import { sweepSchedule } from "@/lib/jobs/sweep";
import { createTestDb, type TTestDb, testDrivers } from "../support/test-db";

const drivers = await testDrivers();
const tilburg = DEMO_SCANS[1]!;

describe.each(drivers)("reminder sweep on %s", (driver) => {
  let t: TTestDb;
  const W = fromAmsterdamLocal("2026-12-15T13:30")!;
  const at = (local: string) => fromAmsterdamLocal(local)!;

  beforeAll(async () => {
    t = await createTestDb(driver);
    await seedDemo(t.db, at("2026-11-20T09:00"));
    // Tilburg: tool started before W−21, workshop on W; members added before the start.
    await t.db
      .update(scans)
      .set({ workshopAt: W, analysetoolStartedAt: at("2026-11-20T09:00"), deadlineAt: null })
      .where(eq(scans.id, tilburg.id));
    // The demo seed has one Tilburg deelnemer submitted; these journeys start with nobody submitted.
    await t.db
      .update(scanMembers)
      .set({ createdAt: at("2026-11-01T09:00"), ingediendAt: null })
      .where(eq(scanMembers.scanId, tilburg.id));
  });
  afterAll(async () => t?.drop());

  const mailsOf = (kind: string) =>
    t.db
      .select()
      .from(emailOutbox)
      .where(and(eq(emailOutbox.scanId, tilburg.id), eq(emailOutbox.kind, kind)));

  it("invites every deelnemer at W−21, once, with a link to the tool", async () => {
    expect((await sweepSchedule(t.db, at("2026-11-24T13:29"))).queued).toBe(0);
    const r = await sweepSchedule(t.db, at("2026-11-24T13:31"));
    expect(r.queued).toBe(5);
    const invites = await mailsOf("uitnodiging_analysetool");
    expect(invites.map((m) => m.toEmail).sort()).toEqual(
      tilburg.members
        .filter((m) => m.rol)
        .map((m) => m.email)
        .sort(),
    );
    expect(invites[0]!.text).toContain(`/scans/${tilburg.id}/analysetool`);
    expect(invites[0]!.text).toContain("dinsdag 8 december 2026, 13:30");
    expect((await sweepSchedule(t.db, at("2026-11-25T10:00"))).queued).toBe(0);
  });

  it("reminds only those who have not submitted, at W−10", async () => {
    const [ict] = await t.db.select({ id: users.id }).from(users).where(eq(users.email, "deelnemer.ict@tilburg.example"));
    await t.db
      .update(scanMembers)
      .set({ ingediendAt: at("2026-12-01T10:00") })
      .where(and(eq(scanMembers.scanId, tilburg.id), eq(scanMembers.userId, ict!.id)));
    await sweepSchedule(t.db, at("2026-12-05T13:31"));
    const reminders = await mailsOf("herinnering");
    expect(reminders).toHaveLength(4);
    expect(reminders.map((m) => m.toEmail)).not.toContain("deelnemer.ict@tilburg.example");
    await sweepSchedule(t.db, at("2026-12-06T13:31"));
    expect(await mailsOf("herinnering")).toHaveLength(4);
  });

  it("sends 'deadline vandaag' on the morning of W−7 and the overview after the deadline", async () => {
    await sweepSchedule(t.db, at("2026-12-08T07:59"));
    expect(await mailsOf("deadline_vandaag")).toHaveLength(0);
    await sweepSchedule(t.db, at("2026-12-08T08:01"));
    expect(await mailsOf("deadline_vandaag")).toHaveLength(4);
    expect(await mailsOf("overzicht_deadline")).toHaveLength(0);
    await sweepSchedule(t.db, at("2026-12-08T13:31"));
    const overviews = await mailsOf("overzicht_deadline");
    // The procesregisseur and both begeleiders of Tilburg.
    expect(overviews.map((m) => m.toEmail).sort()).toEqual(
      ["anna.vandijk@begeleiding.example", "bram.devries@begeleiding.example", "procesregisseur@tilburg.example"].sort(),
    );
    expect(overviews[0]!.text).toContain("1 van de 5 deelnemers");
    expect(overviews[0]!.text).toContain("Ilse ICT");
  });

  it("gives a moved workshop its own reminders, and never repeats one for the same deadline", async () => {
    await t.db
      .update(scans)
      .set({ workshopAt: at("2027-01-12T13:30") })
      .where(eq(scans.id, tilburg.id));
    await sweepSchedule(t.db, at("2027-01-02T13:31"));
    const moved = await t.db
      .select()
      .from(emailOutbox)
      .where(like(emailOutbox.idempotencyKey, `herinnering/${tilburg.id}/%/2027-01-05`));
    expect(moved).toHaveLength(4);
    await sweepSchedule(t.db, at("2027-01-02T14:00"));
    expect(
      await t.db
        .select()
        .from(emailOutbox)
        .where(like(emailOutbox.idempotencyKey, `herinnering/${tilburg.id}/%/2027-01-05`)),
    ).toHaveLength(4);
  });

  it("sends nothing for scans outside stap 3", async () => {
    const r = await sweepSchedule(t.db, at("2027-01-02T14:00"), { scanIds: [DEMO_SCANS[0]!.id, DEMO_SCANS[2]!.id] });
    expect(r).toEqual({ scans: 0, due: 0, queued: 0 });
  });
});
