/**
 * The report download (security.md rows 31 and 7): a stored PDF goes only to someone who may
 * see the scan, as an attachment that no cache keeps. A report of another gemeente, a report
 * id of another scan and an id that does not exist all get the same 404; someone not signed
 * in is sent to sign in. A GET changes no row (a refusal only leaves its denied audit row).
 */

import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, rapporten } from "@/db/schema";
import { DEMO, DEMO_SCANS } from "@/db/seed";
import { actAs, loadAfterSetup, seededActionDb } from "../support/action-harness";
import { changedTables, tableFingerprint } from "../support/db-fingerprint";
import { testDrivers } from "../support/test-db";

const drivers = await testDrivers();
const [utrecht, tilburg] = DEMO_SCANS as [(typeof DEMO_SCANS)[number], (typeof DEMO_SCANS)[number]];
const MISSING = "00000000-0000-4000-8000-00000000f00d";
const pdfBytes = (label: string) => Buffer.from(`%PDF-1.7\n% ${label}\n%%EOF\n`, "latin1");

describe.each(drivers)("report PDF download on %s", (driver) => {
  const t = seededActionDb(driver);

  let rapportA: string;
  let rapportB: string;
  const route = loadAfterSetup(() => import("@/app/api/scans/[scanId]/rapporten/[rapportId]/pdf/route"));
  beforeAll(async () => {
    process.env.AUTH_SECRET ??= "pdf-route-secret-pdf-route-secret";
    const [a] = await t.db
      .insert(rapporten)
      .values({
        scanId: utrecht.id,
        soort: "concept",
        versie: 1,
        snapshot: {},
        pdf: pdfBytes("Utrecht"),
        sha256: "a".repeat(64),
        createdAt: new Date(),
      })
      .returning();
    const [b] = await t.db
      .insert(rapporten)
      .values({
        scanId: tilburg.id,
        soort: "concept",
        versie: 1,
        snapshot: {},
        pdf: pdfBytes("Tilburg"),
        sha256: "b".repeat(64),
        createdAt: new Date(),
      })
      .returning();
    rapportA = a!.id;
    rapportB = b!.id;
  });

  const get = (scanId: string, rapportId: string) =>
    route.GET(new Request(`http://localhost:3000/api/scans/${scanId}/rapporten/${rapportId}/pdf`), {
      params: Promise.resolve({ scanId, rapportId }),
    });
  /** Everything a client can observe of a response. */
  const seen = async (r: Response) => ({
    status: r.status,
    body: Buffer.from(await r.arrayBuffer()).toString("latin1"),
    type: r.headers.get("content-type"),
    disposition: r.headers.get("content-disposition"),
    cache: r.headers.get("cache-control"),
    location: r.headers.get("location"),
  });
  const denials = async () =>
    (
      await t.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, "downloadRapport"), eq(auditLog.outcome, "denied")))
    ).length;

  it("gives a member their own report as an uncached attachment, and the GET changes no row", async () => {
    for (const who of ["o.ondermijning@utrecht.example", "procesregisseur@utrecht.example", DEMO.begeleiders[0].email, DEMO.admin.email]) {
      await actAs(t, who);
      const before = await tableFingerprint(t.db);
      const auditRows = (await t.db.select({ id: auditLog.id }).from(auditLog)).length;
      const r = await get(utrecht.id, rapportA);
      expect(r.status, who).toBe(200);
      expect(r.headers.get("content-type")).toBe("application/pdf");
      expect(r.headers.get("content-disposition")).toBe('attachment; filename="eindrapport-utrecht-concept-v1.pdf"');
      expect(r.headers.get("cache-control")).toBe("private, no-store");
      expect(r.headers.get("x-content-type-options")).toBe("nosniff");
      const body = Buffer.from(await r.arrayBuffer()).toString("latin1");
      expect(body).toBe(pdfBytes("Utrecht").toString("latin1"));
      expect(body).not.toContain("Tilburg");
      // Every table as it was, and not even a denied audit row.
      expect(changedTables(before, await tableFingerprint(t.db))).toEqual([]);
      expect((await t.db.select({ id: auditLog.id }).from(auditLog)).length).toBe(auditRows);
    }
  });

  it("answers a member of another gemeente exactly like a report that does not exist", async () => {
    await actAs(t, "deelnemer.ict@tilburg.example");
    const missingScan = await seen(await get(MISSING, rapportA));
    expect(missingScan).toEqual({
      status: 404,
      body: "Niet gevonden.",
      type: "text/plain; charset=utf-8",
      disposition: null,
      cache: "private, no-store",
      location: null,
    });
    expect(await seen(await get(MISSING, MISSING))).toEqual(missingScan);
    const deniedBefore = await denials();
    const before = await tableFingerprint(t.db);
    expect(await seen(await get(utrecht.id, rapportA))).toEqual(missingScan);
    expect(await seen(await get(utrecht.id, MISSING))).toEqual(missingScan);
    // Their own report still comes through: the 404 is about A, not about them.
    expect((await get(tilburg.id, rapportB)).status).toBe(200);
    // The refusal changed nothing but its own audit rows.
    expect(changedTables(before, await tableFingerprint(t.db))).toEqual([]);
    expect(await denials()).toBe(deniedBefore + 2);

    await actAs(t, DEMO.begeleiders[1].email); // begeleider of Tilburg and Breda, not of Utrecht
    expect(await seen(await get(utrecht.id, rapportA))).toEqual(missingScan);
  });

  it("answers its own scan with another scan's report id like a missing report", async () => {
    for (const who of ["o.ondermijning@utrecht.example", DEMO.admin.email]) {
      await actAs(t, who);
      const missing = await seen(await get(utrecht.id, MISSING));
      expect(missing.status).toBe(404);
      const before = await tableFingerprint(t.db);
      expect(await seen(await get(utrecht.id, rapportB)), who).toEqual(missing);
      expect(await seen(await get(utrecht.id, "niet-een-id")), who).toEqual(missing);
      expect(changedTables(before, await tableFingerprint(t.db))).toEqual([]);
    }
    // The admin may see Tilburg; the pair only works the right way round.
    expect((await get(tilburg.id, rapportB)).status).toBe(200);
    expect((await get(tilburg.id, rapportA)).status).toBe(404);
  });

  it("sends someone not signed in to sign in, without the PDF", async () => {
    await actAs(t, null);
    const before = await tableFingerprint(t.db);
    for (const [scanId, rapportId] of [
      [utrecht.id, rapportA],
      [MISSING, MISSING],
    ] as const) {
      const r = await seen(await get(scanId, rapportId));
      expect(r.status).toBe(303);
      expect(r.location).toBe(`http://localhost:3000/inloggen?callbackUrl=${encodeURIComponent(`/scans/${scanId}/rapport`)}`);
      expect(r.disposition).toBeNull();
      expect(r.body).not.toContain("%PDF");
    }
    expect(changedTables(before, await tableFingerprint(t.db))).toEqual([]);
  });
});
