/**
 * Stap 2 planning and the start of stap 3 through the real actions: proposing moments,
 * availability, fixing the date (with the three-week rule and its confirmation, .ics mails to
 * everyone, once per date) and `startAnalysetool` with its guard and its same-transaction
 * invitations. Refusals change nothing.
 */

import { and, eq, like } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, emailOutbox, gemeenten, scanBegeleiders, scanMembers, scans, users, workshopBeschikbaarheid, workshopOpties } from "@/db/schema";
import { DEMO, DEMO_SCANS } from "@/db/seed";
import { formatDatumTijd, fromAmsterdamLocal, toAmsterdamLocal } from "@/lib/dates";
import { actAs, callAction, loadAfterSetup, seededActionDb } from "../support/action-harness";
import { testDrivers } from "../support/test-db";
import { mailsTo, NOT_FOUND, snapshot, userId } from "./stap12-helpers";

const drivers = await testDrivers();
const utrecht = DEMO_SCANS[0]!;
const tilburg = DEMO_SCANS[1]!;
const DAY = 86_400_000;

/** "YYYY-MM-DDT13:30" in Amsterdam, `days` from now. */
const over = (days: number) => `${toAmsterdamLocal(new Date(Date.now() + days * DAY)).slice(0, 10)}T13:30`;

describe.each(drivers)("planning actions on %s", (driver) => {
  const t = seededActionDb(driver);
  const propose = loadAfterSetup(() => import("@/lib/actions/planning/propose-workshop-opties"));
  const removeOptie = loadAfterSetup(() => import("@/lib/actions/planning/remove-workshop-optie"));
  const respond = loadAfterSetup(() => import("@/lib/actions/planning/save-beschikbaarheid"));
  const setDatum = loadAfterSetup(() => import("@/lib/actions/planning/set-workshop-datum"));
  const start = loadAfterSetup(() => import("@/lib/actions/analysetool/start-analysetool"));

  const opties = (scanId = utrecht.id) => t.db.select().from(workshopOpties).where(eq(workshopOpties.scanId, scanId)).orderBy(workshopOpties.startsAt);
  const scanRow = async (id = utrecht.id) => (await t.db.select().from(scans).where(eq(scans.id, id)))[0]!;

  describe("proposeWorkshopOptiesAction", () => {
    it("is refused to deelnemers and to other gemeenten", async () => {
      const before = await snapshot(t);
      for (const who of ["o.ondermijning@utrecht.example", "procesregisseur@tilburg.example"]) {
        await actAs(t, who);
        expect((await callAction(propose.proposeWorkshopOptiesAction, { scanId: utrecht.id, optie1: over(30), optie2: over(31) })).message).toBe(NOT_FOUND);
      }
      expect(await snapshot(t)).toEqual(before);
    });

    it("needs two future moments, with the message next to the field", async () => {
      await actAs(t, "procesregisseur@utrecht.example");
      const before = await snapshot(t);
      const een = await callAction(propose.proposeWorkshopOptiesAction, { scanId: utrecht.id, optie1: over(30) });
      expect(een.fieldErrors?.optie2).toContain("minstens 2");
      expect(een.values?.optie1).toBe(over(30));
      const verleden = await callAction(propose.proposeWorkshopOptiesAction, { scanId: utrecht.id, optie1: over(-2), optie2: over(31) });
      expect(verleden.fieldErrors?.optie1).toBe("Kies een moment in de toekomst.");
      expect(await snapshot(t)).toEqual(before);
    });

    it("stores the moments, and a withdrawn one goes with its answers", async () => {
      await actAs(t, "procesregisseur@utrecht.example");
      const r = await callAction(propose.proposeWorkshopOptiesAction, {
        scanId: utrecht.id,
        optie1: over(14),
        optie2: over(40),
        optie3: over(41),
      });
      expect(r.redirect).toBe(`/scans/${utrecht.id}/planning?melding=opties`);
      const rows = await opties();
      expect(rows.map((o) => toAmsterdamLocal(o.startsAt))).toEqual([over(14), over(40), over(41)]);
      const weg = await callAction(removeOptie.removeWorkshopOptieAction, { scanId: utrecht.id, optieId: rows[2]!.id });
      expect(weg.redirect).toContain("optie-ingetrokken");
      expect(await opties()).toHaveLength(2);
    });

    it("asks the members and the begeleider, not the one who proposed, when they can (issue 19.6)", async () => {
      const [mail] = await mailsTo(t, "o.ondermijning@utrecht.example", "workshop_momenten");
      expect(mail!.subject).toBe("Wanneer kun je naar de workshop? Datavolwassenheidsscan Utrecht");
      expect(mail!.text).toContain(`/scans/${utrecht.id}/planning`);
      expect(mail!.text).toContain(formatDatumTijd(fromAmsterdamLocal(over(40))!));
      expect(await mailsTo(t, "p.privacy@utrecht.example", "workshop_momenten")).toHaveLength(1);
      expect(await mailsTo(t, DEMO.begeleiders[0].email, "workshop_momenten")).toHaveLength(1);
      expect(await mailsTo(t, "procesregisseur@utrecht.example", "workshop_momenten")).toHaveLength(0);
    });
  });

  describe("saveBeschikbaarheidAction", () => {
    it("stores and updates a deelnemer's answers", async () => {
      const [a, b] = await opties();
      await actAs(t, "o.ondermijning@utrecht.example");
      const r = await callAction(respond.saveBeschikbaarheidAction, {
        scanId: utrecht.id,
        optie1: `${a!.id}:kan`,
        optie2: `${b!.id}:kan_niet`,
      });
      expect(r.redirect).toContain("melding=beschikbaarheid");
      await callAction(respond.saveBeschikbaarheidAction, { scanId: utrecht.id, optie2: `${b!.id}:kan` });
      const olaf = await userId(t, "o.ondermijning@utrecht.example");
      const rows = await t.db.select().from(workshopBeschikbaarheid).where(eq(workshopBeschikbaarheid.userId, olaf));
      expect(rows.map((x) => [x.optieId, x.kan]).sort()).toEqual(
        [
          [a!.id, true],
          [b!.id, true],
        ].sort(),
      );
    });

    it("lets an assigned begeleider answer, but refuses a moment of another scan, an admin without a place, and foreigners", async () => {
      const [a] = await opties();
      await actAs(t, DEMO.begeleiders[0].email);
      expect((await callAction(respond.saveBeschikbaarheidAction, { scanId: utrecht.id, optie1: `${a!.id}:kan` })).redirect).toContain("beschikbaarheid");

      const [vreemd] = await t.db
        .insert(workshopOpties)
        .values({ scanId: tilburg.id, startsAt: new Date(Date.now() + 50 * DAY), createdAt: new Date() })
        .returning();
      const before = await snapshot(t);
      await actAs(t, "o.ondermijning@utrecht.example");
      expect((await callAction(respond.saveBeschikbaarheidAction, { scanId: utrecht.id, optie1: `${vreemd!.id}:kan` })).message).toContain(
        "bestaat niet (meer)",
      );
      expect((await callAction(respond.saveBeschikbaarheidAction, { scanId: utrecht.id, optie1: "niets" })).fieldErrors?.optie1).toBeDefined();
      await actAs(t, DEMO.admin.email);
      expect((await callAction(respond.saveBeschikbaarheidAction, { scanId: utrecht.id, optie1: `${a!.id}:kan` })).message).toContain(
        "Alleen deelnemers en begeleiders",
      );
      await actAs(t, "deelnemer.ict@tilburg.example");
      expect((await callAction(respond.saveBeschikbaarheidAction, { scanId: utrecht.id, optie1: `${a!.id}:kan` })).message).toBe(NOT_FOUND);
      expect(await snapshot(t)).toEqual(before);
      await t.db.delete(workshopOpties).where(eq(workshopOpties.id, vreemd!.id));
    });
  });

  describe("setWorkshopDatumAction", () => {
    const form = (extra: Record<string, string>) => ({
      scanId: utrecht.id,
      keuze: "anders",
      andereDatum: "",
      duurMinuten: "180",
      locatie: "Stadskantoor, zaal 3.12",
      ...extra,
    });

    it("refuses a deelnemer, a date too close, bad input, and a short date without confirmation", async () => {
      const before = await snapshot(t);
      await actAs(t, "o.ondermijning@utrecht.example");
      expect((await callAction(setDatum.setWorkshopDatumAction, form({ andereDatum: over(40) }))).message).toBe(NOT_FOUND);
      await actAs(t, "procesregisseur@utrecht.example");
      expect((await callAction(setDatum.setWorkshopDatumAction, form({ andereDatum: over(9) }))).fieldErrors?.andereDatum).toContain("te dichtbij");
      const slecht = await callAction(setDatum.setWorkshopDatumAction, form({ andereDatum: "volgende week", duurMinuten: "veel", locatie: "" }));
      expect(slecht.fieldErrors).toMatchObject({
        duurMinuten: expect.stringContaining("minuten"),
        locatie: expect.stringContaining("Vul de locatie"),
      });
      expect((await callAction(setDatum.setWorkshopDatumAction, form({ andereDatum: "volgende week" }))).fieldErrors?.andereDatum).toContain(
        "Vul een datum en tijd in",
      );
      const [kort] = await opties();
      const zonder = await callAction(setDatum.setWorkshopDatumAction, form({ keuze: kort!.id }));
      expect(zonder.fieldErrors?.bevestigKort).toContain("minder dan drie weken");
      expect(zonder.values?.keuze).toBe(kort!.id);
      expect(await snapshot(t)).toEqual(before);
    });

    it("fixes a short date after confirmation and mails everyone an .ics, once per date", async () => {
      await actAs(t, "procesregisseur@utrecht.example");
      const [kort] = await opties();
      const r = await callAction(setDatum.setWorkshopDatumAction, form({ keuze: kort!.id, bevestigKort: "ja" }));
      expect(r.redirect).toBe(`/scans/${utrecht.id}/planning?melding=datum`);
      const scan = await scanRow();
      expect(scan.workshopAt!.getTime()).toBe(kort!.startsAt.getTime());
      expect(scan).toMatchObject({ workshopDuurMinuten: 180, workshopLocatie: "Stadskantoor, zaal 3.12", stap: "voorbereiding" });
      const mails = await t.db
        .select()
        .from(emailOutbox)
        .where(and(eq(emailOutbox.scanId, utrecht.id), eq(emailOutbox.kind, "workshopdatum")));
      expect(mails.map((m) => m.toEmail).sort()).toEqual(
        ["procesregisseur@utrecht.example", "o.ondermijning@utrecht.example", "p.privacy@utrecht.example", DEMO.begeleiders[0].email].sort(),
      );
      const olaf = mails.find((m) => m.toEmail === "o.ondermijning@utrecht.example")!;
      expect(olaf.idempotencyKey).toBe(`workshopdatum/${utrecht.id}/${await userId(t, olaf.toEmail)}/${kort!.startsAt.toISOString()}`);
      const ics = Buffer.from(olaf.attachments[0]!.content, "base64").toString("utf8");
      expect(ics).toContain("SEQUENCE:0");
      expect(ics).toContain("LOCATION:Stadskantoor\\, zaal 3.12");
      expect(olaf.text).toContain("Invullen vóór");

      await callAction(setDatum.setWorkshopDatumAction, form({ keuze: kort!.id, bevestigKort: "ja" }));
      expect(
        await t.db
          .select()
          .from(emailOutbox)
          .where(and(eq(emailOutbox.scanId, utrecht.id), eq(emailOutbox.kind, "workshopdatum"))),
      ).toHaveLength(4);
    });

    it("moving the date mails everyone again with a higher SEQUENCE", async () => {
      await actAs(t, DEMO.begeleiders[0].email);
      const r = await callAction(setDatum.setWorkshopDatumAction, form({ andereDatum: over(45), locatie: "https://teams.example/workshop" }));
      expect(r.redirect).toContain("datum");
      const nieuw = await t.db
        .select()
        .from(emailOutbox)
        .where(and(eq(emailOutbox.scanId, utrecht.id), like(emailOutbox.idempotencyKey, `%/${fromAmsterdamLocal(over(45))!.toISOString()}`)));
      expect(nieuw).toHaveLength(4);
      expect(nieuw[0]!.subject).toContain("Nieuwe datum");
      const ics = Buffer.from(nieuw[0]!.attachments[0]!.content, "base64").toString("utf8");
      expect(ics).toContain("SEQUENCE:2");
      expect(ics).toContain("URL:https://teams.example/workshop");
    });
  });

  describe("startAnalysetoolAction", () => {
    it("names what is missing and changes nothing", async () => {
      await actAs(t, "procesregisseur@utrecht.example");
      const before = await snapshot(t);
      const r = await callAction(start.startAnalysetoolAction, { scanId: utrecht.id });
      expect(r.message).toBe("De analysetool kan nog niet starten. Er is nog geen deelnemer vanuit ICT.");
      await actAs(t, "o.ondermijning@utrecht.example");
      expect((await callAction(start.startAnalysetoolAction, { scanId: utrecht.id })).message).toBe(NOT_FOUND);
      await actAs(t, "procesregisseur@tilburg.example");
      expect((await callAction(start.startAnalysetoolAction, { scanId: utrecht.id })).message).toBe(NOT_FOUND);
      expect(await snapshot(t)).toEqual(before);
    });

    it("starts with a workshop more than three weeks away and queues no invitations yet", async () => {
      const [ivo] = await t.db.insert(users).values({ email: "i.ict@utrecht.example", name: "Ivo ICT", createdAt: new Date() }).returning();
      await t.db.insert(scanMembers).values({
        scanId: utrecht.id,
        userId: ivo!.id,
        rol: "ict",
        functie: "Informatiemanager",
        createdAt: new Date(),
        updatedAt: new Date(),
      });
      await actAs(t, DEMO.begeleiders[0].email);
      const r = await callAction(start.startAnalysetoolAction, { scanId: utrecht.id });
      expect(r.redirect).toBe(`/scans/${utrecht.id}?melding=analysetool-gestart`);
      const scan = await scanRow();
      expect(scan.stap).toBe("analysetool");
      expect(scan.analysetoolStartedAt).not.toBeNull();
      expect(
        await t.db
          .select()
          .from(auditLog)
          .where(and(eq(auditLog.scanId, utrecht.id), eq(auditLog.action, "analysetool.gestart"))),
      ).toHaveLength(1);
      expect(await mailsTo(t, "i.ict@utrecht.example", "uitnodiging_analysetool")).toEqual([]);
      const again = await callAction(start.startAnalysetoolAction, { scanId: utrecht.id });
      expect(again.message).toContain("niet (meer) in stap 2");
    });

    it("queues the invitations in the same transaction when the workshop is less than three weeks away", async () => {
      const [amersfoort] = await t.db.select({ id: gemeenten.id }).from(gemeenten).where(eq(gemeenten.code, "GM0307"));
      const [scan] = await t.db
        .insert(scans)
        .values({
          gemeenteId: amersfoort!.id,
          stap: "voorbereiding",
          contactNaam: "Anouk",
          contactFunctie: "PM",
          contactEmail: "pr@amersfoort.example",
          workshopAt: fromAmsterdamLocal(over(12))!,
          workshopDuurMinuten: 180,
          workshopLocatie: "Stadhuis",
          createdAt: new Date(),
          updatedAt: new Date(),
        })
        .returning({ id: scans.id });
      const emails = {
        pr: "pr@amersfoort.example",
        ondermijning: "o@amersfoort.example",
        privacy: "p@amersfoort.example",
        ict: "i@amersfoort.example",
      } as const;
      for (const [rol, email] of Object.entries(emails)) {
        const [u] = await t.db.insert(users).values({ email, name: rol, createdAt: new Date() }).returning();
        await t.db.insert(scanMembers).values({
          scanId: scan!.id,
          userId: u!.id,
          procesregisseur: rol === "pr",
          rol: rol === "pr" ? null : (rol as "ict"),
          createdAt: new Date(),
          updatedAt: new Date(),
        });
      }
      await t.db.insert(scanBegeleiders).values({ scanId: scan!.id, userId: await userId(t, DEMO.begeleiders[1].email), createdAt: new Date() });
      await actAs(t, emails.pr);
      const r = await callAction(start.startAnalysetoolAction, { scanId: scan!.id });
      expect(r.redirect).toBe(`/scans/${scan!.id}?melding=analysetool-verstuurd`);
      const invites = await t.db
        .select()
        .from(emailOutbox)
        .where(and(eq(emailOutbox.scanId, scan!.id), eq(emailOutbox.kind, "uitnodiging_analysetool")));
      expect(invites.map((m) => m.toEmail).sort()).toEqual([emails.ict, emails.ondermijning, emails.privacy].sort());
    });
  });
});
