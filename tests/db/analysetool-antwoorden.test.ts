/**
 * The analysetool's answers through the REAL server actions: autosave and the no-JavaScript
 * page post, submit, reopen and extending the deadline. Every refusal from issue #5 — a level
 * outside 1–5, an unknown question, a question of another model version, another member or
 * scan, a toelichting over 1000 characters, saving after submit — must answer in Dutch and
 * leave the stored answers exactly as they were.
 */

import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { antwoorden, auditLog, emailOutbox, scanMembers, scans } from "@/db/schema";
import { DEMO, DEMO_SCANS } from "@/db/seed";
import { ANTWOORD_INHOUD } from "@/lib/data/ingediende-antwoorden";
import { actAs, callAction, loadAfterSetup, memberIdOf, seededActionDb } from "../support/action-harness";
import { testDrivers } from "../support/test-db";

const drivers = await testDrivers();
const [utrecht, tilburg, breda] = DEMO_SCANS.map((s) => s.id) as [string, string, string];

describe.each(drivers)("analysetool answers on %s", (driver) => {
  const t = seededActionDb(driver);
  beforeAll(async () => {
    // A second, later model version: opgave.q5 withdrawn, opgave.q6 new. A 2026.1 scan must
    // refuse opgave.q6, and a 2027.1 scan opgave.q5.
    vi.doMock("@/lib/analysetool", async (orig) => {
      const real = await orig<typeof import("@/lib/analysetool")>();
      const base = real.MODEL_2026_1;
      const later = {
        ...base,
        versie: "2027.1",
        dimensies: base.dimensies.map((d) =>
          d.id !== "opgave"
            ? d
            : {
                ...d,
                vragen: [
                  ...d.vragen.map((v) => (v.id === "opgave.q5" ? { ...v, vervallenIn: "2027.1" } : v)),
                  { ...d.vragen[0]!, id: "opgave.q6", sinds: "2027.1" },
                ],
              },
        ),
      };
      return { ...real, modelVersies: () => ["2026.1", "2027.1"], getModel: (v: string) => (v === "2027.1" ? later : real.getModel(v)) };
    });
  });
  afterAll(async () => {
    vi.doUnmock("@/lib/analysetool");
  });
  const save = loadAfterSetup(() => import("@/lib/actions/analysetool/save-antwoord"));
  const pagina = loadAfterSetup(() => import("@/lib/actions/analysetool/save-pagina"));
  const submit = loadAfterSetup(() => import("@/lib/actions/analysetool/submit-analysetool"));
  const reopen = loadAfterSetup(() => import("@/lib/actions/analysetool/reopen-analysetool"));
  const extend = loadAfterSetup(() => import("@/lib/actions/analysetool/extend-deadline"));
  const validate = loadAfterSetup(() => import("@/lib/antwoorden/validate"));

  const memberId = (email: string, scanId: string) => memberIdOf(t, scanId, email);
  const rowsOf = (member: string) =>
    t.db
      .select({ ...ANTWOORD_INHOUD, updatedAt: antwoorden.updatedAt })
      .from(antwoorden)
      .where(eq(antwoorden.memberId, member))
      .orderBy(asc(antwoorden.vraagId));
  const autosave = (fields: Record<string, string | undefined>) => callAction(save.saveAntwoordAction, { scanId: tilburg, ...fields });

  describe("autosave", () => {
    const ICT = "deelnemer.ict@tilburg.example";
    let ict: string;
    beforeAll(async () => {
      ict = await memberId(ICT, tilburg);
      await actAs(t, ICT);
    });

    it("stores one answer per question and updates it in place", async () => {
      expect(await autosave({ vraagId: "opgave.q1", keuze: "3" })).toEqual({ status: "ok" });
      expect(await autosave({ vraagId: "opgave.q1", keuze: "4", toelichting: "Zie het ondermijningsbeeld 2025." })).toEqual({
        status: "ok",
      });
      expect(await autosave({ vraagId: "opgave.q2", keuze: "weet_niet" })).toEqual({ status: "ok" });
      expect(await autosave({ vraagId: "opgave.q3", keuze: "nvt" })).toEqual({ status: "ok" });
      expect(await autosave({ vraagId: "opgave.ambitie", keuze: "4" })).toEqual({ status: "ok" });
      expect(await autosave({ vraagId: "open.q1", tekst: "Korte lijnen\r\nmet het RIEC." })).toEqual({ status: "ok" });
      const rows = await rowsOf(ict);
      expect(rows.map((r) => [r.vraagId, r.niveau, r.geenOordeel, r.toelichting, r.tekst])).toEqual([
        ["open.q1", null, null, null, "Korte lijnen\nmet het RIEC."],
        ["opgave.ambitie", 4, null, null, null],
        ["opgave.q1", 4, null, "Zie het ondermijningsbeeld 2025.", null],
        ["opgave.q2", null, "weet_niet", null, null],
        ["opgave.q3", null, "nvt", null, null],
      ]);
    });

    it("keeps the later of two changes to one question (two tabs, a late retry)", async () => {
      const nu = Date.now();
      expect(await autosave({ vraagId: "opgave.q4", keuze: "2", gewijzigdOp: String(nu) })).toEqual({ status: "ok" });
      const laat = await autosave({ vraagId: "opgave.q4", keuze: "5", gewijzigdOp: String(nu - 5_000) });
      expect(laat.status).toBe("ok");
      expect(laat.message).toContain("later gewijzigd");
      expect(laat.values).toEqual({ keuze: "2", toelichting: "", tekst: "" });
      expect((await rowsOf(ict)).find((r) => r.vraagId === "opgave.q4")?.niveau).toBe(2);
      // A browser clock ahead of the server cannot pin an answer in the future.
      await autosave({ vraagId: "opgave.q4", keuze: "3", gewijzigdOp: String(nu + 3_600_000) });
      expect(await autosave({ vraagId: "opgave.q4", keuze: "1" })).toEqual({ status: "ok" });
      expect((await rowsOf(ict)).find((r) => r.vraagId === "opgave.q4")?.niveau).toBe(1);
    });

    it("accepts a toelichting of exactly 1000 characters, line breaks counted once", async () => {
      const tekst = `${"a".repeat(499)}\r\n${"b".repeat(500)}`;
      expect(await autosave({ vraagId: "opgave.q5", keuze: "4", toelichting: tekst })).toEqual({ status: "ok" });
      expect((await rowsOf(ict)).find((r) => r.vraagId === "opgave.q5")?.toelichting).toHaveLength(1000);
    });

    it("saves a toelichting and an open answer with a NUL byte and other control characters, without them (issue 14.5)", async () => {
      expect(await autosave({ vraagId: "samenwerking.q1", keuze: "2", toelichting: "Plak\u0000werk\u0007 uit\u001b Excel\tmet tab" })).toEqual({
        status: "ok",
      });
      expect(await autosave({ vraagId: "open.q2", tekst: "Regel\u0000 een\nregel twee\u000c" })).toEqual({ status: "ok" });
      const rows = await rowsOf(ict);
      expect(rows.find((r) => r.vraagId === "samenwerking.q1")?.toelichting).toBe("Plakwerk uit Excel\tmet tab");
      expect(rows.find((r) => r.vraagId === "open.q2")?.tekst).toBe("Regel een\nregel twee");
    });

    const refusals: [string, Record<string, string>, RegExp][] = [
      ["level 6", { vraagId: "opgave.q1", keuze: "6" }, /niveau van 1 tot en met 5/],
      ["level 0", { vraagId: "opgave.q1", keuze: "0" }, /niveau van 1 tot en met 5/],
      ["level 3.5", { vraagId: "opgave.q1", keuze: "3.5" }, /niveau van 1 tot en met 5/],
      ["level -1", { vraagId: "opgave.q1", keuze: "-1" }, /niveau van 1 tot en met 5/],
      ["'niet van toepassing' as an ambition", { vraagId: "opgave.ambitie", keuze: "nvt" }, /ambitie/],
      ["an unknown question id", { vraagId: "opgave.q99", keuze: "3" }, /hoort niet bij de analysetool/],
      ["a made-up id", { vraagId: "__proto__", keuze: "3" }, /hoort niet bij de analysetool/],
      ["a question only in another model version", { vraagId: "opgave.q6", keuze: "3" }, /hoort niet bij de analysetool/],
      ["a toelichting of 1001 characters", { vraagId: "opgave.q1", keuze: "3", toelichting: "x".repeat(1001) }, /niet langer zijn dan 1000 tekens/],
      ["a huge toelichting", { vraagId: "opgave.q1", keuze: "3", toelichting: "x".repeat(50_000) }, /niet langer zijn dan 1000 tekens/],
      ["a level on an open question", { vraagId: "open.q2", keuze: "3", tekst: "x" }, /alleen een tekst/],
      ["a text on a level question", { vraagId: "opgave.q1", keuze: "3", tekst: "x" }, /hoort een niveau/],
      ["a memberId in the request", { vraagId: "opgave.q1", keuze: "1", memberId: "00000000-0000-4000-8000-000000000000" }, /velden die we niet kennen/],
    ];
    it.each(refusals)("refuses %s in Dutch and changes nothing", async (_name, fields, message) => {
      const before = await rowsOf(ict);
      const r = await autosave(fields);
      expect(r.status).toBe("error");
      expect(`${r.message} ${Object.values(r.fieldErrors ?? {}).join(" ")}`).toMatch(message);
      expect(r.fieldErrors).toBeDefined(); // the browser stops retrying a refusal
      expect(await rowsOf(ict)).toEqual(before);
    });

    it("refuses a question the scan's own model version withdrew, and accepts its new one", async () => {
      await t.db.update(scans).set({ modelVersie: "2027.1" }).where(eq(scans.id, tilburg));
      try {
        const before = await rowsOf(ict);
        const r = await autosave({ vraagId: "opgave.q5", keuze: "2" });
        expect(r.fieldErrors?.vraagId).toMatch(/hoort niet bij de analysetool/);
        expect(await rowsOf(ict)).toEqual(before);
        expect(await autosave({ vraagId: "opgave.q6", keuze: "2" })).toEqual({ status: "ok" });
      } finally {
        await t.db.update(scans).set({ modelVersie: "2026.1" }).where(eq(scans.id, tilburg));
        await t.db.delete(antwoorden).where(and(eq(antwoorden.memberId, ict), eq(antwoorden.vraagId, "opgave.q6")));
      }
    });

    it("answers another gemeente's scan like a missing one, and changes nothing there", async () => {
      const before = await t.db.select().from(antwoorden);
      for (const scanId of [utrecht, breda, "00000000-0000-4000-8000-000000000000"]) {
        const r = await autosave({ scanId, vraagId: "opgave.q1", keuze: "2" });
        expect(r.message).toBe("Deze scan bestaat niet of je hebt er geen toegang toe.");
      }
      expect(await t.db.select().from(antwoorden)).toEqual(before);
      const [denied] = await t.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, "saveAntwoord"), eq(auditLog.outcome, "denied")))
        .limit(1);
      expect(denied).toBeDefined();
    });

    it("refuses people who are not a deelnemer of the scan (procesregisseur without role, begeleider)", async () => {
      const before = await t.db.select().from(antwoorden);
      await actAs(t, "procesregisseur@utrecht.example");
      expect((await callAction(save.saveAntwoordAction, { scanId: utrecht, vraagId: "opgave.q1", keuze: "2" })).message).toMatch(/bestaat niet/);
      await actAs(t, DEMO.begeleiders[0].email);
      expect((await autosave({ vraagId: "opgave.q1", keuze: "2" })).message).toMatch(/bestaat niet/);
      await actAs(t, null);
      expect((await autosave({ vraagId: "opgave.q1", keuze: "2" })).message).toMatch(/niet \(meer\) ingelogd/);
      expect(await t.db.select().from(antwoorden)).toEqual(before);
      await actAs(t, ICT);
    });

    it("refuses saving in a scan whose analysetool is closed (Breda, stap workshop)", async () => {
      await actAs(t, "deelnemer.ict@breda.example");
      const m = await memberId("deelnemer.ict@breda.example", breda);
      await t.db.update(scanMembers).set({ ingediendAt: null }).where(eq(scanMembers.id, m));
      const before = await rowsOf(m);
      const r = await callAction(save.saveAntwoordAction, { scanId: breda, vraagId: "opgave.q1", keuze: "1" });
      expect(r.message).toBe(validate.MELDINGEN.gesloten);
      expect(await rowsOf(m)).toEqual(before);
      await t.db.update(scanMembers).set({ ingediendAt: new Date() }).where(eq(scanMembers.id, m));
      await actAs(t, ICT);
    });

    it("refuses saving after submitting (the seeded Tilburg privacy deelnemer)", async () => {
      await actAs(t, "deelnemer.privacy@tilburg.example");
      const m = await memberId("deelnemer.privacy@tilburg.example", tilburg);
      const before = await rowsOf(m);
      expect(before.length).toBe(50);
      for (const fields of [
        { vraagId: "opgave.q1", keuze: "1" },
        { vraagId: "open.q1", tekst: "Nieuw" },
      ]) {
        const r = await autosave(fields);
        expect(r.message).toBe(validate.MELDINGEN.ingediend);
        expect(r.fieldErrors).toBeDefined();
      }
      expect(await rowsOf(m)).toEqual(before);
      await actAs(t, ICT);
    });
  });

  describe("the page form (without JavaScript)", () => {
    const ICT = "deelnemer.ict@tilburg.example";
    let ict: string;
    beforeAll(async () => {
      ict = await memberId(ICT, tilburg);
      await actAs(t, ICT);
    });
    const was = (keuze: string, toelichting: string | null = null) => validate.vingerafdruk({ keuze, toelichting, tekst: null });

    it("writes the changed questions of the page and moves to the next page", async () => {
      const r = await callAction(pagina.savePaginaAction, {
        scanId: tilburg,
        pagina: "samenwerking",
        "keuze:samenwerking.q1": "2",
        "toelichting:samenwerking.q1": "Via het RIEC-loket.",
        "was:samenwerking.q1": was(""),
        "keuze:samenwerking.q2": "nvt",
        "was:samenwerking.q2": was(""),
        "toelichting:samenwerking.q3": "",
        "was:samenwerking.q3": was(""),
      });
      expect(r.redirect).toBe(`/scans/${tilburg}/analysetool/governance?melding=opgeslagen`);
      const rows = (await rowsOf(ict)).filter((x) => x.vraagId.startsWith("samenwerking."));
      expect(rows.map((x) => [x.vraagId, x.niveau, x.geenOordeel, x.toelichting])).toEqual([
        ["samenwerking.q1", 2, null, "Via het RIEC-loket."],
        ["samenwerking.q2", null, "nvt", null],
      ]);
    });

    it("leaves a question untouched on this page alone, even when another tab changed it since", async () => {
      // The page was rendered with samenwerking.q1 = 2; another tab then set it to 5.
      expect(await autosave({ vraagId: "samenwerking.q1", keuze: "5", toelichting: "Via het RIEC-loket." })).toEqual({ status: "ok" });
      const r = await callAction(pagina.savePaginaAction, {
        scanId: tilburg,
        pagina: "samenwerking",
        "keuze:samenwerking.q1": "2",
        "toelichting:samenwerking.q1": "Via het RIEC-loket.",
        "was:samenwerking.q1": was("2", "Via het RIEC-loket."),
        "keuze:samenwerking.q4": "3",
        "was:samenwerking.q4": was(""),
      });
      expect(r.redirect).toContain("/governance");
      const rows = await rowsOf(ict);
      expect(rows.find((x) => x.vraagId === "samenwerking.q1")?.niveau).toBe(5);
      expect(rows.find((x) => x.vraagId === "samenwerking.q4")?.niveau).toBe(3);
    });

    it("saves nothing when one answer is refused, and says which", async () => {
      const before = await rowsOf(ict);
      const r = await callAction(pagina.savePaginaAction, {
        scanId: tilburg,
        pagina: "governance",
        "keuze:governance.q1": "4",
        "was:governance.q1": was(""),
        "keuze:governance.q2": "3",
        "toelichting:governance.q2": "y".repeat(1001),
        "was:governance.q2": was(""),
        "keuze:governance.ambitie": "nvt",
        "was:governance.ambitie": was(""),
      });
      expect(r.status).toBe("error");
      expect(r.fieldErrors?.["toelichting:governance.q2"]).toMatch(/1000 tekens/);
      expect(r.fieldErrors?.["keuze:governance.ambitie"]).toMatch(/ambitie/);
      expect(r.values?.["keuze:governance.q1"]).toBe("4");
      expect(await rowsOf(ict)).toEqual(before);
    });

    it.each([
      ["a question of another page", { "keuze:data.q1": "3" }],
      ["a question only in another model version", { "keuze:opgave.q6": "3" }],
    ])("refuses %s and saves nothing", async (_name, extra) => {
      const before = await rowsOf(ict);
      const r = await callAction(pagina.savePaginaAction, {
        scanId: tilburg,
        pagina: "opgave",
        "keuze:opgave.q1": "1",
        "was:opgave.q1": was(""),
        ...extra,
      });
      expect(r.message).toMatch(/hoort niet bij de analysetool/);
      expect(await rowsOf(ict)).toEqual(before);
    });

    it("refuses an unknown field (e.g. a question id no model has) and an unknown page", async () => {
      const before = await rowsOf(ict);
      const a = await callAction(pagina.savePaginaAction, { scanId: tilburg, pagina: "opgave", "keuze:opgave.q99": "3" });
      expect(a.message).toMatch(/Niet alles is goed ingevuld/);
      expect(a.fieldErrors?._form).toMatch(/velden die we niet kennen/);
      const b = await callAction(pagina.savePaginaAction, { scanId: tilburg, pagina: "bestaat-niet" });
      expect(b.message).toMatch(/pagina hoort niet bij/);
      expect(await rowsOf(ict)).toEqual(before);
    });
  });

  describe("submit, reopen and extend the deadline", () => {
    const DATA = "deelnemer.data@tilburg.example";
    let data: string;
    beforeAll(async () => {
      data = await memberId(DATA, tilburg);
    });
    const ingediendAt = async () => (await t.db.select({ at: scanMembers.ingediendAt }).from(scanMembers).where(eq(scanMembers.id, data)))[0]!.at;

    it("submits once, audits it, and then refuses every change", async () => {
      await actAs(t, DATA);
      expect(await autosave({ vraagId: "data.q1", keuze: "3" })).toEqual({ status: "ok" });
      const r = await callAction(submit.submitAnalysetoolAction, { scanId: tilburg });
      expect(r.redirect).toBe(`/scans/${tilburg}/analysetool/mijn-antwoorden?melding=ingediend`);
      expect(await ingediendAt()).toBeInstanceOf(Date);
      const [a] = await t.db.select().from(auditLog).where(eq(auditLog.action, "analysetool.submit"));
      expect(a?.details).toMatchObject({ memberId: data, beantwoord: 1, totaal: 50, teLaat: false });
      const again = await callAction(submit.submitAnalysetoolAction, { scanId: tilburg });
      expect(again.message).toBe("Je hebt je analysetool al ingediend.");
      const before = await rowsOf(data);
      expect((await autosave({ vraagId: "data.q1", keuze: "5" })).message).toBe(validate.MELDINGEN.ingediend);
      const viaForm = await callAction(pagina.savePaginaAction, {
        scanId: tilburg,
        pagina: "data",
        "keuze:data.q1": "5",
        "was:data.q1": validate.vingerafdruk({ keuze: "3", toelichting: null, tekst: null }),
      });
      expect(viaForm.message).toBe(validate.MELDINGEN.ingediend);
      expect(await rowsOf(data)).toEqual(before);
    });

    it("lets only a begeleider of the scan reopen, with a reason, audited and mailed", async () => {
      await actAs(t, "procesregisseur@tilburg.example");
      expect((await callAction(reopen.reopenAnalysetoolAction, { scanId: tilburg, memberId: data, reden: "Graag" })).message).toMatch(/bestaat niet/);
      await actAs(t, DEMO.begeleiders[0].email);
      const zonder = await callAction(reopen.reopenAnalysetoolAction, { scanId: tilburg, memberId: data, reden: "  " });
      expect(zonder.fieldErrors?.reden).toBe("Vul een reden in.");
      // A member of another scan is not found through this scan.
      const bredaMember = await memberId("deelnemer.ict@breda.example", breda);
      expect((await callAction(reopen.reopenAnalysetoolAction, { scanId: tilburg, memberId: bredaMember, reden: "x" })).message).toMatch(
        /hoort niet bij deze scan/,
      );
      expect(await ingediendAt()).not.toBeNull();

      const r = await callAction(reopen.reopenAnalysetoolAction, { scanId: tilburg, memberId: data, reden: "Wil data.q1 aanvullen." });
      expect(r.redirect).toBe(`/scans/${tilburg}/voortgang?melding=heropend`);
      expect(await ingediendAt()).toBeNull();
      const [a] = await t.db.select().from(auditLog).where(eq(auditLog.action, "analysetool.reopen"));
      expect(a?.details).toEqual({ memberId: data, reden: "Wil data.q1 aanvullen." });
      const mails = await t.db.select().from(emailOutbox).where(eq(emailOutbox.kind, "analysetool_heropend"));
      expect(mails.map((m) => m.toEmail)).toEqual([DATA]);
      expect(mails[0]!.text).toContain("Wil data.q1 aanvullen.");
      expect((await callAction(reopen.reopenAnalysetoolAction, { scanId: tilburg, memberId: data, reden: "Nog eens" })).message).toMatch(/nog niet ingediend/);

      await actAs(t, DATA);
      expect(await autosave({ vraagId: "data.q1", keuze: "5" })).toEqual({ status: "ok" });
      expect((await rowsOf(data)).find((x) => x.vraagId === "data.q1")?.niveau).toBe(5);
    });

    it("extends the deadline only for a begeleider, only later and before the workshop", async () => {
      const [scan] = await t.db.select().from(scans).where(eq(scans.id, tilburg));
      const { toAmsterdamLocal } = await import("@/lib/dates");
      const { deadlineVan } = await import("@/lib/antwoorden/deadline");
      const huidig = deadlineVan(scan!)!;
      const local = (d: Date) => toAmsterdamLocal(d);
      await actAs(t, "procesregisseur@tilburg.example");
      expect((await callAction(extend.extendDeadlineAction, { scanId: tilburg, deadline: local(new Date(huidig.getTime() + 86_400_000)) })).message).toMatch(
        /bestaat niet/,
      );
      await actAs(t, DEMO.begeleiders[1].email);
      const fout = async (deadline: string) => (await callAction(extend.extendDeadlineAction, { scanId: tilburg, deadline })).fieldErrors?.deadline;
      expect(await fout("morgen")).toMatch(/Vul een datum en tijd in/);
      expect(await fout(local(new Date(Date.now() - 3_600_000)))).toMatch(/in de toekomst/);
      expect(await fout(local(new Date(huidig.getTime() - 3_600_000)))).toMatch(/na de huidige deadline/);
      expect(await fout(local(new Date(scan!.workshopAt!.getTime() + 60_000)))).toMatch(/vóór de workshop/);
      expect((await t.db.select().from(scans).where(eq(scans.id, tilburg)))[0]!.deadlineAt).toBeNull();

      const nieuw = local(new Date(huidig.getTime() + 2 * 86_400_000));
      const r = await callAction(extend.extendDeadlineAction, { scanId: tilburg, deadline: nieuw });
      expect(r.redirect).toBe(`/scans/${tilburg}/voortgang?melding=deadline`);
      const [na] = await t.db.select().from(scans).where(eq(scans.id, tilburg));
      expect(local(na!.deadlineAt!)).toBe(nieuw);
      const [a] = await t.db.select().from(auditLog).where(eq(auditLog.action, "analysetool.deadline_extend"));
      expect(a?.details).toEqual({ van: huidig.toISOString(), naar: na!.deadlineAt!.toISOString() });
    });

    it("accepts a submission after the deadline and marks it late", async () => {
      await t.db
        .update(scans)
        .set({ deadlineAt: new Date(Date.now() - 60_000) })
        .where(eq(scans.id, tilburg));
      await actAs(t, DATA);
      expect((await callAction(submit.submitAnalysetoolAction, { scanId: tilburg })).redirect).toContain("mijn-antwoorden");
      const rows = await t.db.select().from(auditLog).where(eq(auditLog.action, "analysetool.submit")).orderBy(asc(auditLog.id));
      expect(rows.at(-1)?.details).toMatchObject({ memberId: data, teLaat: true });
      await t.db.update(scans).set({ deadlineAt: null }).where(eq(scans.id, tilburg));
    });
  });

  it("never loses or half-applies a save racing a submit", async () => {
    const OND = "deelnemer.ondermijning@tilburg.example";
    const m = await memberId(OND, tilburg);
    await actAs(t, OND);
    const ids = ["data.q1", "data.q2", "data.q3", "data.q4", "data.q5", "techniek.q1", "techniek.q2", "techniek.q3"];
    const results = await Promise.all([
      ...ids.map((vraagId) => autosave({ vraagId, keuze: "4" })),
      callAction(submit.submitAnalysetoolAction, { scanId: tilburg }),
    ]);
    const stored = new Set((await rowsOf(m)).map((r) => r.vraagId));
    ids.forEach((id, i) => {
      const r = results[i]!;
      if (r.status === "ok") expect(stored.has(id), id).toBe(true);
      else {
        expect(r.message).toBe(validate.MELDINGEN.ingediend);
        expect(stored.has(id), id).toBe(false);
      }
    });
    expect(results.at(-1)?.redirect).toContain("mijn-antwoorden");
  });
});
