/**
 * The login form's action: a known address gets exactly one mail with a confirm link and a
 * hashed token row; an unknown or malformed one gets none, with the same answer.
 */

import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { emailOutbox, rateLimits, verificationTokens } from "@/db/schema";
import { DEMO } from "@/db/seed";
import { sha256 } from "@/lib/client-ip";
import { actAs, callAction, loadAfterSetup, seededActionDb } from "../support/action-harness";
import { testDrivers } from "../support/test-db";

const drivers = await testDrivers();

describe.each(drivers)("requestLoginLinkAction on %s", (driver) => {
  const t = seededActionDb(driver);
  beforeAll(async () => {
    process.env.AUTH_SECRET ??= "test-secret-test-secret-test-secret";
    await actAs(t, null);
  });
  const actions = loadAfterSetup(async () => ({
    ...(await import("@/lib/actions/inloggen/request-login-link")),
    ...(await import("@/lib/actions/inloggen/sign-out")),
  }));

  const outboxFor = (to: string) => t.db.select().from(emailOutbox).where(eq(emailOutbox.toEmail, to));

  it("queues one sign-in mail for a known address and stores only a hash of the token", async () => {
    const r = await callAction(actions.requestLoginLinkAction, { email: "  Beheerder@DVS.example " });
    expect(r.redirect).toBe("/inloggen/controleer-je-mail");
    const mails = await outboxFor(DEMO.admin.email);
    expect(mails).toHaveLength(1);
    const link = /href="([^"]*inloggen\/bevestigen[^"]*)"/.exec(mails[0]!.html)![1]!.replaceAll("&amp;", "&");
    const token = new URL(link).searchParams.get("token")!;
    expect(token).toMatch(/^[0-9a-f]{64}$/);
    const rows = await t.db.select().from(verificationTokens).where(eq(verificationTokens.identifier, DEMO.admin.email));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.token).not.toBe(token);
    expect(rows[0]!.token).toMatch(/^[0-9a-f]{64}$/);
    const lifetime = rows[0]!.expires.getTime() - Date.now();
    expect(lifetime).toBeLessThanOrEqual(600_000);
    expect(lifetime).toBeGreaterThan(590_000);
  });

  it("answers an unknown address the same way and queues nothing", async () => {
    const r = await callAction(actions.requestLoginLinkAction, { email: "niemand@nergens.example" });
    expect(r.redirect).toBe("/inloggen/controleer-je-mail");
    expect(await outboxFor("niemand@nergens.example")).toHaveLength(0);
  });

  it.each(["a@b.nl,c@d.nl", '"x"@gemeente.nl', "x＠gemeente.nl", "geen-adres", ""])("refuses %j before anything is sent", async (email) => {
    const before = (await t.db.select().from(emailOutbox)).length;
    const r = await callAction(actions.requestLoginLinkAction, { email });
    expect(r.status).toBe("error");
    expect(r.fieldErrors?.email).toContain("Vul een geldig e-mailadres in");
    expect((await t.db.select().from(emailOutbox)).length).toBe(before);
  });

  it("refuses unknown form fields", async () => {
    const r = await callAction(actions.requestLoginLinkAction, { email: DEMO.admin.email, role: "admin" });
    expect(r.status).toBe("error");
  });

  it("answers known and unknown addresses after the same time (no enumeration by timing)", async () => {
    const time = async (email: string) => {
      const t0 = performance.now();
      const r = await callAction(actions.requestLoginLinkAction, { email });
      expect(r.redirect).toBe("/inloggen/controleer-je-mail");
      return performance.now() - t0;
    };
    const known = [];
    const unknown = [];
    for (const email of ["procesregisseur@utrecht.example", "o.ondermijning@utrecht.example", "procesregisseur@breda.example", "deelnemer.ict@breda.example"]) {
      known.push(await time(email));
      unknown.push(await time(`onbekend.${known.length}@nergens.example`));
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    expect(Math.min(...known, ...unknown)).toBeGreaterThanOrEqual(590);
    expect(Math.abs(median(known) - median(unknown))).toBeLessThan(50);
  });

  it("limits requests per address with a Dutch message: a third within a minute sends nothing", async () => {
    const email = "deelnemer.ict@tilburg.example";
    const outcomes = [];
    for (let i = 0; i < 3; i++) outcomes.push(await callAction(actions.requestLoginLinkAction, { email }));
    expect(outcomes.slice(0, 2).every((o) => o.redirect)).toBe(true);
    expect(outcomes[2]!.status).toBe("error");
    expect(outcomes[2]!.fieldErrors?.email).toContain("wacht een minuut");
    expect(await outboxFor(email)).toHaveLength(2);
  });

  it("refuses a fourth link within a quarter of an hour, also when the requests are a minute apart", async () => {
    const email = "deelnemer.privacy@tilburg.example";
    const key = `loginPerEmailMinute:${sha256(email)}`;
    const outcomes = [];
    for (let i = 0; i < 4; i++) {
      outcomes.push(await callAction(actions.requestLoginLinkAction, { email }));
      // A minute passes between requests: only the quarter-hour limit remains.
      await t.db.delete(rateLimits).where(eq(rateLimits.key, key));
    }
    expect(outcomes.slice(0, 3).every((o) => o.redirect)).toBe(true);
    expect(outcomes[3]!.status).toBe("error");
    expect(outcomes[3]!.message).toContain("te veel inloglinks");
    expect(await outboxFor(email)).toHaveLength(3);
  });
});
