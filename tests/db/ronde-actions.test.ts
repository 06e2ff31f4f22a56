/**
 * Live workshop rounds against PostgreSQL and PGlite (issue 18): the begeleider opens, reveals
 * and closes; members answer while the round is open, the last answer counts, also when two
 * arrive at once; a second round keeps the first; the stand names nobody.
 */
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, rondeStemmen, workshopRondes } from "@/db/schema";
import { DEMO, DEMO_SCANS } from "@/db/seed";
import { actAs, callAction, callActionAs, loadAfterSetup, seededActionDb } from "../support/action-harness";
import { testDrivers } from "../support/test-db";

const drivers = await testDrivers();
const eindhoven = DEMO_SCANS[3]!;
const scanId = eindhoven.id;
const ANNA = DEMO.begeleiders[0].email;
const EMRE = "deelnemer.ondermijning@eindhoven.example";
const LOTTE = "deelnemer.privacy@eindhoven.example";

describe.each(drivers)("workshop rounds on %s", (driver) => {
  const t = seededActionDb(driver);
  const a = loadAfterSetup(async () => ({
    ...(await import("@/lib/actions/workshop/open-ronde")),
    ...(await import("@/lib/actions/workshop/wijzig-ronde")),
    ...(await import("@/lib/actions/workshop/stem-in-ronde")),
    ...(await import("@/lib/data/rondes")),
  }));
  let ronde = "";

  const open = async (dimensieId = "opgave") => {
    await actAs(t, ANNA);
    return callAction(a.openRondeAction, { scanId, dimensieId });
  };
  const stem = async (email: string, antwoord: string, toelichting?: string) => {
    await actAs(t, email);
    return callAction(a.stemInRondeAction, { scanId, rondeId: ronde, antwoord, ...(toelichting ? { toelichting } : {}) });
  };

  beforeAll(async () => {
    expect((await open()).status).toBe("ok");
    [{ id: ronde }] = (await t.db.select({ id: workshopRondes.id }).from(workshopRondes).where(eq(workshopRondes.scanId, scanId))) as [{ id: string }];
  });

  it("opens one round at a time, and only the begeleider can", async () => {
    expect((await open("data")).message).toBe("Er is al een ronde open. Sluit die eerst.");
    await actAs(t, EMRE);
    expect((await callAction(a.openRondeAction, { scanId, dimensieId: "data" })).message).toBe("Deze scan bestaat niet of je hebt er geen toegang toe.");
    expect(await t.db.select().from(workshopRondes).where(eq(workshopRondes.scanId, scanId))).toHaveLength(1);
  });

  it("takes a member's answer and replaces it by the next; the stand counts without names", async () => {
    expect((await stem(EMRE, "2")).status).toBe("ok");
    expect((await stem(EMRE, "4", "Na het gesprek  toch  hoger")).status).toBe("ok");
    expect((await stem(LOTTE, "weet_niet")).status).toBe("ok");
    const rows = await t.db.select().from(rondeStemmen).where(eq(rondeStemmen.rondeId, ronde));
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.weetNiet === false)).toMatchObject({ niveau: "4.0", toelichting: "Na het gesprek toch hoger" });
    const stand = await a.loadRondeStand(scanId);
    expect(stand.ronde).toMatchObject({
      id: ronde,
      status: "open",
      onthuld: false,
      uitslag: { antwoorden: 2, verdeling: [0, 0, 0, 1, 0], weetNiet: 1, mediaan: 4 },
    });
    // The procesregisseur may answer too, so counts among those who can.
    expect(stand.leden).toBe(eindhoven.members.length);
    expect(JSON.stringify(stand)).not.toMatch(/Emre|Lotte|eindhoven\.example/);
    // The audit says who voted in which round, not what.
    const audits = await t.db.select().from(auditLog).where(eq(auditLog.action, "workshop.ronde_gestemd"));
    expect(audits.length).toBeGreaterThanOrEqual(3);
    expect(JSON.stringify(audits.map((x) => x.details))).not.toContain("hoger");
  });

  it("refuses a begeleider's vote (not a member), an unknown answer and a reason of more than one line's worth", async () => {
    await actAs(t, ANNA);
    expect((await callAction(a.stemInRondeAction, { scanId, rondeId: ronde, antwoord: "3" })).message).toBe(
      "Deze scan bestaat niet of je hebt er geen toegang toe.",
    );
    expect((await stem(EMRE, "7")).fieldErrors?.antwoord).toBe("Kies een niveau, of 'weet ik niet'.");
    expect((await stem(EMRE, "3", "x".repeat(201))).fieldErrors?.toelichting).toBe("Houd de toelichting korter dan 200 tekens.");
    const [r] = await t.db
      .select()
      .from(rondeStemmen)
      .where(and(eq(rondeStemmen.rondeId, ronde), eq(rondeStemmen.weetNiet, false)));
    expect(r!.niveau).toBe("4.0");
  });

  it("keeps one answer per member when two arrive at the same moment: the last to commit counts", async () => {
    await actAs(t, EMRE);
    const r = await Promise.all(["1", "5"].map((antwoord) => callAction(a.stemInRondeAction, { scanId, rondeId: ronde, antwoord })));
    expect(r.map((x) => x.status)).toEqual(["ok", "ok"]);
    const rows = await t.db
      .select()
      .from(rondeStemmen)
      .where(and(eq(rondeStemmen.rondeId, ronde), eq(rondeStemmen.weetNiet, false)));
    expect(rows).toHaveLength(1);
    expect(["1.0", "5.0"]).toContain(rows[0]!.niveau);
  });

  it("reveals, closes, refuses a vote after closing, and a second round keeps the first", async () => {
    await actAs(t, ANNA);
    expect((await callAction(a.wijzigRondeAction, { scanId, rondeId: ronde, stap: "onthullen" })).status).toBe("ok");
    expect((await callAction(a.wijzigRondeAction, { scanId, rondeId: ronde, stap: "onthullen" })).message).toBe("De verdeling is al getoond.");
    expect((await callAction(a.wijzigRondeAction, { scanId, rondeId: ronde, stap: "sluiten" })).status).toBe("ok");
    expect((await stem(LOTTE, "3")).message).toBe("Deze ronde is gesloten: je antwoord kan niet meer veranderen.");
    expect((await open()).status).toBe("ok");
    const rondes = await a.listRondes(scanId, "opgave");
    expect(rondes.map((x) => [x.nummer, x.status, x.uitslag.antwoorden])).toEqual([
      [1, "gesloten", 2],
      [2, "open", 0],
    ]);
  });

  it("a close racing with votes: every vote is either in before the close or refused, never after it", async () => {
    const [tweede] = await t.db
      .select()
      .from(workshopRondes)
      .where(and(eq(workshopRondes.scanId, scanId), eq(workshopRondes.status, "open")));
    ronde = tweede!.id;
    const leden = ["deelnemer.ict@eindhoven.example", "deelnemer.data@eindhoven.example", EMRE, LOTTE];
    const uitkomsten = await Promise.all([
      ...leden.map((email, i) => callActionAs(t, email, a.stemInRondeAction, { scanId, rondeId: ronde, antwoord: String(i + 1) })),
      callActionAs(t, ANNA, a.wijzigRondeAction, { scanId, rondeId: ronde, stap: "sluiten" }),
    ]);
    expect(uitkomsten.at(-1)!.status).toBe("ok");
    for (const u of uitkomsten.slice(0, -1))
      expect(u.status === "ok" || u.message === "Deze ronde is gesloten: je antwoord kan niet meer veranderen.").toBe(true);
    const [dicht] = await t.db.select().from(workshopRondes).where(eq(workshopRondes.id, ronde));
    const stemmen = await t.db.select().from(rondeStemmen).where(eq(rondeStemmen.rondeId, ronde));
    expect(stemmen.length).toBe(uitkomsten.slice(0, -1).filter((u) => u.status === "ok").length);
    for (const v of stemmen) expect(v.updatedAt.getTime()).toBeLessThanOrEqual(dicht!.geslotenAt!.getTime());
  });

  it("answers a round id of another scan as one that does not exist", async () => {
    const breda = DEMO_SCANS[2]!.id;
    await actAs(t, DEMO.begeleiders[1].email);
    // Bram runs Breda's workshop, but this round is Eindhoven's.
    expect((await callAction(a.wijzigRondeAction, { scanId: breda, rondeId: ronde, stap: "sluiten" })).message).toBe("Deze ronde bestaat niet.");
    const [nog] = await t.db.select().from(workshopRondes).where(eq(workshopRondes.id, ronde));
    expect(nog!.scanId).toBe(scanId);
  });
});
