/**
 * Stap 1 through the real server actions: the public registration (honeypot, rate limit,
 * one running scan per gemeente, no accounts), and the admin's accept and decline. Every
 * refusal leaves every table as it was.
 */

import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { auditLog, gemeenten, rateLimits, scanBegeleiders, scanMembers, scans, users } from "@/db/schema";
import { DEMO, DEMO_SCANS } from "@/db/seed";
import { actAs, callAction, loadAfterSetup, seededActionDb } from "../support/action-harness";
import { testDrivers } from "../support/test-db";
import { deniedAudits, mailsTo, NOT_FOUND, snapshot, userId } from "./stap12-helpers";

const drivers = await testDrivers();

const aanmelding = (extra: Record<string, string> = {}) => ({
  gemeente: "Amersfoort (GM0307)",
  contactNaam: "Anouk Jansen",
  contactFunctie: "Programmamanager veiligheid",
  contactEmail: "a.jansen@amersfoort.example",
  contactTelefoon: "033 469 49 49",
  voorkeurPeriode: "Maart of april",
  opmerkingen: "Graag op een dinsdag.",
  website: "",
  ...extra,
});

describe.each(drivers)("stap 1 actions on %s", (driver) => {
  const t = seededActionDb(driver);
  const register = loadAfterSetup(() => import("@/lib/actions/aanmelding/register-aanmelding"));
  const accept = loadAfterSetup(() => import("@/lib/actions/aanmelding/accept-aanmelding"));
  const decline = loadAfterSetup(() => import("@/lib/actions/aanmelding/decline-aanmelding"));
  beforeEach(async () => {
    await t.db.delete(rateLimits);
    await actAs(t, null);
  });

  async function scanOf(code: string) {
    const [row] = await t.db
      .select({ id: scans.id, stap: scans.stap, contactEmail: scans.contactEmail, afwijsReden: scans.afwijsReden })
      .from(scans)
      .innerJoin(gemeenten, eq(gemeenten.id, scans.gemeenteId))
      .where(eq(gemeenten.code, code));
    return row;
  }

  describe("registerAanmeldingAction", () => {
    it("refuses bad input with Dutch messages per field and saves nothing", async () => {
      const before = await snapshot(t);
      const r = await callAction(register.registerAanmeldingAction, aanmelding({ contactEmail: "geen-adres", contactNaam: " ", contactTelefoon: "bel me" }));
      expect(r.status).toBe("error");
      expect(r.fieldErrors).toMatchObject({
        contactEmail: "Vul een geldig e-mailadres in, zoals naam@gemeente.nl.",
        contactNaam: "Vul je naam in.",
        contactTelefoon: expect.stringContaining("geldig telefoonnummer"),
      });
      expect(r.values?.contactFunctie).toBe("Programmamanager veiligheid");
      expect(await snapshot(t)).toEqual(before);
    });

    it("refuses a gemeente that is not in the list", async () => {
      const before = await snapshot(t);
      const r = await callAction(register.registerAanmeldingAction, aanmelding({ gemeente: "Atlantis" }));
      expect(r.fieldErrors?.gemeente).toContain("We kennen geen gemeente");
      expect(await snapshot(t)).toEqual(before);
    });

    it("refuses a second scan for a gemeente that has one running", async () => {
      const before = await snapshot(t);
      const r = await callAction(register.registerAanmeldingAction, aanmelding({ gemeente: "Utrecht" }));
      expect(r.fieldErrors?.gemeente).toBe(
        "Gemeente Utrecht doet al mee aan de datavolwassenheidsscan. Een tweede aanmelding is niet nodig. Heb je vragen? Mail naar zichtopondermijning@minbzk.nl.",
      );
      expect(await snapshot(t)).toEqual(before);
    });

    it("pretends success for a filled honeypot and stores nothing", async () => {
      const before = await snapshot(t);
      const r = await callAction(register.registerAanmeldingAction, aanmelding({ website: "http://spam.example" }));
      expect(r.redirect).toBe("/aanmelden/ontvangen");
      expect(await snapshot(t)).toEqual(before);
      expect(await t.db.select().from(rateLimits)).toEqual([]);
    });

    it("creates a scan in stap aangemeld, mails the contact and every admin, and creates no account", async () => {
      const usersBefore = (await t.db.select().from(users)).length;
      const r = await callAction(register.registerAanmeldingAction, aanmelding());
      expect(r.redirect).toBe("/aanmelden/ontvangen");
      const scan = await scanOf("GM0307");
      expect(scan).toMatchObject({ stap: "aangemeld", contactEmail: "a.jansen@amersfoort.example" });
      expect((await t.db.select().from(users)).length).toBe(usersBefore);
      const [bevestiging] = await mailsTo(t, "a.jansen@amersfoort.example", "aanmelding_ontvangen");
      expect(bevestiging!.idempotencyKey).toBe(`aanmelding-ontvangen/${scan!.id}/contact`);
      expect(bevestiging!.text).toContain("analysetool");
      expect(bevestiging!.text).toContain("eindrapport");
      // No text the registrant typed goes back out to the address they typed.
      expect(bevestiging!.text).not.toContain("Anouk");
      expect(bevestiging!.text).not.toContain("dinsdag");
      const [admin] = await mailsTo(t, DEMO.admin.email, "nieuwe_aanmelding");
      expect(admin!.text).toContain(`/beheer/aanmeldingen/${scan!.id}`);
      expect(admin!.text).toContain("Anouk Jansen");
      const audits = await t.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.scanId, scan!.id), eq(auditLog.action, "aanmelding.ontvangen")));
      expect(audits).toHaveLength(1);
      expect(JSON.stringify(audits[0]!.details)).not.toContain("jansen");
    });

    it("shows a registration on the admin dashboard, as a warning once it waited over two working days (issue 19.9)", async () => {
      const { loadDashboard } = await import("@/lib/data/dashboard");
      const admin = (await actAs(t, DEMO.admin.email))!;
      const rij = async (now: Date) => (await loadDashboard(admin, now)).find((r) => r.gemeente === "Amersfoort");
      const scan = await t.db
        .select({ createdAt: scans.createdAt })
        .from(scans)
        .innerJoin(gemeenten, eq(gemeenten.id, scans.gemeenteId))
        .where(eq(gemeenten.code, "GM0307"));
      const aangemeld = scan[0]!.createdAt;
      expect((await rij(aangemeld))?.waarschuwingen).toEqual([]);
      // A week later always holds more than two working days, whatever weekday it came in.
      expect((await rij(new Date(aangemeld.getTime() + 7 * 86_400_000)))?.waarschuwingen).toContain("aanmelding_wacht");
      await actAs(t, null);
    });

    it("finds a gemeente by bare name or code, and refuses a deactivated one", async () => {
      await t.db.update(gemeenten).set({ actief: false }).where(eq(gemeenten.code, "GM0193"));
      const before = await snapshot(t);
      const r = await callAction(register.registerAanmeldingAction, aanmelding({ gemeente: "zwolle" }));
      expect(r.fieldErrors?.gemeente).toContain("We kennen geen gemeente");
      expect(await snapshot(t)).toEqual(before);
      const ok = await callAction(register.registerAanmeldingAction, aanmelding({ gemeente: "delft", contactEmail: "x@delft.example" }));
      expect(ok.redirect).toBe("/aanmelden/ontvangen");
      expect((await scanOf("GM0503"))?.stap).toBe("aangemeld");
      const ok2 = await callAction(register.registerAanmeldingAction, aanmelding({ gemeente: "gm0546", contactEmail: "x@leiden.example" }));
      expect(ok2.redirect).toBe("/aanmelden/ontvangen");
    });

    it("limits registrations per network with a Dutch message", async () => {
      const outcomes = [];
      for (let i = 0; i < 6; i++) outcomes.push(await callAction(register.registerAanmeldingAction, aanmelding({ gemeente: "Atlantis" })));
      expect(outcomes.slice(0, 5).every((o) => o.fieldErrors?.gemeente)).toBe(true);
      expect(outcomes[5]!.message).toContain("te veel aanmeldingen");
    });
  });

  describe("acceptAanmeldingAction", () => {
    const anna = DEMO.begeleiders[0].email;
    const bram = DEMO.begeleiders[1].email;

    it("is refused to everyone but an admin, audited, with nothing changed", async () => {
      const scan = await scanOf("GM0307");
      const before = await snapshot(t);
      for (const who of [anna, "procesregisseur@utrecht.example"]) {
        await actAs(t, who);
        const r = await callAction(accept.acceptAanmeldingAction, {
          scanId: scan!.id,
          begeleiderIds: await userId(t, anna),
          procesregisseur: "contact",
        });
        expect(r.message).toBe(NOT_FOUND);
      }
      await actAs(t, null);
      const anon = await callAction(accept.acceptAanmeldingAction, {
        scanId: scan!.id,
        begeleiderIds: await userId(t, anna),
        procesregisseur: "contact",
      });
      expect(anon.message).toContain("niet (meer) ingelogd");
      expect(await deniedAudits(t, "acceptAanmelding")).toBe(2);
      expect(await snapshot(t)).toEqual(before);
    });

    it("needs a begeleider, a valid other procesregisseur, and only active begeleiders", async () => {
      const scan = await scanOf("GM0307");
      await actAs(t, DEMO.admin.email);
      const before = await snapshot(t);
      const geen = await callAction(accept.acceptAanmeldingAction, { scanId: scan!.id, procesregisseur: "contact" });
      expect(geen.fieldErrors?.begeleiderIds).toBe("Kies minstens één begeleider.");
      const anders = await callAction(accept.acceptAanmeldingAction, {
        scanId: scan!.id,
        begeleiderIds: await userId(t, anna),
        procesregisseur: "anders",
        prEmail: "x",
      });
      expect(anders.fieldErrors).toMatchObject({
        prNaam: expect.any(String),
        prEmail: expect.stringContaining("geldig e-mailadres"),
        prFunctie: expect.any(String),
      });
      const admin = await callAction(accept.acceptAanmeldingAction, {
        scanId: scan!.id,
        begeleiderIds: await userId(t, DEMO.admin.email),
        procesregisseur: "contact",
      });
      expect(admin.fieldErrors?.begeleiderIds).toContain("actieve begeleiders");
      await t.db.update(users).set({ active: false }).where(eq(users.email, bram));
      const inactief = await callAction(accept.acceptAanmeldingAction, {
        scanId: scan!.id,
        begeleiderIds: [await userId(t, anna), await userId(t, bram)],
        procesregisseur: "contact",
      });
      expect(inactief.fieldErrors?.begeleiderIds).toContain("actieve begeleiders");
      await t.db.update(users).set({ active: true }).where(eq(users.email, bram));
      expect(await snapshot(t)).toEqual(before);
    });

    it("creates the procesregisseur, assigns begeleiders, moves to voorbereiding and invites without a token", async () => {
      const scan = await scanOf("GM0307");
      await actAs(t, DEMO.admin.email);
      const r = await callAction(accept.acceptAanmeldingAction, {
        scanId: scan!.id,
        begeleiderIds: [await userId(t, anna), await userId(t, bram)],
        procesregisseur: "contact",
        prNaam: "",
        prEmail: "",
        prFunctie: "",
      });
      expect(r.redirect).toBe("/beheer/aanmeldingen?melding=geaccepteerd");
      expect((await scanOf("GM0307"))!.stap).toBe("voorbereiding");
      const prId = await userId(t, "a.jansen@amersfoort.example");
      const [pr] = await t.db.select().from(users).where(eq(users.id, prId));
      expect(pr).toMatchObject({ name: "Anouk Jansen", role: null, active: true });
      const members = await t.db.select().from(scanMembers).where(eq(scanMembers.scanId, scan!.id));
      expect(members).toEqual([expect.objectContaining({ userId: prId, procesregisseur: true, rol: null, functie: "Programmamanager veiligheid" })]);
      expect(await t.db.select().from(scanBegeleiders).where(eq(scanBegeleiders.scanId, scan!.id))).toHaveLength(2);
      const [mail] = await mailsTo(t, "a.jansen@amersfoort.example", "uitnodiging_procesregisseur");
      expect(mail!.idempotencyKey).toBe(`uitnodiging-procesregisseur/${scan!.id}/${prId}`);
      expect(mail!.text).toContain(`/inloggen?callbackUrl=/scans/${scan!.id}`);
      expect(mail!.text).not.toContain("token");
      expect(mail!.text).toContain("Anna van Dijk en Bram de Vries");
      // Issue 19.6: the begeleiders are told too.
      for (const b of [anna, bram]) {
        const [toegewezen] = await mailsTo(t, b, "begeleider_toegewezen");
        expect(toegewezen!.idempotencyKey).toBe(`begeleider-toegewezen/${scan!.id}/${await userId(t, b)}`);
        expect(toegewezen!.text).toContain("Anouk Jansen");
        expect(toegewezen!.text).toContain(`/scans/${scan!.id}`);
      }
    });

    it("refuses to accept the same registration twice", async () => {
      const scan = await scanOf("GM0307");
      await actAs(t, DEMO.admin.email);
      const before = await snapshot(t);
      const r = await callAction(accept.acceptAanmeldingAction, {
        scanId: scan!.id,
        begeleiderIds: await userId(t, anna),
        procesregisseur: "contact",
      });
      expect(r.message).toBe("Deze aanmelding bestaat niet of is al behandeld.");
      expect(await snapshot(t)).toEqual(before);
    });

    /**
     * Issue 14.3: anyone can register any gemeente. When a pending registration blocked the
     * next one, eight fake registrations locked eight gemeenten out until an admin declined them.
     */
    it("lets a fake registration wait without blocking the gemeente's real one; only one becomes its scan", async () => {
      await actAs(t, null);
      const nep = await callAction(
        register.registerAanmeldingAction,
        aanmelding({ gemeente: "Apeldoorn", contactEmail: "nep@aanvaller.example", contactNaam: "Nep" }),
      );
      expect(nep.redirect).toBe("/aanmelden/ontvangen");
      const echt = await callAction(register.registerAanmeldingAction, aanmelding({ gemeente: "Apeldoorn", contactEmail: "r.echt@apeldoorn.example" }));
      expect(echt.redirect).toBe("/aanmelden/ontvangen");
      // Sending the same form again makes no second registration and no second mail.
      const nogmaals = await callAction(register.registerAanmeldingAction, aanmelding({ gemeente: "Apeldoorn", contactEmail: "r.echt@apeldoorn.example" }));
      expect(nogmaals.redirect).toBe("/aanmelden/ontvangen");
      const wachtend = await t.db
        .select({ id: scans.id, contactEmail: scans.contactEmail })
        .from(scans)
        .innerJoin(gemeenten, eq(gemeenten.id, scans.gemeenteId))
        .where(and(eq(gemeenten.code, "GM0200"), eq(scans.stap, "aangemeld")));
      expect(wachtend.map((w) => w.contactEmail).sort()).toEqual(["nep@aanvaller.example", "r.echt@apeldoorn.example"]);
      expect(await mailsTo(t, "r.echt@apeldoorn.example", "aanmelding_ontvangen")).toHaveLength(1);

      await actAs(t, DEMO.admin.email);
      const echteId = wachtend.find((w) => w.contactEmail === "r.echt@apeldoorn.example")!.id;
      const nepId = wachtend.find((w) => w.contactEmail === "nep@aanvaller.example")!.id;
      expect(
        (
          await callAction(accept.acceptAanmeldingAction, {
            scanId: echteId,
            begeleiderIds: await userId(t, anna),
            procesregisseur: "contact",
          })
        ).redirect,
      ).toBe("/beheer/aanmeldingen?melding=geaccepteerd");
      const before = await snapshot(t);
      const tweede = await callAction(accept.acceptAanmeldingAction, {
        scanId: nepId,
        begeleiderIds: await userId(t, anna),
        procesregisseur: "contact",
      });
      expect(tweede.message).toBe("Voor gemeente Apeldoorn loopt al een scan. Wijs deze aanmelding af, of rond eerst de lopende scan af.");
      expect(await snapshot(t)).toEqual(before);
      // Now the gemeente has a running scan, a new registration is refused as before.
      await actAs(t, null);
      const later = await callAction(register.registerAanmeldingAction, aanmelding({ gemeente: "Apeldoorn", contactEmail: "iemand@apeldoorn.example" }));
      expect(later.fieldErrors?.gemeente).toContain("doet al mee");
    });

    it("can name another procesregisseur than the contact", async () => {
      const scan = await scanOf("GM0503");
      await actAs(t, DEMO.admin.email);
      const r = await callAction(accept.acceptAanmeldingAction, {
        scanId: scan!.id,
        begeleiderIds: await userId(t, anna),
        procesregisseur: "anders",
        prNaam: "Dirk Delft",
        prEmail: "D.Delft@delft.example",
        prFunctie: "Coördinator OOV",
      });
      expect(r.redirect).toContain("geaccepteerd");
      const [m] = await t.db
        .select({ email: users.email, functie: scanMembers.functie })
        .from(scanMembers)
        .innerJoin(users, eq(users.id, scanMembers.userId))
        .where(eq(scanMembers.scanId, scan!.id));
      expect(m).toEqual({ email: "d.delft@delft.example", functie: "Coördinator OOV" });
      expect(await mailsTo(t, "x@delft.example", "uitnodiging_procesregisseur")).toEqual([]);
    });
  });

  describe("declineAanmeldingAction", () => {
    it("needs a reason, and only an admin may decline", async () => {
      const scan = await scanOf("GM0546");
      const before = await snapshot(t);
      await actAs(t, DEMO.admin.email);
      const r = await callAction(decline.declineAanmeldingAction, { scanId: scan!.id, reden: "  " });
      expect(r.fieldErrors?.reden).toBe("Vul de reden in.");
      await actAs(t, DEMO.begeleiders[0].email);
      const b = await callAction(decline.declineAanmeldingAction, { scanId: scan!.id, reden: "Nee" });
      expect(b.message).toBe(NOT_FOUND);
      expect(await snapshot(t)).toEqual(before);
    });

    it("declines with the reason mailed to the contact, and frees the gemeente for a new registration", async () => {
      const scan = await scanOf("GM0546");
      await actAs(t, DEMO.admin.email);
      const r = await callAction(decline.declineAanmeldingAction, {
        scanId: scan!.id,
        reden: "Dit jaar is de scan vol; meld je in januari opnieuw aan.",
      });
      expect(r.redirect).toBe("/beheer/aanmeldingen?melding=afgewezen");
      expect(await scanOf("GM0546")).toMatchObject({
        stap: "afgewezen",
        afwijsReden: "Dit jaar is de scan vol; meld je in januari opnieuw aan.",
      });
      const [mail] = await mailsTo(t, "x@leiden.example", "aanmelding_afgewezen");
      expect(mail!.text).toContain("meld je in januari opnieuw aan");
      const again = await callAction(decline.declineAanmeldingAction, { scanId: scan!.id, reden: "Nogmaals" });
      expect(again.message).toBe("Deze aanmelding bestaat niet of is al behandeld.");
      await actAs(t, null);
      const nieuw = await callAction(register.registerAanmeldingAction, aanmelding({ gemeente: "Leiden", contactEmail: "y@leiden.example" }));
      expect(nieuw.redirect).toBe("/aanmelden/ontvangen");
    });

    it("leaves the demo scans alone", async () => {
      const rows = await t.db.select({ id: scans.id, stap: scans.stap }).from(scans);
      for (const demo of DEMO_SCANS) expect(rows.find((r) => r.id === demo.id)?.stap).toBe(demo.stap);
    });
  });
});
