/**
 * Every server action against 1,000 generated inputs (security.md row 21): each answer is a
 * Dutch refusal (a validation error, or "bestaat niet" for a well-formed id of nothing),
 * never an unexpected failure, and no row changes. Inputs are
 * derived from the action's own zod schema: its field names with hostile values, sometimes
 * with an unknown field (which the strict schemas must refuse).
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, seedDemo } from "@/db/seed";
import { actAs, installActionEnv, uninstallActionEnv } from "../support/action-harness";
import { changedTables, tableFingerprint } from "../support/db-fingerprint";
import { discoverActions, type TDiscoveredAction } from "../support/server-actions";
import { createTestDb, type TTestDb, testDrivers } from "../support/test-db";

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);

const hostile = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    "",
    " ",
    "<script>alert(1)</script>",
    "'; drop table scans; --",
    "\u202e\u200b",
    "0",
    "-1",
    "1e9",
    "NaN",
    "null",
    "true",
    "x".repeat(5000),
    "2026-13-45T25:61",
    "00000000-0000-0000-0000-000000000000",
    "a@b,c@d.nl",
  ),
  fc.uuid().map((u) => `${u}x`),
);

function inputs(schema: TDiscoveredAction["schema"]) {
  const keys = Object.keys(schema.shape);
  const fields = fc.record(Object.fromEntries(keys.map((k) => [k, fc.option(hostile, { nil: undefined })])), { requiredKeys: [] });
  // An unknown key makes any input invalid for a strict schema; an action without required
  // fields always gets one, others sometimes.
  const extra = keys.length === 0 ? fc.constant(true) : fc.boolean();
  return fc
    .tuple(fields, extra, fc.constantFrom("rol", "stap", "userId", "__proto__x", "isAdmin"))
    .map(([f, withExtra, key]) => ({ ...f, ...(withExtra ? { [key]: "admin" } : {}) }));
}

const drivers = await testDrivers();

describe.each(drivers)("server actions under generated input on %s", (driver) => {
  let t: TTestDb;
  let actions: TDiscoveredAction[] = [];
  // A content hash per table (a refused UPDATE shows too); a refusal's denied audit rows are left out.
  const fingerprint = () => tableFingerprint(t.db);

  beforeAll(async () => {
    process.env.AUTH_SECRET ??= "fuzz-secret-fuzz-secret-fuzz-secret";
    t = await createTestDb(driver);
    await seedDemo(t.db);
    installActionEnv(t);
    await actAs(t, DEMO.admin.email);
    actions = await discoverActions();
  });
  afterAll(async () => {
    uninstallActionEnv();
    await t?.drop();
  });

  it("finds the actions", () => {
    expect(actions.length).toBeGreaterThan(10);
  });

  it("answers every generated input of every action with a Dutch validation error and changes nothing", async () => {
    for (const action of actions) {
      const before = await fingerprint();
      await fc.assert(
        fc.asyncProperty(inputs(action.schema), async (input) => {
          const fd = new FormData();
          for (const [k, v] of Object.entries(input)) if (v !== undefined) fd.append(k, v);
          let state: Awaited<ReturnType<typeof action.run>>;
          try {
            state = await action.run(fd);
          } catch (err) {
            const digest = (err as { digest?: string }).digest ?? "";
            throw new Error(`${action.file} ${action.exportName} gooide ${digest || String(err)} bij ${JSON.stringify(input)}`);
          }
          expect(state.status, `${action.exportName} ${JSON.stringify(input)}`).toBe("error");
          expect(state.message ?? "").not.toMatch(/foutcode/);
          expect(state.message ?? "").toMatch(/[a-z]/);
        }),
        { numRuns: RUNS },
      );
      expect(changedTables(before, await fingerprint()), `${action.file} ${action.exportName} changed rows`).toEqual([]);
    }
  }, 600_000);
});
