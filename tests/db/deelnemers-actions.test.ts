/**
 * Stap 2 deelnemers through the real actions: the procesregisseur and assigned begeleiders
 * manage them; deelnemers, other gemeenten and unassigned begeleiders get the same "not
 * found" as for a missing scan, and nothing changes.
 */

import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { scanMembers, users } from "@/db/schema";
import { DEMO, DEMO_SCANS } from "@/db/seed";
import { findSignInUser } from "@/lib/auth/known-user";
import { actAs, callAction, findMemberId, loadAfterSetup, seededActionDb } from "../support/action-harness";
import { testDrivers } from "../support/test-db";
import { deniedAudits, mailsTo, NOT_FOUND, snapshot } from "./stap12-helpers";

const drivers = await testDrivers();
const utrecht = DEMO_SCANS[0]!;
const tilburg = DEMO_SCANS[1]!;
const breda = DEMO_SCANS[2]!;

const nieuw = (extra: Record<string, string> = {}) => ({
  scanId: utrecht.id,
  naam: "Ivo ICT",
  email: "i.ict@utrecht.example",
  functie: "Informatiemanager",
  rol: "ict",
  ...extra,
});

describe.each(drivers)("deelnemer actions on %s", (driver) => {
  const t = seededActionDb(driver);
  const add = loadAfterSetup(() => import("@/lib/actions/deelnemers/add-deelnemer"));
  const update = loadAfterSetup(() => import("@/lib/actions/deelnemers/update-deelnemer"));
  const remove = loadAfterSetup(() => import("@/lib/actions/deelnemers/remove-deelnemer"));

  const memberId = (scanId: string, email: string) => findMemberId(t, scanId, email);

  it("refuses a deelnemer, another gemeente's procesregisseur and an unassigned begeleider", async () => {
    const before = await snapshot(t);
    for (const who of ["o.ondermijning@utrecht.example", "procesregisseur@tilburg.example", DEMO.begeleiders[1].email]) {
      await actAs(t, who);
      expect((await callAction(add.addDeelnemerAction, nieuw())).message).toBe(NOT_FOUND);
      expect(
        (
          await callAction(remove.removeDeelnemerAction, {
            scanId: utrecht.id,
            memberId: (await memberId(utrecht.id, "p.privacy@utrecht.example"))!,
          })
        ).message,
      ).toBe(NOT_FOUND);
    }
    expect(await deniedAudits(t, "addDeelnemer")).toBe(3);
    expect(await snapshot(t)).toEqual(before);
  });

  it("refuses bad input next to the field and saves nothing", async () => {
    await actAs(t, "procesregisseur@utrecht.example");
    const before = await snapshot(t);
    const r = await callAction(add.addDeelnemerAction, nieuw({ naam: "", email: "ivo", rol: "baas" }));
    expect(r.fieldErrors).toMatchObject({
      naam: "Vul de naam in.",
      email: "Vul een geldig e-mailadres in, zoals naam@gemeente.nl.",
      rol: "Kies vanuit welk perspectief deze deelnemer meedoet.",
    });
    expect(r.values?.functie).toBe("Informatiemanager");
    const extra = await callAction(add.addDeelnemerAction, { ...nieuw(), procesregisseur: "true" });
    expect(extra.status).toBe("error");
    expect(await snapshot(t)).toEqual(before);
  });

  it("adds a deelnemer: a user without global role, a membership, an audit row and a welcome mail", async () => {
    await actAs(t, "procesregisseur@utrecht.example");
    const r = await callAction(add.addDeelnemerAction, nieuw({ email: "I.ICT@utrecht.example" }));
    expect(r.redirect).toBe(`/scans/${utrecht.id}/deelnemers?melding=toegevoegd`);
    const [u] = await t.db.select().from(users).where(eq(users.email, "i.ict@utrecht.example"));
    expect(u).toMatchObject({ name: "Ivo ICT", role: null, active: true });
    expect(await memberId(utrecht.id, "i.ict@utrecht.example")).toBeDefined();
    expect(await findSignInUser(t.db, "i.ict@utrecht.example")).not.toBeNull();
    const [mail] = await mailsTo(t, "i.ict@utrecht.example", "welkom_deelnemer");
    expect(mail!.idempotencyKey).toBe(`welkom-deelnemer/${utrecht.id}/${u!.id}`);
    expect(mail!.text).toContain("Priya Procesregisseur heeft je als deelnemer toegevoegd");
    expect(mail!.text).toContain(`/inloggen?callbackUrl=/scans/${utrecht.id}/planning`);
    expect(mail!.text).not.toContain("/analysetool");
  });

  it("refuses a duplicate address, the procesregisseur's address and a staff address with clear messages", async () => {
    await actAs(t, DEMO.begeleiders[0].email);
    const before = await snapshot(t);
    expect((await callAction(add.addDeelnemerAction, nieuw({ naam: "Ander" }))).fieldErrors?.email).toBe(
      "Dit e-mailadres staat al bij de deelnemers van deze scan. Iedereen doet één keer mee.",
    );
    expect((await callAction(add.addDeelnemerAction, nieuw({ email: "procesregisseur@utrecht.example" }))).fieldErrors?.email).toContain("procesregisseur");
    expect((await callAction(add.addDeelnemerAction, nieuw({ email: DEMO.begeleiders[1].email }))).fieldErrors?.email).toContain("begeleider of beheerder");
    expect(await snapshot(t)).toEqual(before);
  });

  it("lets a person from another scan join this one without changing their name", async () => {
    await actAs(t, DEMO.begeleiders[0].email);
    const r = await callAction(add.addDeelnemerAction, nieuw({ naam: "Daan D.", email: "deelnemer.data@tilburg.example", rol: "data_analyse" }));
    expect(r.redirect).toContain("toegevoegd");
    const [u] = await t.db.select().from(users).where(eq(users.email, "deelnemer.data@tilburg.example"));
    expect(u!.name).toBe("Daan Data");
    const [mail] = await mailsTo(t, "deelnemer.data@tilburg.example", "welkom_deelnemer");
    expect(mail!.text).toContain("Anna van Dijk heeft je als deelnemer toegevoegd");
  });

  it("lets the procesregisseur take a role, and refuses 'geen rol' for a deelnemer", async () => {
    await actAs(t, "procesregisseur@utrecht.example");
    const prMember = (await memberId(utrecht.id, "procesregisseur@utrecht.example"))!;
    const base = {
      scanId: utrecht.id,
      memberId: prMember,
      naam: "Priya Procesregisseur",
      email: "procesregisseur@utrecht.example",
      functie: "Programmamanager ondermijning",
    };
    const r = await callAction(update.updateDeelnemerAction, { ...base, rol: "overig" });
    expect(r.redirect).toContain("gewijzigd");
    const [pr] = await t.db.select().from(scanMembers).where(eq(scanMembers.id, prMember));
    expect(pr).toMatchObject({ procesregisseur: true, rol: "overig" });
    expect(await mailsTo(t, "procesregisseur@utrecht.example", "welkom_deelnemer")).toEqual([]);
    expect((await callAction(update.updateDeelnemerAction, { ...base, rol: "geen" })).redirect).toContain("gewijzigd");
    expect((await t.db.select().from(scanMembers).where(eq(scanMembers.id, prMember)))[0]!.rol).toBeNull();

    const before = await snapshot(t);
    const petra = (await memberId(utrecht.id, "p.privacy@utrecht.example"))!;
    const petraNu = { scanId: utrecht.id, memberId: petra, naam: "Petra Privacy", email: "p.privacy@utrecht.example", functie: "Privacy officer" };
    const geen = await callAction(update.updateDeelnemerAction, { ...petraNu, rol: "geen" });
    expect(geen.fieldErrors?.rol).toBeDefined();
    const adres = await callAction(update.updateDeelnemerAction, { ...base, email: "ander@utrecht.example", rol: "overig" });
    expect(adres.fieldErrors?.email).toContain("programmateam");
    const dubbel = await callAction(update.updateDeelnemerAction, { ...petraNu, email: "i.ict@utrecht.example", rol: "privacy" });
    expect(dubbel.fieldErrors?.email).toContain("staat al bij de deelnemers");
    expect(await snapshot(t)).toEqual(before);
  });

  it("edits name, function and role, and moves a membership to a new address with a welcome mail", async () => {
    await actAs(t, "procesregisseur@utrecht.example");
    const petra = (await memberId(utrecht.id, "p.privacy@utrecht.example"))!;
    const r = await callAction(update.updateDeelnemerAction, {
      scanId: utrecht.id,
      memberId: petra,
      naam: "Petra de Privacy",
      email: "p.privacy@utrecht.example",
      functie: "FG",
      rol: "privacy",
    });
    expect(r.redirect).toContain("gewijzigd");
    expect((await t.db.select().from(users).where(eq(users.email, "p.privacy@utrecht.example")))[0]!.name).toBe("Petra de Privacy");
    const moved = await callAction(update.updateDeelnemerAction, {
      scanId: utrecht.id,
      memberId: petra,
      naam: "Paula Privacy",
      email: "paula@utrecht.example",
      functie: "FG",
      rol: "privacy",
    });
    expect(moved.redirect).toContain("gewijzigd");
    expect(await memberId(utrecht.id, "paula@utrecht.example")).toBe(petra);
    expect(await memberId(utrecht.id, "p.privacy@utrecht.example")).toBeUndefined();
    expect(await mailsTo(t, "paula@utrecht.example", "welkom_deelnemer")).toHaveLength(1);
  });

  it("removes a deelnemer but never the procesregisseur, and not in another gemeente's scan", async () => {
    await actAs(t, "procesregisseur@utrecht.example");
    const before = await snapshot(t);
    const prMember = (await memberId(utrecht.id, "procesregisseur@utrecht.example"))!;
    expect((await callAction(remove.removeDeelnemerAction, { scanId: utrecht.id, memberId: prMember })).message).toContain(
      "procesregisseur kun je niet verwijderen",
    );
    const tilburgMember = (await memberId(tilburg.id, "deelnemer.ict@tilburg.example"))!;
    expect((await callAction(remove.removeDeelnemerAction, { scanId: utrecht.id, memberId: tilburgMember })).message).toBe(
      "Deze deelnemer bestaat niet (meer).",
    );
    expect(await snapshot(t)).toEqual(before);

    const paula = (await memberId(utrecht.id, "paula@utrecht.example"))!;
    expect((await callAction(remove.removeDeelnemerAction, { scanId: utrecht.id, memberId: paula })).redirect).toContain("verwijderd");
    expect(await memberId(utrecht.id, "paula@utrecht.example")).toBeUndefined();
    expect(await findSignInUser(t.db, "paula@utrecht.example")).toBeNull();
  });

  it("refuses changes once the scan is past the analysetool", async () => {
    await actAs(t, "procesregisseur@breda.example");
    const before = await snapshot(t);
    const r = await callAction(add.addDeelnemerAction, nieuw({ scanId: breda.id, email: "laat@breda.example" }));
    expect(r.message).toBe("In deze stap kun je geen deelnemers meer toevoegen.");
    expect(await snapshot(t)).toEqual(before);
  });

  it("adds a late deelnemer during stap 3 with the workshop invitation and .ics", async () => {
    await actAs(t, "procesregisseur@tilburg.example");
    const r = await callAction(add.addDeelnemerAction, nieuw({ scanId: tilburg.id, email: "laat@tilburg.example", rol: "overig" }));
    expect(r.redirect).toContain("toegevoegd");
    const [welkom] = await mailsTo(t, "laat@tilburg.example", "welkom_deelnemer");
    expect(welkom!.text).toContain("De analysetool is al open");
    const [datum] = await mailsTo(t, "laat@tilburg.example", "workshopdatum");
    expect(datum!.attachments[0]).toMatchObject({
      filename: "workshop-datavolwassenheidsscan.ics",
      contentType: expect.stringContaining("text/calendar"),
    });
    expect(Buffer.from(datum!.attachments[0]!.content, "base64").toString("utf8")).toContain(`UID:workshop-${tilburg.id}@datavolwassenheidsscan`);
  });
});
