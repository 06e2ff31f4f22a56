/**
 * Who sees what of the answers: the procesregisseur only counts, begeleiders of the scan the
 * CSV with every submitted answer (BOM, semicolons, formulas defused, no names), everyone
 * else the same 404 as for a scan that does not exist. Plus the demo answers in the seed.
 */

import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { antwoorden, scanMembers } from "@/db/schema";
import { DEMO, DEMO_SCANS, seedDemo } from "@/db/seed";
import { berekenScan, getModel, type TAnswer, workshopAgenda } from "@/lib/analysetool";
import { ANTWOORD_VELDEN } from "@/lib/data/ingediende-antwoorden";
import { actAs, loadAfterSetup, memberIdOf, seededActionDb } from "../support/action-harness";
import { testDrivers } from "../support/test-db";

const drivers = await testDrivers();
const [, tilburg, breda] = DEMO_SCANS as [(typeof DEMO_SCANS)[number], (typeof DEMO_SCANS)[number], (typeof DEMO_SCANS)[number]];

describe.each(drivers)("analysetool answers: who sees what, on %s", (driver) => {
  const t = seededActionDb(driver);
  const route = loadAfterSetup(() => import("@/app/api/scans/[scanId]/antwoorden/route"));
  const data = loadAfterSetup(() => import("@/lib/data/analysetool"));

  const csvFor = (scanId: string) => route.GET(new Request(`http://localhost/api/scans/${scanId}/antwoorden`), { params: Promise.resolve({ scanId }) });

  it("gives an assigned begeleider every submitted answer as CSV that Excel opens", async () => {
    const ict = { id: await memberIdOf(t, breda.id, "deelnemer.ict@breda.example") };
    await t.db
      .update(antwoorden)
      .set({ toelichting: '=HYPERLINK("http://evil.example")' })
      .where(and(eq(antwoorden.memberId, ict!.id), eq(antwoorden.vraagId, "opgave.q2")));

    await actAs(t, DEMO.begeleiders[1].email);
    const res = await csvFor(breda.id);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="antwoorden-breda-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    const bytes = new Uint8Array(await res.clone().arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = (await res.text()).replace(/^\uFEFF/, "");
    const lines = text.trimEnd().split("\r\n");
    expect(lines[0]).toBe("deelnemer;rol;ingediend_op;te_laat;dimensie;vraag_id;vraag;niveau;niveau_naam;geen_oordeel;toelichting;open_antwoord;gewijzigd_op");
    expect(lines).toHaveLength(1 + 3 * 50);
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(text).toContain("Deelnemer 1;Ondermijning;");
    for (const m of breda.members) {
      expect(text).not.toContain(m.email);
      expect(text).not.toContain(m.name);
    }
    expect(text).not.toMatch(/;ja;/); // Breda's tools came in before the deadline
  });

  it("answers everyone else with the same 404 as a scan that does not exist", async () => {
    const missing = async () => {
      const r = await csvFor("00000000-0000-4000-8000-000000000000");
      return [r.status, await r.text()];
    };
    await actAs(t, DEMO.begeleiders[1].email);
    const expected = await missing();
    expect(expected[0]).toBe(404);
    for (const who of [DEMO.begeleiders[0].email, "procesregisseur@breda.example", "deelnemer.ict@breda.example", "deelnemer.ict@tilburg.example", null]) {
      await actAs(t, who);
      const r = await csvFor(breda.id);
      expect([r.status, await r.text()], String(who)).toEqual(expected);
      expect(r.headers.get("content-disposition")).toBeNull();
    }
    await actAs(t, DEMO.begeleiders[1].email);
    expect((await csvFor("niet-een-id")).status).toBe(404);
  });

  it("gives progress as counts per deelnemer, never answer contents", async () => {
    const rijen = await data.listVoortgang(tilburg.id, getModel("2026.1"));
    const perNaam = Object.fromEntries(rijen.map((r) => [r.naam, [r.beantwoord, r.totaal, r.ingediendAt !== null]]));
    expect(perNaam).toEqual({
      "Daan Data": [0, 50, false],
      "Dewi Ondermijning": [14, 50, false],
      "Ilse ICT": [0, 50, false],
      "Pim Privacy": [50, 50, true],
      "Tom Regisseur": [3, 50, false],
    });
    expect(Object.keys(rijen[0]!).sort()).toEqual(["beantwoord", "functie", "ingediendAt", "memberId", "naam", "rol", "totaal"]);
  });

  it("seeds Breda with complete, submitted tools whose disagreement gives the workshop something to discuss", async () => {
    const rows = await t.db
      .select(ANTWOORD_VELDEN)
      .from(antwoorden)
      .innerJoin(scanMembers, eq(scanMembers.id, antwoorden.memberId))
      .where(eq(antwoorden.scanId, breda.id));
    const members = await t.db.select().from(scanMembers).where(eq(scanMembers.scanId, breda.id));
    const deelnemers = members.filter((m) => m.rol);
    expect(deelnemers.every((m) => m.ingediendAt !== null)).toBe(true);
    expect(rows).toHaveLength(deelnemers.length * 50);
    const model = getModel("2026.1");
    const result = berekenScan(model, rows as TAnswer[]);
    const onderwerpen = result.vragen.filter((v) => v.gespreksonderwerp).map((v) => v.vraagId);
    expect(onderwerpen).toEqual(["samenwerking.q2", "techniek.q2"]);
    expect(result.vragen.find((v) => v.vraagId === "data.q4")?.kennislacune).toBe(true);
    expect(workshopAgenda(result, model).length).toBeGreaterThanOrEqual(2);
  });

  it("seeds idempotently: a second run changes no answer and no submission", async () => {
    const snapshot = async () => ({
      a: await t.db.select().from(antwoorden).orderBy(antwoorden.id),
      m: await t.db.select({ id: scanMembers.id, at: scanMembers.ingediendAt }).from(scanMembers).orderBy(scanMembers.id),
    });
    const before = await snapshot();
    await seedDemo(t.db);
    expect(await snapshot()).toEqual(before);
  });
});
