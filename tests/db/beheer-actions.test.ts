/**
 * Admin management of begeleider accounts and the gemeenten list: only admins, clear Dutch
 * refusals, and a deactivated begeleider can no longer sign in.
 */

import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { gemeenten, sessions, users } from "@/db/schema";
import { DEMO } from "@/db/seed";
import { findSignInUser } from "@/lib/auth/known-user";
import { actAs, callAction, loadAfterSetup, seededActionDb } from "../support/action-harness";
import { testDrivers } from "../support/test-db";
import { deniedAudits, NOT_FOUND, snapshot, userId } from "./stap12-helpers";

const drivers = await testDrivers();

describe.each(drivers)("beheer actions on %s", (driver) => {
  const t = seededActionDb(driver);
  const run = (a: { run: (fd: FormData) => Promise<unknown> }) => (_: unknown, fd: FormData) => a.run(fd) as never;

  const begeleiders = loadAfterSetup(async () => ({
    ...(await import("@/lib/actions/beheer/add-begeleider")),
    ...(await import("@/lib/actions/beheer/set-begeleider-active")),
  }));
  const gem = loadAfterSetup(async () => ({
    ...(await import("@/lib/actions/beheer/add-gemeente")),
    ...(await import("@/lib/actions/beheer/set-gemeente-active")),
    ...(await import("@/lib/actions/beheer/set-gemeente-regio")),
  }));

  describe("begeleiders", () => {
    it("refuses non-admins and changes nothing", async () => {
      const before = await snapshot(t);
      await actAs(t, DEMO.begeleiders[0].email);
      expect((await callAction(begeleiders.addBegeleiderAction, { naam: "Nieuw", email: "nieuw@begeleiding.example" })).message).toBe(NOT_FOUND);
      await actAs(t, "procesregisseur@utrecht.example");
      const r = await callAction(run(begeleiders.setBegeleiderActiveAction), {
        userId: await userId(t, DEMO.begeleiders[0].email),
        actief: "nee",
      });
      expect(r.message).toBe(NOT_FOUND);
      expect(await deniedAudits(t, "addBegeleider")).toBe(1);
      expect(await deniedAudits(t, "setBegeleiderActive")).toBe(1);
      expect(await snapshot(t)).toEqual(before);
    });

    it("adds a begeleider who can then sign in, and refuses an address that exists", async () => {
      await actAs(t, DEMO.admin.email);
      const r = await callAction(begeleiders.addBegeleiderAction, { naam: "Cor Coach", email: "Cor@Begeleiding.example" });
      expect(r.redirect).toBe("/beheer/begeleiders?melding=toegevoegd");
      const [cor] = await t.db.select().from(users).where(eq(users.email, "cor@begeleiding.example"));
      expect(cor).toMatchObject({ name: "Cor Coach", role: "begeleider", active: true });
      expect(await findSignInUser(t.db, "cor@begeleiding.example")).not.toBeNull();
      const before = await snapshot(t);
      const dubbel = await callAction(begeleiders.addBegeleiderAction, { naam: "Olaf", email: "o.ondermijning@utrecht.example" });
      expect(dubbel.fieldErrors?.email).toContain("Er is al een account met dit e-mailadres");
      const slecht = await callAction(begeleiders.addBegeleiderAction, { naam: "", email: "x" });
      expect(slecht.fieldErrors).toMatchObject({ naam: "Vul de naam in.", email: expect.stringContaining("geldig e-mailadres") });
      expect(await snapshot(t)).toEqual(before);
    });

    it("deactivates a begeleider (no sign-in, sessions ended) and reactivates", async () => {
      await actAs(t, DEMO.admin.email);
      const corId = await userId(t, "cor@begeleiding.example");
      await t.db.insert(sessions).values({
        sessionToken: "sessie-cor",
        userId: corId,
        expires: new Date(Date.now() + 3_600_000),
        createdAt: new Date(),
        lastSeenAt: new Date(),
      });
      const r = await callAction(run(begeleiders.setBegeleiderActiveAction), { userId: corId, actief: "nee" });
      expect(r.redirect).toBe("/beheer/begeleiders?melding=gedeactiveerd");
      expect(await findSignInUser(t.db, "cor@begeleiding.example")).toBeNull();
      expect(await t.db.select().from(sessions).where(eq(sessions.userId, corId))).toEqual([]);
      await callAction(run(begeleiders.setBegeleiderActiveAction), { userId: corId, actief: "ja" });
      expect(await findSignInUser(t.db, "cor@begeleiding.example")).not.toBeNull();
    });

    it("does not touch accounts that are not begeleiders", async () => {
      await actAs(t, DEMO.admin.email);
      const before = await snapshot(t);
      await callAction(run(begeleiders.setBegeleiderActiveAction), {
        userId: await userId(t, "procesregisseur@utrecht.example"),
        actief: "nee",
      });
      await callAction(run(begeleiders.setBegeleiderActiveAction), { userId: await userId(t, DEMO.admin.email), actief: "nee" });
      expect(await snapshot(t)).toEqual(before);
    });
  });

  describe("gemeenten", () => {
    it("refuses non-admins", async () => {
      const before = await snapshot(t);
      await actAs(t, DEMO.begeleiders[0].email);
      expect((await callAction(gem.addGemeenteAction, { code: "GM1993", naam: "Nieuwegein-Houten", provincie: "Utrecht" })).message).toBe(NOT_FOUND);
      expect(await snapshot(t)).toEqual(before);
    });

    it("checks code, name and province with Dutch messages", async () => {
      await actAs(t, DEMO.admin.email);
      const before = await snapshot(t);
      const slecht = await callAction(gem.addGemeenteAction, { code: "1993", naam: "", provincie: "Friesland" });
      expect(slecht.fieldErrors).toEqual({
        code: "Vul een CBS-code in: GM gevolgd door vier cijfers, zoals GM1992.",
        naam: "Vul de naam in.",
        provincie: "Kies een provincie.",
      });
      const code = await callAction(gem.addGemeenteAction, { code: "GM0307", naam: "Amersfoort-Noord", provincie: "Utrecht" });
      expect(code.fieldErrors?.code).toBe("Er is al een gemeente met code GM0307.");
      const naam = await callAction(gem.addGemeenteAction, { code: "GM1993", naam: "amersfoort", provincie: "Utrecht" });
      expect(naam.fieldErrors?.naam).toContain("al een actieve gemeente met deze naam (GM0307)");
      expect(await snapshot(t)).toEqual(before);
    });

    it("adds a merged gemeente and deactivates the old ones", async () => {
      await actAs(t, DEMO.admin.email);
      const r = await callAction(gem.addGemeenteAction, { code: "gm1993", naam: "Groot Heuvelrug", provincie: "Utrecht" });
      expect(r.redirect).toContain("melding=toegevoegd");
      const [nieuw] = await t.db.select().from(gemeenten).where(eq(gemeenten.code, "GM1993"));
      expect(nieuw).toMatchObject({ naam: "Groot Heuvelrug", provincie: "Utrecht", actief: true });
      const [oud] = await t.db.select().from(gemeenten).where(eq(gemeenten.code, "GM0307"));
      await callAction(run(gem.setGemeenteActiveAction), { gemeenteId: oud!.id, actief: "nee", zoek: "Amers" });
      expect((await t.db.select().from(gemeenten).where(eq(gemeenten.code, "GM0307")))[0]!.actief).toBe(false);
    });

    it("every gemeente has its regions from the reference data; the admin corrects one, and a region that does not exist changes nothing", async () => {
      const alle = await t.db.select().from(gemeenten);
      expect(alle.filter((g) => g.code.startsWith("GM0") && g.riec === null)).toEqual([]);
      const [deventer] = alle.filter((g) => g.code === "GM0150");
      expect(deventer).toMatchObject({ veiligheidsregioCode: "VR04", riec: "Oost-Nederland" });
      await actAs(t, DEMO.begeleiders[0].email);
      expect((await callAction(gem.setGemeenteRegioAction, { gemeenteId: deventer!.id, veiligheidsregio: "VR05", riec: "Limburg" })).message).toBe(NOT_FOUND);
      await actAs(t, DEMO.admin.email);
      const before = await snapshot(t);
      const slecht = await callAction(gem.setGemeenteRegioAction, { gemeenteId: deventer!.id, veiligheidsregio: "VR99", riec: "Atlantis" });
      expect(slecht.fieldErrors).toEqual({ veiligheidsregio: "Kies een veiligheidsregio.", riec: "Kies een RIEC-regio." });
      expect(await snapshot(t)).toEqual(before);
      const r = await callAction(gem.setGemeenteRegioAction, { gemeenteId: deventer!.id, veiligheidsregio: "VR05", riec: "Oost-Nederland" });
      expect(r.redirect).toBe("/beheer/gemeenten?zoek=GM0150&melding=regio");
      expect((await t.db.select().from(gemeenten).where(eq(gemeenten.code, "GM0150")))[0]).toMatchObject({
        veiligheidsregioCode: "VR05",
        riec: "Oost-Nederland",
      });
    });
  });
});
