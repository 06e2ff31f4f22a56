import { describe, expect, it } from "vitest";
import { radarGeometry, type TRadarInput, valueToRadius } from "./radar";

const DIMENSIES = ["opgave", "samenwerking", "governance", "juridisch", "cultuur", "data", "techniek", "analyse"];
const axes = DIMENSIES.map((id) => ({ id, label: id }));

function input(over: Partial<TRadarInput> = {}): TRadarInput {
  return { axes, series: [], size: 400, padding: 40, ...over };
}

describe("radarGeometry: axes", () => {
  const g = radarGeometry(input());

  it("puts the centre in the middle and the outer radius inside the padding", () => {
    expect(g.center).toEqual({ x: 200, y: 200 });
    expect(g.radius).toBe(160);
  });

  it("starts the first axis straight up and goes round clockwise in 45° steps", () => {
    expect(g.axes.map((a) => a.angle)).toEqual([0, 45, 90, 135, 180, 225, 270, 315]);
    expect(g.axes[0]!.end).toEqual({ x: 200, y: 40 });
    // 45°: up and to the right, 160·√½ = 113.14 along each direction.
    expect(g.axes[1]!.end).toEqual({ x: 313.14, y: 86.86 });
    expect(g.axes[2]!.end).toEqual({ x: 360, y: 200 });
    expect(g.axes[4]!.end).toEqual({ x: 200, y: 360 });
    expect(g.axes[6]!.end).toEqual({ x: 40, y: 200 });
  });

  it("aligns labels away from the chart depending on the side", () => {
    const align = g.axes.map((a) => [a.labelAnchor.textAnchor, a.labelAnchor.dominantBaseline]);
    expect(align).toEqual([
      ["middle", "auto"],
      ["start", "auto"],
      ["start", "middle"],
      ["start", "hanging"],
      ["middle", "hanging"],
      ["end", "hanging"],
      ["end", "middle"],
      ["end", "auto"],
    ]);
    expect(g.axes[0]!.labelAnchor).toMatchObject({ x: 200, y: 32 });
    expect(g.axes[2]!.labelAnchor).toMatchObject({ x: 368, y: 200 });
  });
});

describe("radarGeometry: scale and rings", () => {
  it("draws one closed ring per ring value, the outer one on the axis ends", () => {
    const g = radarGeometry(input());
    expect(g.rings).toHaveLength(5);
    expect(g.rings.map((r) => r.value)).toEqual([1, 2, 3, 4, 5]);
    const outer = g.rings[4]!;
    expect(outer.coords).toEqual(g.axes.map((a) => a.end));
    expect(outer.points.split(" ")).toHaveLength(8);
    expect(outer.points.startsWith("200,40 313.14,86.86 ")).toBe(true);
  });

  it("spaces the 1–5 rings evenly, with 1 at a fifth of the radius (0 would be the centre)", () => {
    const g = radarGeometry(input());
    expect(g.innerRadius).toBe(32);
    expect(g.rings.map((r) => r.radius)).toEqual([32, 64, 96, 128, 160]);
    expect(valueToRadius(3, { min: 1, max: 5, radius: 100, innerFraction: 0 })).toBe(50);
  });

  it("clamps values outside the scale", () => {
    const scale = { min: 1, max: 5, radius: 160, innerFraction: 0.2 };
    expect(valueToRadius(7, scale)).toBe(160);
    expect(valueToRadius(0, scale)).toBe(32);
  });

  it("honours custom rings and scale", () => {
    const g = radarGeometry(input({ min: 0, max: 10, rings: [5, 10], innerFraction: 0 }));
    expect(g.rings.map((r) => r.radius)).toEqual([80, 160]);
  });
});

describe("radarGeometry: series", () => {
  it("puts the maximum on the outer ring and the minimum on the inner one", () => {
    const g = radarGeometry(
      input({
        series: [
          { id: "max", label: "max", values: Array(8).fill(5) },
          { id: "min", label: "min", values: Array(8).fill(1) },
        ],
      }),
    );
    const [top, bottom] = g.series;
    expect(top!.coords.map(({ x, y }) => ({ x, y }))).toEqual(g.rings[4]!.coords);
    expect(top!.points).toBe(g.rings[4]!.points);
    expect(bottom!.points).toBe(g.rings[0]!.points);
    expect(top!.incomplete).toBe(false);
    expect(top!.segments).toHaveLength(1);
    expect(top!.edges).toHaveLength(8); // closed: last point connects back to the first
  });

  it("places an intermediate value on its axis at the interpolated radius", () => {
    const g = radarGeometry(input({ series: [{ id: "s", label: "s", values: [3, 3.5, 3, 3, 3, 3, 3, 3] }] }));
    const p = g.series[0]!.coords[1]!;
    // 3.5 → 32 + 2.5/4·128 = 112 at 45°.
    expect(p).toMatchObject({ axisIndex: 1, axisId: "samenwerking", value: 3.5, x: 279.2, y: 120.8 });
  });

  it("leaves out null values, marks the series incomplete and splits it into runs", () => {
    const g = radarGeometry(input({ series: [{ id: "s", label: "s", values: [4, 4, null, 3, 3, null, 2, 2], dashed: true }] }));
    const s = g.series[0]!;
    expect(s.incomplete).toBe(true);
    expect(s.dashed).toBe(true);
    expect(s.coords.map((p) => p.axisIndex)).toEqual([0, 1, 3, 4, 6, 7]);
    expect(s.points.split(" ")).toHaveLength(6);
    // The run over the last and first axes wraps round the circle.
    expect(s.segments.map((run) => run.map((p) => p.axisIndex))).toEqual([
      [3, 4],
      [6, 7, 0, 1],
    ]);
    expect(s.edges.map((e) => [e.from.axisIndex, e.to.axisIndex])).toEqual([
      [3, 4],
      [6, 7],
      [7, 0],
      [0, 1],
    ]);
    expect(s.edges.every((e) => e.dashed)).toBe(true);
  });

  it("keeps a lone score as a one-point run and an empty series empty", () => {
    const g = radarGeometry(
      input({
        series: [
          { id: "lone", label: "lone", values: [null, null, 3, null, null, null, null, null] },
          { id: "none", label: "none", values: Array(8).fill(null) },
        ],
      }),
    );
    expect(g.series[0]!.segments.map((r) => r.length)).toEqual([1]);
    expect(g.series[0]!.edges).toEqual([]);
    expect(g.series[1]).toMatchObject({ incomplete: true, coords: [], points: "", segments: [], edges: [] });
  });

  it("dashes only the lines that touch an indicative point", () => {
    const dashedPoints = [false, false, true, false, false, false, false, false];
    const g = radarGeometry(input({ series: [{ id: "s", label: "s", values: Array(8).fill(3), dashedPoints }] }));
    const dashed = g.series[0]!.edges.filter((e) => e.dashed).map((e) => [e.from.axisIndex, e.to.axisIndex]);
    expect(dashed).toEqual([
      [1, 2],
      [2, 3],
    ]);
  });

  it("refuses a series whose length does not match the axes", () => {
    expect(() => radarGeometry(input({ series: [{ id: "s", label: "s", values: [1, 2, 3] }] }))).toThrow(/3 values/);
  });
});

describe("radarGeometry: theme sectors", () => {
  const sectors = [
    { label: "Ondermijning", fromAxis: "opgave", toAxis: "samenwerking" },
    { label: "Mens en Organisatie", fromAxis: "governance", toAxis: "cultuur" },
    { label: "Data en Software", fromAxis: 5, toAxis: 7 },
  ];

  it("makes wedges that run halfway between axes and together cover the circle", () => {
    const g = radarGeometry(input({ sectors }));
    expect(g.sectors.map((s) => [s.fromAxis, s.toAxis, s.startAngle, s.endAngle])).toEqual([
      [0, 1, -22.5, 67.5],
      [2, 4, 67.5, 202.5],
      [5, 7, 202.5, 337.5],
    ]);
    // Ondermijning: from the centre to −22.5°, clockwise arc of 90° to 67.5°.
    expect(g.sectors[0]!.d).toBe("M 200,200 L 138.77,52.18 A 160,160 0 0 1 347.82,138.77 Z");
    expect(g.sectors[1]!.midAngle).toBe(135);
  });

  it("can follow the outer ring instead of a circle", () => {
    const g = radarGeometry(input({ sectors: [sectors[0]!], sectorShape: "polygon" }));
    // Side midpoint (160·cos 22.5° = 147.82 from the centre) → axis 0 → axis 1 → side midpoint.
    expect(g.sectors[0]!.d).toBe("M 200,200 L 143.43,63.43 L 200,40 L 313.14,86.86 L 336.57,143.43 Z");
  });

  it("handles a sector that wraps past the last axis and one that covers everything", () => {
    const g = radarGeometry(
      input({
        sectors: [
          { label: "wrap", fromAxis: 7, toAxis: 0 },
          { label: "all", fromAxis: 0, toAxis: 7 },
        ],
      }),
    );
    expect([g.sectors[0]!.startAngle, g.sectors[0]!.endAngle]).toEqual([292.5, 382.5]);
    expect(g.sectors[1]!.d).toBe("M 200,40 A 160,160 0 1 1 200,360 A 160,160 0 1 1 200,40 Z");
  });

  it("refuses a sector naming an unknown axis", () => {
    expect(() => radarGeometry(input({ sectors: [{ label: "x", fromAxis: "nope", toAxis: 1 }] }))).toThrow(/not an axis/);
  });
});

describe("radarGeometry: output", () => {
  it("is deterministic, plain data and rounded to 2 decimals", () => {
    const make = () =>
      radarGeometry(
        input({
          size: 333,
          padding: 37,
          series: [{ id: "s", label: "s", values: [1.23, 4.56, null, 2.2, 3.3, 4.4, 5, 1] }],
          sectors: [{ label: "a", fromAxis: 0, toAxis: 2 }],
        }),
      );
    const a = make();
    expect(make()).toEqual(a);
    const json = JSON.stringify(a);
    expect(JSON.parse(json)).toEqual(a);
    const numbers = json.match(/-?\d+\.\d+/g) ?? [];
    expect(numbers.length).toBeGreaterThan(0);
    for (const n of numbers) expect(n).toMatch(/^-?\d+(\.\d{1,2})?$/);
  });

  it("refuses fewer than three axes", () => {
    expect(() => radarGeometry(input({ axes: axes.slice(0, 2) }))).toThrow(/3 axes/);
  });
});

describe("the visual language of the profile radar (issue 19.10)", () => {
  it("draws the ambition unlike an indicative line, and every series unlike the others without colour", async () => {
    const { INDICATIEF_DASH, SERIE_STIJL } = await import("./profile-radar");
    const profiel = ["berekend", "vastgesteld", "ambitie"].map((id) => SERIE_STIJL[id]!);
    expect(profiel.map((s) => s.dash)).not.toContain(INDICATIEF_DASH);
    expect(new Set(profiel.map((s) => `${s.dash ?? "heel"}/${s.marker}`)).size).toBe(3);
  });
});
