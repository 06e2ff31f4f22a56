import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MIN_GEMEENTEN, toonbareGroepen } from "./onthulling";

const gemeenten = (van: number, tot: number) => Array.from({ length: tot - van }, (_, i) => `g${van + i}`);

/**
 * Every set of gemeenten one can compute from the shown groups' figures by adding and
 * subtracting them (coefficients −1, 0, 1): the non-empty ones that are real sets (0/1).
 */
function berekenbareSets(groepen: string[][]): number[] {
  const alle = [...new Set(groepen.flat())];
  const uit: number[] = [];
  const coeff = new Array<number>(groepen.length).fill(-1);
  const volgende = () => {
    for (let i = 0; i < coeff.length; i++) {
      if (coeff[i]! < 1) {
        coeff[i]!++;
        return true;
      }
      coeff[i] = -1;
    }
    return false;
  };
  do {
    const waarden = alle.map((g) => groepen.reduce((s, leden, i) => s + (leden.includes(g) ? coeff[i]! : 0), 0));
    if (waarden.every((w) => w === 0 || w === 1) && waarden.some((w) => w === 1)) uit.push(waarden.filter((w) => w === 1).length);
  } while (volgende());
  return uit;
}

describe("which benchmark groups may be shown", () => {
  it("shows the country and its regions, and suppresses a region of fewer than ten", () => {
    const r = toonbareGroepen([
      { id: "nl", leden: gemeenten(0, 50) },
      { id: "riec-a", leden: gemeenten(0, 20) },
      { id: "riec-b", leden: gemeenten(20, 40) },
      { id: "riec-c", leden: gemeenten(40, 45) },
    ]);
    expect(r).toEqual({ getoond: ["nl", "riec-a", "riec-b"], onderdrukt: ["riec-c"] });
  });

  it("suppresses the last region when the rest of the country would be the few left over", () => {
    // nl − a − b would be riec-c's five: b is suppressed, so what is left over is 25.
    const r = toonbareGroepen([
      { id: "nl", leden: gemeenten(0, 45) },
      { id: "riec-a", leden: gemeenten(0, 20) },
      { id: "riec-b", leden: gemeenten(20, 40) },
      { id: "riec-c", leden: gemeenten(40, 45) },
    ]);
    expect(r).toEqual({ getoond: ["nl", "riec-a"], onderdrukt: ["riec-b", "riec-c"] });
    const zonderC = toonbareGroepen([
      { id: "nl", leden: gemeenten(0, 29) },
      { id: "riec-a", leden: gemeenten(0, 12) },
      { id: "riec-b", leden: gemeenten(12, 24) },
    ]);
    // 29 − 12 − 12 = 5: showing b would reveal those five.
    expect(zonderC).toEqual({ getoond: ["nl", "riec-a"], onderdrukt: ["riec-b"] });
  });

  it("never shows two groups that differ by fewer than ten, but does show the same set twice", () => {
    // A province that is exactly its RIEC region shows the same figures twice: nothing new.
    expect(
      toonbareGroepen([
        { id: "nl", leden: gemeenten(0, 40) },
        { id: "provincie", leden: gemeenten(0, 30) },
        { id: "riec", leden: gemeenten(0, 30) },
      ]),
    ).toEqual({ getoond: ["nl", "provincie", "riec"], onderdrukt: [] });
    expect(
      toonbareGroepen([
        { id: "nl", leden: gemeenten(0, 40) },
        { id: "bijna", leden: gemeenten(0, 33) },
      ]).onderdrukt,
    ).toEqual(["bijna"]);
  });

  it("checks a new edition against what earlier editions showed: a country grown by five is not shown again", () => {
    const eerder = [gemeenten(0, 20)];
    expect(toonbareGroepen([{ id: "nl", leden: gemeenten(0, 25) }], { alGetoond: eerder }).getoond).toEqual([]);
    expect(toonbareGroepen([{ id: "nl", leden: gemeenten(0, 30) }], { alGetoond: eerder }).getoond).toEqual(["nl"]);
    // Replacing five gemeenten's scans by their herhaalmeting changes five members: not again either.
    expect(toonbareGroepen([{ id: "nl", leden: [...gemeenten(0, 15), ...gemeenten(100, 105)] }], { alGetoond: eerder }).getoond).toEqual([]);
  });

  it("property: nothing the shown groups allow to compute is a set of fewer than ten gemeenten", () => {
    const groep = (n: number) => fc.uniqueArray(fc.integer({ min: 0, max: n - 1 }), { minLength: 0, maxLength: n }).map((xs) => xs.map((x) => `g${x}`));
    fc.assert(
      fc.property(
        fc
          .integer({ min: 10, max: 45 })
          .chain((n) => fc.tuple(fc.constant(n), fc.array(groep(n), { minLength: 1, maxLength: 6 }), fc.array(groep(n), { maxLength: 2 }))),
        ([n, groepen, eerderKandidaten]) => {
          // Earlier editions: whatever the rule let through then stays shown.
          const eerder = toonbareGroepen(eerderKandidaten.map((leden, i) => ({ id: `e${i}`, leden })));
          const alGetoond = eerderKandidaten.filter((_, i) => eerder.getoond.includes(`e${i}`));
          const kandidaten = [{ id: "nl", leden: gemeenten(0, n) }, ...groepen.map((leden, i) => ({ id: `x${i}`, leden }))];
          const r = toonbareGroepen(kandidaten, { alGetoond });
          const getoond = [...alGetoond.map((leden, i) => ({ id: `oud${i}`, leden })), ...kandidaten.filter((k) => r.getoond.includes(k.id))];
          expect(r.getoond.length + r.onderdrukt.length).toBe(kandidaten.length);
          for (const g of getoond) expect(new Set(g.leden).size).toBeGreaterThanOrEqual(MIN_GEMEENTEN);
          for (const grootte of berekenbareSets(getoond.map((g) => [...new Set(g.leden)]))) expect(grootte).toBeGreaterThanOrEqual(MIN_GEMEENTEN);
        },
      ),
      { numRuns: 300 },
    );
  });
});
