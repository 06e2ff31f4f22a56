/**
 * Retention (security.md row 35): expired tokens and sessions go at once; individual
 * answers go a set period after finalizing, only when the definitief report (with the
 * aggregates) exists. A fake clock travels through the months.
 */

import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  antwoorden,
  auditLog,
  emailOutbox,
  rapporten,
  rondeStemmen,
  scanMembers,
  scans,
  sessions,
  users,
  verificationTokens,
  workshopRondes,
} from "@/db/schema";
import { DEMO_SCANS, seedDemo } from "@/db/seed";
import { REMOVED_BODY, runRetention } from "@/lib/jobs/retention";
import { fillAnswers } from "../support/answers";
import { createTestDb, type TTestDb, testDrivers } from "../support/test-db";

const drivers = await testDrivers();
const breda = DEMO_SCANS[2]!;

describe.each(drivers)("retention on %s", (driver) => {
  let t: TTestDb;
  const finalized = new Date("2026-01-15T10:00:00Z");
  beforeAll(async () => {
    t = await createTestDb(driver);
    await seedDemo(t.db);
    await fillAnswers(t.db, breda.id);
    await fillAnswers(t.db, DEMO_SCANS[1]!.id, { submit: false });
    await t.db.update(scans).set({ stap: "afgerond", afgerondAt: finalized }).where(eq(scans.id, breda.id));
    // A vote with a reason in a live workshop round of the same scan.
    const [lid] = await t.db.select().from(scanMembers).where(eq(scanMembers.scanId, breda.id)).limit(1);
    const [ronde] = await t.db
      .insert(workshopRondes)
      .values({ scanId: breda.id, dimensieId: "opgave", nummer: 1, status: "gesloten", geopendDoor: lid!.userId, createdAt: finalized })
      .returning();
    await t.db.insert(rondeStemmen).values({ rondeId: ronde!.id, memberId: lid!.id, niveau: "3", toelichting: "Persoonlijke reden", updatedAt: finalized });
  });
  afterAll(async () => t?.drop());

  const count = async (scanId: string) => (await t.db.select().from(antwoorden).where(eq(antwoorden.scanId, scanId))).length;

  it("removes expired sign-in tokens and sessions, and keeps live ones", async () => {
    const [u] = await t.db.select().from(users).limit(1);
    const now = new Date("2026-06-01T10:00:00Z");
    await t.db.insert(verificationTokens).values([
      { identifier: "a@b.example", token: "oud", expires: new Date(now.getTime() - 1000) },
      { identifier: "a@b.example", token: "nieuw", expires: new Date(now.getTime() + 60_000) },
    ]);
    await t.db.insert(sessions).values([
      { sessionToken: "verlopen", userId: u!.id, expires: new Date(now.getTime() - 1000), createdAt: now, lastSeenAt: now },
      { sessionToken: "geldig", userId: u!.id, expires: new Date(now.getTime() + 60_000), createdAt: now, lastSeenAt: now },
    ]);
    const r = await runRetention(t.db, now);
    expect(r.tokens).toBe(1);
    expect(r.sessions).toBe(1);
    expect((await t.db.select().from(verificationTokens)).map((v) => v.token)).toEqual(["nieuw"]);
    expect((await t.db.select().from(sessions)).map((s) => s.sessionToken)).toEqual(["geldig"]);
  });

  it("keeps answers of a finalized scan without a definitief report, and before the period ends", async () => {
    const before = await count(breda.id);
    expect((await runRetention(t.db, new Date("2027-03-01T10:00:00Z"))).antwoorden).toBe(0);
    await t.db.insert(rapporten).values({
      scanId: breda.id,
      soort: "definitief",
      versie: 1,
      snapshot: {},
      pdf: new Uint8Array([37]),
      sha256: "x",
      createdAt: new Date("2026-12-01T10:00:00Z"),
    });
    expect((await runRetention(t.db, new Date("2027-01-14T10:00:00Z"))).antwoorden).toBe(0);
    expect(await count(breda.id)).toBe(before);
  });

  it("removes the individual answers 12 months after finalizing, once, and audits it without personal data", async () => {
    const r = await runRetention(t.db, new Date("2027-01-16T10:00:00Z"));
    expect(r.scans).toBe(1);
    expect(r.antwoorden).toBeGreaterThan(0);
    expect(await count(breda.id)).toBe(0);
    expect(await t.db.select().from(rondeStemmen)).toEqual([]);
    expect(await t.db.select().from(workshopRondes)).toHaveLength(1);
    expect(await count(DEMO_SCANS[1]!.id)).toBeGreaterThan(0);
    const [row] = await t.db.select().from(auditLog).where(eq(auditLog.action, "retentie.antwoorden_verwijderd"));
    expect(row!.scanId).toBe(breda.id);
    expect(Object.keys(row!.details ?? {})).toEqual(["aantal", "maanden"]);
    expect((await runRetention(t.db, new Date("2027-02-01T10:00:00Z"))).scans).toBe(0);
  });

  it("removes the body of a sent sign-in mail after an hour, and of a finalized scan's mails with its answers", async () => {
    const at = new Date("2027-03-01T10:00:00Z");
    const mail = (key: string, over: Partial<typeof emailOutbox.$inferInsert>) => ({
      idempotencyKey: key,
      kind: "inloglink",
      toEmail: "iemand@voorbeeld.nl",
      subject: "Je inloglink",
      html: "<a href='https://app/callback?token=geheim'>inloggen</a>",
      text: "https://app/callback?token=geheim",
      status: "sent" as const,
      createdAt: new Date(at.getTime() - 2 * 3600 * 1000),
      nextAttemptAt: at,
      ...over,
    });
    await t.db
      .insert(emailOutbox)
      .values([
        mail("r/oud-verzonden", {}),
        mail("r/oud-wachtend", { status: "pending" }),
        mail("r/recent", { createdAt: new Date(at.getTime() - 30 * 60 * 1000) }),
        mail("r/breda", { kind: "definitief-rapport", scanId: breda.id, createdAt: finalized }),
        mail("r/tilburg", { kind: "herinnering", scanId: DEMO_SCANS[1]!.id, createdAt: finalized }),
      ]);
    const r = await runRetention(t.db, at);
    expect(r.mailBodies).toBe(2);
    const rows = await t.db.select().from(emailOutbox);
    const body = (key: string) => rows.find((m) => m.idempotencyKey === key)!;
    for (const key of ["r/oud-verzonden", "r/breda"]) {
      expect(body(key).text).toBe(REMOVED_BODY);
      expect(body(key).html).not.toContain("geheim");
      expect(body(key).status).toBe("sent");
    }
    // Not yet sent, too recent, or a scan still running: untouched.
    for (const key of ["r/oud-wachtend", "r/recent", "r/tilburg"]) expect(body(key).text).toContain("geheim");
    expect((await runRetention(t.db, at)).mailBodies).toBe(0);
  });
});
