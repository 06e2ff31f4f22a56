/**
 * Stap 5 → 6 → 7 through the real actions on Breda: texts, concept versions, reactions,
 * the digital meeting, proposals and votes, the top 3 and the definitief report. Every
 * refusal (wrong role, other gemeente, wrong step, bad input, older version) leaves the
 * data as it was, and a finalized report never changes.
 */

import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import {
  antwoorden,
  auditLog,
  emailOutbox,
  gemeenten,
  handelingsperspectieven,
  hpStemmen,
  rapporten,
  rapportFeedback,
  rapportTeksten,
  scanMembers,
  scans,
  users,
} from "@/db/schema";
import { DEMO, DEMO_SCANS } from "@/db/seed";
import { MODEL_2026_1 } from "@/lib/analysetool";
import { amsterdamDay, toAmsterdamLocal } from "@/lib/dates";
import { sha256Hex, snapshotSha256 } from "@/lib/rapport/hash";
import type { TRapportModel } from "@/lib/rapport/types";
import { actAs, callAction, loadAfterSetup, seededActionDb } from "../support/action-harness";
import { fillAnswers } from "../support/answers";
import { readPdf } from "../support/pdf";
import { testDrivers } from "../support/test-db";

const drivers = await testDrivers();
const [, tilburg, breda] = DEMO_SCANS;
const scanId = breda!.id;
const BRAM = DEMO.begeleiders[1].email;
const ANNA = DEMO.begeleiders[0].email;
const DEELNEMER = "deelnemer.ondermijning@breda.example";
const PRIVACY = "deelnemer.privacy@breda.example";
const GEEN_TOEGANG = "Deze scan bestaat niet of je hebt er geen toegang toe.";
const DAY = 86_400_000;
const LEDEN = breda!.members.map((m) => m.email).sort();

describe.each(drivers)("rapport actions on %s", (driver) => {
  const t = seededActionDb(driver);

  const workshop = loadAfterSetup(async () => ({
    ...(await import("@/lib/actions/workshop/save-consensus")),
    ...(await import("@/lib/actions/workshop/close-workshop")),
  }));
  const schrijven = loadAfterSetup(async () => ({
    ...(await import("@/lib/actions/rapport/save-rapport-teksten")),
    ...(await import("@/lib/actions/rapport/publish-concept")),
  }));
  const rapport = loadAfterSetup(() => import("@/lib/actions/rapport/leave-feedback"));
  const feedback = loadAfterSetup(async () => ({
    ...(await import("@/lib/actions/rapport/handle-feedback")),
    ...(await import("@/lib/actions/rapport/plan-overleg")),
    ...(await import("@/lib/actions/handelingsperspectieven/start-handelingsperspectieven")),
  }));
  const hp = loadAfterSetup(async () => ({
    ...(await import("@/lib/actions/handelingsperspectieven/propose-handelingsperspectief")),
    ...(await import("@/lib/actions/handelingsperspectieven/save-stemmen")),
  }));
  const top3 = loadAfterSetup(async () => ({
    ...(await import("@/lib/actions/handelingsperspectieven/fix-top3")),
    ...(await import("@/lib/actions/handelingsperspectieven/finalize")),
    ...(await import("@/lib/actions/handelingsperspectieven/reopen-stemmen")),
  }));
  beforeAll(async () => {
    await fillAnswers(t.db, scanId);
    await actAs(t, BRAM);
    for (const d of MODEL_2026_1.dimensies) {
      await callAction(workshop.saveConsensusAction, {
        scanId,
        dimensieId: d.id,
        niveau: "3",
        motivering: "Besproken",
        observaties: `Gesprek over ${d.naam}`,
        verbeterpunten: `Kandidaat ${d.id}`,
      });
    }
    expect((await callAction(workshop.closeWorkshopAction, { scanId })).redirect).toBe(`/scans/${scanId}?melding=workshop-afgerond`);
  });

  const stap = async () => (await t.db.select({ stap: scans.stap }).from(scans).where(eq(scans.id, scanId)))[0]!.stap;
  const concepten = () =>
    t.db
      .select()
      .from(rapporten)
      .where(and(eq(rapporten.scanId, scanId), eq(rapporten.soort, "concept")));
  const mails = (kind: string) =>
    t.db
      .select()
      .from(emailOutbox)
      .where(and(eq(emailOutbox.scanId, scanId), eq(emailOutbox.kind, kind)));
  const reacties = () => t.db.select().from(rapportFeedback).where(eq(rapportFeedback.scanId, scanId));
  const pdfText = async (bytes: Uint8Array) => (await readPdf(bytes)).text;
  const userId = async (email: string) => (await t.db.select({ id: users.id }).from(users).where(eq(users.email, email)))[0]!.id;

  it("only the scan's begeleider writes and publishes; bad input saves nothing", async () => {
    await actAs(t, DEELNEMER);
    expect((await callAction(schrijven.saveRapportTekstenAction, { scanId, samenvatting: "Mijn versie" })).message).toBe(GEEN_TOEGANG);
    expect((await callAction(schrijven.publishConceptAction, { scanId })).message).toBe(GEEN_TOEGANG);
    await actAs(t, ANNA);
    expect((await callAction(schrijven.publishConceptAction, { scanId })).message).toBe(GEEN_TOEGANG);
    await actAs(t, BRAM);
    const lang = await callAction(schrijven.saveRapportTekstenAction, { scanId, samenvatting: "x".repeat(4001), conclusies: "Kort" });
    expect(lang.fieldErrors?.samenvatting).toBe("Samenvatting mag niet langer zijn dan 4000 tekens.");
    const onbekend = await callAction(schrijven.saveRapportTekstenAction, {
      scanId,
      samenvatting: "Goed",
      "dimensie.bestaat-niet.sterk": "x",
    });
    expect(onbekend.status).toBe("error");
    expect(await t.db.select().from(rapportTeksten)).toHaveLength(0);
    const zonder = await callAction(schrijven.publishConceptAction, { scanId });
    expect(zonder.message).toBe("Schrijf en bewaar eerst de samenvatting van het rapport.");
    expect(await concepten()).toHaveLength(0);
    const denied = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.scanId, scanId), eq(auditLog.outcome, "denied")));
    expect(denied.map((d) => d.action)).toEqual(expect.arrayContaining(["saveRapportTeksten", "publishConcept"]));
  });

  it("publishes concept version 1 with its PDF, sha256 and snapshot, and mails every member", async () => {
    const ok = await callAction(schrijven.saveRapportTekstenAction, {
      scanId,
      samenvatting: "  Een goede basis.\r\n\r\nLet op <script>alert(1)</script> en € 0.  ",
      "dimensie.opgave.sterk": "Actueel beeld.",
      conclusies: "",
    });
    expect(ok).toMatchObject({ status: "ok", message: "De teksten zijn opgeslagen." });
    const opgeslagen = await t.db.select().from(rapportTeksten).where(eq(rapportTeksten.scanId, scanId));
    expect(opgeslagen.find((r) => r.sleutel === "samenvatting")!.tekst).toBe("Een goede basis.\n\nLet op <script>alert(1)</script> en € 0.");
    expect(opgeslagen.map((r) => r.sleutel).sort()).toEqual(["dimensie.opgave.sterk", "samenvatting"]);

    // Marked strings in Breda and in the other scans, to see whose data the PDF carries.
    const [ander, eigen] = [DEMO_SCANS.find((x) => x.gemeenteCode === "GM0772")!, breda!];
    await t.db.update(scanMembers).set({ functie: "Functie-van-Eindhoven-geheim" }).where(eq(scanMembers.scanId, ander.id));
    await t.db.update(antwoorden).set({ toelichting: "Toelichting-van-Tilburg-geheim" }).where(eq(antwoorden.scanId, tilburg!.id));
    await t.db.insert(rapportTeksten).values({ scanId: tilburg!.id, sleutel: "samenvatting", tekst: "Samenvatting-van-Tilburg-geheim", updatedAt: new Date() });
    const [bredaLid] = await t.db
      .select()
      .from(scanMembers)
      .where(and(eq(scanMembers.scanId, eigen.id), eq(scanMembers.rol, "ict")));
    await t.db.update(scanMembers).set({ functie: "Functie-van-Breda-eigen" }).where(eq(scanMembers.id, bredaLid!.id));

    const r = await callAction(schrijven.publishConceptAction, { scanId });
    expect(r.redirect).toBe(`/scans/${scanId}/rapport?melding=concept-gepubliceerd`);
    const [v1] = await concepten();
    // Only Breda's strings in the PDF (security.md row 31): its own marked functie, and no
    // other gemeente, no other scan's functies, toelichtingen or texts, nobody's name or address.
    const tekst = (await pdfText(v1!.pdf)).replace(/\s+/g, " ");
    expect(tekst).toContain("Breda");
    expect(tekst).toContain("Functie-van-Breda-eigen");
    const anderen = await t.db.select({ naam: gemeenten.naam }).from(gemeenten).innerJoin(scans, eq(scans.gemeenteId, gemeenten.id));
    const vreemd = [
      ...anderen.map((g) => g.naam).filter((n) => n !== "Breda"),
      "Functie-van-Eindhoven-geheim",
      "Toelichting-van-Tilburg-geheim",
      "Samenvatting-van-Tilburg-geheim",
      ...DEMO_SCANS.flatMap((x) => x.members.flatMap((m) => [m.name, m.email])),
      "@",
    ];
    expect(vreemd.length).toBeGreaterThan(20);
    expect(vreemd.filter((v) => tekst.includes(v))).toEqual([]);
    expect(v1!.versie).toBe(1);
    expect(Buffer.from(v1!.pdf).subarray(0, 5).toString()).toBe("%PDF-");
    expect(v1!.sha256).toBe(sha256Hex(v1!.pdf));
    const model = v1!.snapshot as TRapportModel;
    expect(model.soort).toBe("concept");
    expect(model.gemeente).toBe("Breda");
    expect(model.samenvatting.tekst).toContain("<script>alert(1)</script>");
    for (const lid of breda!.members) expect(JSON.stringify(model)).not.toContain(lid.name);
    const m = await mails("concept_beschikbaar");
    expect(m.map((x) => x.toEmail).sort()).toEqual(LEDEN);
    expect(m[0]!.html).toContain(`/scans/${scanId}/rapport`);
    expect(m[0]!.html).not.toContain("%PDF");
  });

  it("takes reactions only on the newest concept of your own scan, per known section", async () => {
    const [v1] = await concepten();
    await actAs(t, DEELNEMER);
    expect((await callAction(rapport.leaveFeedbackAction, { scanId, rapportId: v1!.id, sectieId: "geheim", tekst: "x" })).fieldErrors?.sectieId).toBeDefined();
    expect((await callAction(rapport.leaveFeedbackAction, { scanId, rapportId: v1!.id, sectieId: "profiel", tekst: "   " })).fieldErrors?.tekst).toBe(
      "Vul je reactie in.",
    );
    const ok = await callAction(rapport.leaveFeedbackAction, {
      scanId,
      rapportId: v1!.id,
      sectieId: "profiel",
      tekst: "Data lijkt te laag.",
    });
    expect(ok.redirect).toBe(`/scans/${scanId}/rapport?melding=reactie-geplaatst#sectie-profiel`);
    await actAs(t, "deelnemer.ict@tilburg.example");
    expect((await callAction(rapport.leaveFeedbackAction, { scanId, rapportId: v1!.id, sectieId: "profiel", tekst: "Van buiten" })).message).toBe(GEEN_TOEGANG);
    expect(
      (
        await callAction(rapport.leaveFeedbackAction, {
          scanId: tilburg!.id,
          rapportId: v1!.id,
          sectieId: "profiel",
          tekst: "Via eigen scan",
        })
      ).status,
    ).toBe("error");
    expect(await reacties()).toHaveLength(1);

    await actAs(t, BRAM);
    await callAction(schrijven.publishConceptAction, { scanId });
    const v2 = (await concepten()).find((c) => c.versie === 2)!;
    await actAs(t, PRIVACY);
    const oud = await callAction(rapport.leaveFeedbackAction, {
      scanId,
      rapportId: v1!.id,
      sectieId: "samenvatting",
      tekst: "Op versie 1",
    });
    expect(oud.message).toBe("Je kunt alleen reageren op de nieuwste versie van het concept. Laad de pagina opnieuw.");
    expect((await callAction(rapport.leaveFeedbackAction, { scanId, rapportId: v2.id, sectieId: "samenvatting", tekst: "Noem het RIEC." })).status).toBe("ok");
    expect(await reacties()).toHaveLength(2);
    expect(await concepten()).toHaveLength(2);
  });

  it("plans the meeting with an .ics for everybody; stap 6 waits for the meeting and handled reactions", async () => {
    await actAs(t, BRAM);
    expect((await callAction(feedback.startHandelingsperspectievenAction, { scanId, overlegGehouden: "ja" })).message).toBe(
      "Plan eerst het digitale overleg over het concept.",
    );
    const straks = toAmsterdamLocal(new Date(Date.now() + 2 * DAY));
    expect((await callAction(feedback.planOverlegAction, { scanId, overlegAt: straks, duur: "60", link: "javascript:alert(1)" })).fieldErrors?.link).toBe(
      "Vul een volledige link in die begint met https://.",
    );
    expect(
      (await callAction(feedback.planOverlegAction, { scanId, overlegAt: "2020-01-01T10:00", duur: "60", link: "https://meet.example/x" })).fieldErrors
        ?.overlegAt,
    ).toBe("Kies een moment in de toekomst.");
    expect(
      (await callAction(feedback.planOverlegAction, { scanId, overlegAt: straks, duur: "7", link: "https://meet.example/x" })).fieldErrors?.duur,
    ).toBeDefined();
    expect((await t.db.select().from(scans).where(eq(scans.id, scanId)))[0]!.overlegAt).toBeNull();
    await actAs(t, DEELNEMER);
    expect((await callAction(feedback.planOverlegAction, { scanId, overlegAt: straks, duur: "60", link: "https://meet.example/x" })).message).toBe(
      GEEN_TOEGANG,
    );

    await actAs(t, BRAM);
    const gepland = await callAction(feedback.planOverlegAction, {
      scanId,
      overlegAt: straks,
      duur: "60",
      link: "https://meet.example/breda",
    });
    expect(gepland.redirect).toBe(`/scans/${scanId}/rapport/feedback?melding=overleg-gepland`);
    const uitnodigingen = await mails("uitnodiging_overleg");
    expect(uitnodigingen).toHaveLength(LEDEN.length + 1);
    const ics = Buffer.from(uitnodigingen[0]!.attachments[0]!.content, "base64").toString("utf8");
    expect(ics).toContain("BEGIN:VCALENDAR");
    expect(ics).toContain(`UID:overleg-${scanId}@datavolwassenheidsscan`);
    expect(uitnodigingen[0]!.attachments[0]!.filename).toBe("digitaal-overleg.ics");

    expect((await callAction(feedback.startHandelingsperspectievenAction, { scanId })).message).toContain("is nog niet voorbij");
    expect((await callAction(feedback.startHandelingsperspectievenAction, { scanId, overlegGehouden: "ja" })).message).toBe(
      "Er zijn nog 2 reacties niet behandeld. Verwerk ze of wijs ze af, met een antwoord.",
    );
    const [eerste, tweede] = await reacties();
    await actAs(t, DEELNEMER);
    expect((await callAction(feedback.handleFeedbackAction, { scanId, feedbackId: eerste!.id, status: "verwerkt", antwoord: "Zelf gedaan" })).message).toBe(
      GEEN_TOEGANG,
    );
    await actAs(t, BRAM);
    expect((await callAction(feedback.handleFeedbackAction, { scanId, feedbackId: eerste!.id, status: "verwerkt", antwoord: "" })).fieldErrors?.antwoord).toBe(
      "Vul een antwoord in.",
    );
    expect(
      (await callAction(feedback.handleFeedbackAction, { scanId, feedbackId: eerste!.id, status: "misschien", antwoord: "Hm" })).fieldErrors?.status,
    ).toBeDefined();
    expect(
      (
        await callAction(feedback.handleFeedbackAction, {
          scanId,
          feedbackId: "5ca70000-0000-4000-8000-0000000000ff",
          status: "verwerkt",
          antwoord: "Ja",
        })
      ).message,
    ).toContain("bestaat niet");
    expect((await reacties()).every((r) => r.status === "open")).toBe(true);
    expect(
      (
        await callAction(feedback.handleFeedbackAction, {
          scanId,
          feedbackId: eerste!.id,
          status: "verwerkt",
          antwoord: "Aangepast in versie 3.",
        })
      ).status,
    ).toBe("ok");
    expect((await callAction(feedback.handleFeedbackAction, { scanId, feedbackId: tweede!.id, status: "afgewezen", antwoord: "Staat er al." })).status).toBe(
      "ok",
    );
    const door = await callAction(feedback.startHandelingsperspectievenAction, { scanId, overlegGehouden: "ja" });
    expect(door.redirect).toBe(`/scans/${scanId}/handelingsperspectieven?melding=stap-6`);
    expect(await stap()).toBe("handelingsperspectieven");
    // Issue 19.6: the members who vote are told; the begeleider who opened it is not.
    const stemmenOpen = await mails("stemmen_open");
    expect(stemmenOpen.map((m) => m.toEmail).sort()).toEqual([...LEDEN].sort());
    expect(stemmenOpen[0]!.text).toContain(`/scans/${scanId}/handelingsperspectieven`);

    const [v2] = (await concepten()).filter((c) => c.versie === 2);
    await actAs(t, DEELNEMER);
    expect((await callAction(rapport.leaveFeedbackAction, { scanId, rapportId: v2!.id, sectieId: "profiel", tekst: "Te laat" })).message).toContain(
      "alleen zolang het concept",
    );
    expect(await reacties()).toHaveLength(2);
  });

  it("takes proposals from everyone and exactly three votes from each member", async () => {
    await actAs(t, DEELNEMER);
    expect((await callAction(hp.proposeHandelingsperspectiefAction, { scanId, titel: "", omschrijving: "x", dimensieId: "data" })).fieldErrors?.titel).toBe(
      "Vul een titel in.",
    );
    expect(
      (await callAction(hp.proposeHandelingsperspectiefAction, { scanId, titel: "Iets", omschrijving: "x", dimensieId: "kleur" })).fieldErrors?.dimensieId,
    ).toBe("Kies de dimensie die dit handelingsperspectief verbetert.");
    for (const [who, titel, dim] of [
      [DEELNEMER, "Data-eigenaarschap beleggen", "governance"],
      [PRIVACY, "Convenant RIEC actualiseren", "samenwerking"],
      [BRAM, "Analysecapaciteit delen", "analyse"],
      [BRAM, "DEDA toepassen", "juridisch"],
    ] as const) {
      await actAs(t, who);
      expect(
        (
          await callAction(hp.proposeHandelingsperspectiefAction, {
            scanId,
            titel,
            omschrijving: `Omschrijving van ${titel}`,
            dimensieId: dim,
          })
        ).status,
      ).toBe("ok");
    }
    const lijst = await t.db.select().from(handelingsperspectieven).where(eq(handelingsperspectieven.scanId, scanId));
    const id = (titel: string) => lijst.find((h) => h.titel === titel)!.id;
    const [vreemd] = await t.db
      .insert(handelingsperspectieven)
      .values({
        scanId: tilburg!.id,
        titel: "Van Tilburg",
        omschrijving: "x",
        dimensieId: "data",
        proposedBy: await userId("deelnemer.ict@tilburg.example"),
        createdAt: new Date(),
        updatedAt: new Date(),
      })
      .returning();

    await actAs(t, BRAM);
    expect((await callAction(hp.saveStemmenAction, { scanId, hpIds: lijst.slice(0, 3).map((h) => h.id) })).message).toContain("Alleen deelnemers");
    await actAs(t, DEELNEMER);
    const a = id("Data-eigenaarschap beleggen"),
      b = id("Convenant RIEC actualiseren"),
      c = id("Analysecapaciteit delen"),
      d = id("DEDA toepassen");
    expect((await callAction(hp.saveStemmenAction, { scanId, hpIds: [a, b] })).fieldErrors?.hpIds).toContain("precies 3");
    expect((await callAction(hp.saveStemmenAction, { scanId, hpIds: [a, b, c, d] })).fieldErrors?.hpIds).toContain("je hebt er nu 4 gekozen");
    expect((await callAction(hp.saveStemmenAction, { scanId, hpIds: [a, a, b] })).status).toBe("error");
    expect((await callAction(hp.saveStemmenAction, { scanId, hpIds: [a, b, vreemd!.id] })).fieldErrors?.hpIds).toContain("bestaat niet");
    expect(await t.db.select().from(hpStemmen)).toHaveLength(0);
    expect((await callAction(hp.saveStemmenAction, { scanId, hpIds: [a, b, d] })).redirect).toBe(`/scans/${scanId}/handelingsperspectieven?melding=gestemd`);
    expect((await callAction(hp.saveStemmenAction, { scanId, hpIds: [a, b, c] })).status).toBe("ok");
    await actAs(t, PRIVACY);
    expect((await callAction(hp.saveStemmenAction, { scanId, hpIds: [a, b, c] })).status).toBe("ok");
    await actAs(t, "procesregisseur@breda.example");
    expect((await callAction(hp.saveStemmenAction, { scanId, hpIds: [a, c, d] })).status).toBe("ok");
    const stemmen = await t.db.select().from(hpStemmen).where(eq(hpStemmen.scanId, scanId));
    expect(stemmen).toHaveLength(9);
    expect(stemmen.filter((s) => s.hpId === a)).toHaveLength(3);

    // Issue 14.1: four different sets from one member at the same moment stored six votes and
    // two calls got the generic error. Each call must succeed and one complete set must stay.
    await actAs(t, DEELNEMER);
    const sets = [
      [a, b, c],
      [a, b, d],
      [a, c, d],
      [b, c, d],
    ];
    for (let round = 0; round < 3; round++) {
      const results = await Promise.all(sets.map((hpIds) => callAction(hp.saveStemmenAction, { scanId, hpIds })));
      for (const r of results) expect(r.status, r.message).not.toBe("error");
      const eigen = await t.db
        .select({ hpId: hpStemmen.hpId })
        .from(hpStemmen)
        .where(and(eq(hpStemmen.scanId, scanId), eq(hpStemmen.userId, await userId(DEELNEMER))));
      expect(eigen).toHaveLength(3);
      expect(sets.map((x) => [...x].sort().join())).toContain(
        eigen
          .map((e) => e.hpId)
          .sort()
          .join(),
      );
    }
    await callAction(hp.saveStemmenAction, { scanId, hpIds: [a, b, c] });
  });

  it("fixes the top 3 and finalizes: the definitief is stored with the sha256 of its PDF and prints the hash of its snapshot", async () => {
    const lijst = await t.db.select().from(handelingsperspectieven).where(eq(handelingsperspectieven.scanId, scanId));
    const id = (titel: string) => lijst.find((h) => h.titel === titel)!.id;
    const morgen = amsterdamDay(new Date(Date.now() + 30 * DAY));
    const velden = (over: Record<string, string> = {}) => ({
      scanId,
      hp1: id("Data-eigenaarschap beleggen"),
      eigenaar1: "Informatiemanager",
      termijn1: morgen,
      eersteStap1: "Registraties op een rij zetten",
      hp2: id("Convenant RIEC actualiseren"),
      eigenaar2: "Coördinator ondermijning",
      termijn2: morgen,
      eersteStap2: "Overleg met het RIEC plannen",
      hp3: id("Analysecapaciteit delen"),
      eigenaar3: "Teamleider I&A",
      termijn3: morgen,
      eersteStap3: "Verkennend gesprek met de buren",
      ...over,
    });
    await actAs(t, BRAM);
    expect((await callAction(top3.finalizeAction, { scanId })).message).toBe("Leg eerst de top 3 handelingsperspectieven vast.");
    await actAs(t, DEELNEMER);
    expect((await callAction(top3.fixTop3Action, velden())).message).toBe(GEEN_TOEGANG);
    expect((await callAction(top3.finalizeAction, { scanId })).message).toBe(GEEN_TOEGANG);
    await actAs(t, BRAM);
    expect((await callAction(top3.fixTop3Action, velden({ hp3: id("Data-eigenaarschap beleggen") }))).fieldErrors?.hp1).toBe(
      "Kies drie verschillende handelingsperspectieven.",
    );
    expect((await callAction(top3.fixTop3Action, velden({ termijn2: "2020-01-01" }))).fieldErrors?.termijn2).toBe(
      "De termijn van nummer 2 ligt in het verleden.",
    );
    expect((await callAction(top3.fixTop3Action, velden({ eigenaar1: "" }))).fieldErrors?.eigenaar1).toBe("Vul de eigenaar van nummer 1 in.");
    expect((await callAction(top3.fixTop3Action, velden({ doelNiveau1: "7" }))).fieldErrors?.doelNiveau1).toBe(
      "Kies een beoogd niveau van 1 tot 5 voor nummer 1.",
    );
    expect((await callAction(top3.fixTop3Action, velden({ indicator2: "x".repeat(501) }))).fieldErrors?.indicator2).toBe(
      "De indicator van nummer 2 mag niet langer zijn dan 500 tekens.",
    );
    expect((await t.db.select().from(handelingsperspectieven).where(eq(handelingsperspectieven.scanId, scanId))).every((h) => h.rang === null)).toBe(true);
    const extra = {
      doelNiveau1: "3",
      partners1: "RIEC",
      middelen1: "0,2 fte",
      indicator1: "Elke registratie heeft een eigenaar",
      doelNiveau2: "",
      partners2: "",
    };
    expect((await callAction(top3.fixTop3Action, velden(extra))).redirect).toBe(`/scans/${scanId}/handelingsperspectieven?melding=top3-vastgelegd`);
    const vast = await t.db.select().from(handelingsperspectieven).where(eq(handelingsperspectieven.scanId, scanId));
    expect(vast.find((h) => h.rang === 1)).toMatchObject({
      doelNiveau: 3,
      partners: "RIEC",
      middelen: "0,2 fte",
      indicator: "Elke registratie heeft een eigenaar",
    });
    expect(vast.find((h) => h.rang === 2)).toMatchObject({ doelNiveau: null, partners: null, middelen: null, indicator: null });

    // Issue 14.2, the phase table cell by cell: once the top 3 is fixed nobody votes or
    // proposes, the begeleider can still correct it or open voting again.
    const stemmenVoor = await t.db.select().from(hpStemmen).where(eq(hpStemmen.scanId, scanId));
    await actAs(t, DEELNEMER);
    const gesloten = await callAction(hp.saveStemmenAction, {
      scanId,
      hpIds: [id("DEDA toepassen"), id("Convenant RIEC actualiseren"), id("Analysecapaciteit delen")],
    });
    expect(gesloten.fieldErrors?.hpIds).toBe("Stemmen kan alleen in stap 6, tot de top 3 is vastgesteld.");
    expect((await callAction(hp.proposeHandelingsperspectiefAction, { scanId, titel: "Te laat", omschrijving: "x", dimensieId: "data" })).message).toBe(
      "Voorstellen kan in stap 5 en 6, tot de top 3 is vastgesteld.",
    );
    expect(await t.db.select().from(hpStemmen).where(eq(hpStemmen.scanId, scanId))).toEqual(stemmenVoor);
    expect((await t.db.select().from(handelingsperspectieven).where(eq(handelingsperspectieven.scanId, scanId))).map((h) => h.titel)).not.toContain("Te laat");
    await actAs(t, BRAM);
    expect((await callAction(top3.reopenStemmenAction, { scanId })).redirect).toBe(`/scans/${scanId}/handelingsperspectieven?melding=stemmen-heropend`);
    expect((await t.db.select().from(handelingsperspectieven).where(eq(handelingsperspectieven.scanId, scanId))).every((h) => h.rang === null)).toBe(true);
    expect((await callAction(top3.finalizeAction, { scanId })).message).toBe("Leg eerst de top 3 handelingsperspectieven vast.");
    expect((await callAction(top3.reopenStemmenAction, { scanId })).message).toBe(
      "Stemmen heropenen kan alleen als de top 3 is vastgesteld en het eindrapport nog niet.",
    );
    await actAs(t, DEELNEMER);
    expect(
      (
        await callAction(hp.saveStemmenAction, {
          scanId,
          hpIds: [id("Data-eigenaarschap beleggen"), id("Convenant RIEC actualiseren"), id("Analysecapaciteit delen")],
        })
      ).status,
    ).toBe("ok");
    await actAs(t, BRAM);
    expect((await callAction(top3.fixTop3Action, velden(extra))).redirect).toBe(`/scans/${scanId}/handelingsperspectieven?melding=top3-vastgelegd`);
    // Fixing again corrects an owner; the top 3 stays fixed.
    expect((await callAction(top3.fixTop3Action, velden({ ...extra, eigenaar3: "Teamleider Informatie & Analyse" }))).status).toBe("ok");

    const klaar = await callAction(top3.finalizeAction, { scanId });
    expect(klaar.redirect).toBe(`/scans/${scanId}?melding=afgerond`);
    // Issue 19.1: the report's Verloop runs forward, whatever was closed or confirmed early.
    const [def0] = await t.db
      .select()
      .from(rapporten)
      .where(and(eq(rapporten.scanId, scanId), eq(rapporten.soort, "definitief")));
    const stappen = (def0!.snapshot as TRapportModel).werkwijze.stappen;
    expect(
      stappen.every((s) => s.datum !== null),
      JSON.stringify(stappen),
    ).toBe(true);
    const tijden = stappen.map((s) => Date.parse(s.datum!));
    expect(tijden, JSON.stringify(stappen)).toEqual([...tijden].sort((a, b) => a - b));
    const [scan] = await t.db.select().from(scans).where(eq(scans.id, scanId));
    expect(scan!.stap).toBe("afgerond");
    expect(scan!.afgerondAt).not.toBeNull();
    const [def] = await t.db
      .select()
      .from(rapporten)
      .where(and(eq(rapporten.scanId, scanId), eq(rapporten.soort, "definitief")));
    expect(def!.versie).toBe(1);
    expect(def!.sha256).toBe(sha256Hex(def!.pdf));
    const model = def!.snapshot as TRapportModel;
    expect(model.handelingsperspectieven.items.map((h) => [h.rang, h.titel, h.stemmen])).toEqual([
      [1, "Data-eigenaarschap beleggen", 3],
      [2, "Convenant RIEC actualiseren", 2],
      [3, "Analysecapaciteit delen", 3],
    ]);
    expect(model.reacties).toEqual([
      { sectie: "Profiel", tekst: "Data lijkt te laag.", status: "verwerkt", antwoord: "Aangepast in versie 3." },
      { sectie: "Samenvatting", tekst: "Noem het RIEC.", status: "afgewezen", antwoord: "Staat er al." },
    ]);
    // The hash printed in the PDF is recomputed from the snapshot as it came back from jsonb.
    const text = (await pdfText(def!.pdf)).replace(/\s+/g, "");
    expect(text).toContain(snapshotSha256(def!.snapshot));
    expect(text).not.toContain("CONCEPT");
    const m = await mails("definitief_rapport");
    expect(m.map((x) => x.toEmail).sort()).toEqual(LEDEN);
    expect(m[0]!.text).toContain("Data-eigenaarschap beleggen");
  });

  it("never changes a finalized report: every later action is refused", async () => {
    const before = await t.db.select().from(rapporten).where(eq(rapporten.scanId, scanId));
    const [def] = before.filter((r) => r.soort === "definitief");
    const [v2] = before.filter((r) => r.versie === 2);
    const [reactie] = await reacties();
    const [eenHp] = await t.db.select().from(handelingsperspectieven).where(eq(handelingsperspectieven.scanId, scanId));
    await actAs(t, BRAM);
    for (const [action, fields] of [
      [top3.finalizeAction, { scanId }],
      [schrijven.publishConceptAction, { scanId }],
      [schrijven.saveRapportTekstenAction, { scanId, samenvatting: "Achteraf" }],
      [feedback.handleFeedbackAction, { scanId, feedbackId: reactie!.id, status: "afgewezen", antwoord: "Toch niet" }],
      [feedback.planOverlegAction, { scanId, overlegAt: toAmsterdamLocal(new Date(Date.now() + DAY)), duur: "60", link: "https://meet.example/y" }],
      [
        top3.fixTop3Action,
        {
          scanId,
          hp1: eenHp!.id,
          eigenaar1: "x",
          termijn1: "2099-01-01",
          eersteStap1: "x",
          hp2: eenHp!.id,
          eigenaar2: "x",
          termijn2: "2099-01-01",
          eersteStap2: "x",
          hp3: eenHp!.id,
          eigenaar3: "x",
          termijn3: "2099-01-01",
          eersteStap3: "x",
        },
      ],
    ] as const) {
      const r = await callAction(action as never, fields as never);
      expect(r.status, String((action as { actionName: string }).actionName)).toBe("error");
    }
    await actAs(t, DEELNEMER);
    expect((await callAction(rapport.leaveFeedbackAction, { scanId, rapportId: v2!.id, sectieId: "profiel", tekst: "Na afloop" })).status).toBe("error");
    expect((await callAction(hp.proposeHandelingsperspectiefAction, { scanId, titel: "Nog een", omschrijving: "x", dimensieId: "data" })).status).toBe("error");
    expect((await callAction(hp.saveStemmenAction, { scanId, hpIds: [eenHp!.id] })).status).toBe("error");
    const after = await t.db.select().from(rapporten).where(eq(rapporten.scanId, scanId));
    expect(after).toHaveLength(before.length);
    const [defNa] = after.filter((r) => r.soort === "definitief");
    expect(defNa!.sha256).toBe(def!.sha256);
    expect(defNa!.createdAt.getTime()).toBe(def!.createdAt.getTime());
    expect(snapshotSha256(defNa!.snapshot)).toBe(snapshotSha256(def!.snapshot));
    expect((await t.db.select().from(rapportTeksten).where(eq(rapportTeksten.sleutel, "samenvatting")))[0]!.tekst).not.toBe("Achteraf");
    expect((await reacties()).find((r) => r.id === reactie!.id)!.status).toBe(reactie!.status);
  });
});
