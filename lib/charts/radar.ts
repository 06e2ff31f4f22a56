/**
 * Radar ("spinnenweb") chart geometry, computed once and drawn twice: by the web SVG
 * component and by the React-PDF SVG of the report (architecture §7, analysetool-model §9).
 * Keeping every coordinate here means the web page and the PDF can never disagree about
 * where a score sits, and the output is plain data, so it can cross the server/client
 * boundary or be stored in a report snapshot as is.
 *
 * Conventions:
 * - SVG coordinates: origin top-left, y grows downwards.
 * - Angles are in degrees, 0 = straight up, growing clockwise (the way people read a
 *   radar: first dimension at twelve o'clock, then round like a clock).
 * - Every coordinate is rounded to 2 decimals, so the output is deterministic and
 *   snapshots/PDF bytes do not change because of floating-point noise.
 */

export type TRadarAxisInput = { id: string; label: string };

export type TRadarSeriesInput = {
  id: string;
  label: string;
  /** One value per axis, in axis order; null = no score (e.g. nobody answered). */
  values: (number | null)[];
  /** Draw the whole series dashed (e.g. "ambitie"). */
  dashed?: boolean;
  /**
   * Optional, per axis: draw the lines touching this point dashed (an "indicatieve"
   * dimension, analysetool-model §9). Same length as `values` when given.
   */
  dashedPoints?: boolean[];
};

/** A shaded ring between two values per axis, such as a group's interquartile range. */
export type TRadarBandInput = { id: string; label: string; low: (number | null)[]; high: (number | null)[] };

export type TRadarSectorInput = {
  label: string;
  /** First axis of the sector: index into `axes` or an axis id. */
  fromAxis: number | string;
  /** Last axis of the sector (inclusive): index or id. May wrap past the last axis. */
  toAxis: number | string;
};

export type TRadarInput = {
  axes: TRadarAxisInput[];
  series: TRadarSeriesInput[];
  /** Drawn under the series. A band with a missing value on any axis is left out. */
  bands?: TRadarBandInput[];
  /** Lowest value of the scale. Default 1. */
  min?: number;
  /** Highest value of the scale; sits on the outer radius. Default 5. */
  max?: number;
  /** Values at which to draw a ring. Default [1, 2, 3, 4, 5]. */
  rings?: number[];
  /** Width and height of the square drawing area, in px (or pt for the PDF). */
  size: number;
  /** Room between the outer ring and the edge, for the labels. Default 40. */
  padding?: number;
  /**
   * Radius of `min`, as a fraction of the outer radius. Default 1 / (max − min + 1): on
   * the 1–5 scale that is 0.2, i.e. the value 0 would sit in the centre and all rings are
   * evenly spaced. A profile of all 1s then stays a visible small polygon instead of
   * collapsing into a dot, and equal steps on the scale look equal on paper.
   */
  innerFraction?: number;
  /** Distance of an axis label anchor beyond the axis end. Default 8. */
  labelGap?: number;
  /** Theme sectors drawn as light background wedges. */
  sectors?: TRadarSectorInput[];
  /**
   * "arc": pie-like wedges with a circular outer edge (default).
   * "polygon": wedges whose outer edge follows the outer ring of the web.
   */
  sectorShape?: "arc" | "polygon";
};

export type TPoint = { x: number; y: number };

export type TTextAnchor = "start" | "middle" | "end";
/** Values of SVG `dominant-baseline` that both browsers and React-PDF understand. */
export type TDominantBaseline = "auto" | "middle" | "hanging";

export type TRadarAxis = {
  id: string;
  label: string;
  index: number;
  /** Degrees, 0 = up, clockwise. */
  angle: number;
  /** Outer end of the axis line (the centre is the other end). */
  end: TPoint;
  /** Where to put the label text, with how to align it around that point. */
  labelAnchor: TPoint & { textAnchor: TTextAnchor; dominantBaseline: TDominantBaseline };
};

export type TRadarRing = {
  value: number;
  radius: number;
  coords: TPoint[];
  /** For `<polygon points=…>`: "x1,y1 x2,y2 …". */
  points: string;
};

export type TRadarSeriesPoint = TPoint & { axisIndex: number; axisId: string; value: number; dashed: boolean };

export type TRadarEdge = { from: TRadarSeriesPoint; to: TRadarSeriesPoint; dashed: boolean };

export type TRadarSeries = {
  id: string;
  label: string;
  dashed: boolean;
  /** True when at least one value is null: draw `segments`, not the closed polygon. */
  incomplete: boolean;
  /** The non-null points in axis order. */
  coords: TRadarSeriesPoint[];
  /** `coords` as a points string; a closed polygon only makes sense when complete. */
  points: string;
  /**
   * Runs of points on consecutive axes, for drawing with gaps at null values. The radar is
   * circular, so a run may wrap from the last axis to the first. When the series is
   * complete there is one run holding all points (draw it closed); a run of one point is
   * a lone score (draw a dot).
   */
  segments: TRadarSeriesPoint[][];
  /** Every line between two neighbouring scored axes, with its own dash flag. */
  edges: TRadarEdge[];
};

export type TRadarSector = {
  label: string;
  fromAxis: number;
  toAxis: number;
  /** Degrees: the wedge runs from halfway to the previous axis to halfway to the next. */
  startAngle: number;
  endAngle: number;
  midAngle: number;
  /** SVG path `d` of the wedge. */
  d: string;
};

export type TRadarGeometry = {
  size: number;
  center: TPoint;
  /** Outer radius: where `max` lands. */
  radius: number;
  min: number;
  max: number;
  /** Radius at which `min` lands. */
  innerRadius: number;
  axes: TRadarAxis[];
  rings: TRadarRing[];
  series: TRadarSeries[];
  sectors: TRadarSector[];
  /** SVG path `d` of each band: the outer polygon and the inner one, filled even-odd. Absent in snapshots made before bands existed. */
  bands?: { id: string; label: string; d: string }[];
};

/** Rounds to 2 decimals; never returns -0 (which would print as "0" but compare oddly). */
export function round2(n: number): number {
  const r = Math.round(n * 100) / 100;
  return r === 0 ? 0 : r;
}

/** The point at `angle` degrees (0 = up, clockwise) and distance `r` from `center`, rounded. */
export function pointOnCircle(center: TPoint, angle: number, r: number): TPoint {
  const rad = (angle * Math.PI) / 180;
  return { x: round2(center.x + r * Math.sin(rad)), y: round2(center.y - r * Math.cos(rad)) };
}

export function pointsString(coords: TPoint[]): string {
  return coords.map((p) => `${p.x},${p.y}`).join(" ");
}

/**
 * Maps a value on the scale to a distance from the centre: `min` at `innerFraction × radius`,
 * `max` at `radius`, linear in between. Values outside [min, max] are clamped, so a bad
 * number can never draw outside the chart.
 */
export function valueToRadius(value: number, scale: { min: number; max: number; radius: number; innerFraction: number }): number {
  const { min, max, radius, innerFraction } = scale;
  const v = Math.min(max, Math.max(min, value));
  const inner = radius * innerFraction;
  return inner + ((v - min) / (max - min)) * (radius - inner);
}

// Below this |sin| or |cos| a label counts as sitting on the vertical or horizontal axis.
const ALIGN_EPSILON = 0.1;

function labelAlignment(angle: number): { textAnchor: TTextAnchor; dominantBaseline: TDominantBaseline } {
  const rad = (angle * Math.PI) / 180;
  const sin = Math.sin(rad);
  const cos = Math.cos(rad);
  // Right half: text starts at the anchor and runs away from the chart; left half: ends there.
  const textAnchor: TTextAnchor = sin > ALIGN_EPSILON ? "start" : sin < -ALIGN_EPSILON ? "end" : "middle";
  // Top: text sits on the anchor (baseline); bottom: hangs below it; sides: centred.
  const dominantBaseline: TDominantBaseline = cos > ALIGN_EPSILON ? "auto" : cos < -ALIGN_EPSILON ? "hanging" : "middle";
  return { textAnchor, dominantBaseline };
}

function resolveAxis(ref: number | string, axes: TRadarAxisInput[], what: string): number {
  const index = typeof ref === "number" ? ref : axes.findIndex((a) => a.id === ref);
  if (!Number.isInteger(index) || index < 0 || index >= axes.length) {
    throw new Error(`radar: sector ${what} "${String(ref)}" is not an axis`);
  }
  return index;
}

function sectorPath(center: TPoint, radius: number, startAngle: number, endAngle: number, shape: "arc" | "polygon", axisAngles: number[]): string {
  const span = endAngle - startAngle;
  const c = `${center.x},${center.y}`;
  if (shape === "arc") {
    if (span >= 360) {
      // A single SVG arc cannot draw a full circle; two half circles can.
      const top = pointOnCircle(center, 0, radius);
      const bottom = pointOnCircle(center, 180, radius);
      const r = round2(radius);
      return `M ${top.x},${top.y} A ${r},${r} 0 1 1 ${bottom.x},${bottom.y} A ${r},${r} 0 1 1 ${top.x},${top.y} Z`;
    }
    const a = pointOnCircle(center, startAngle, radius);
    const b = pointOnCircle(center, endAngle, radius);
    const r = round2(radius);
    const largeArc = span > 180 ? 1 : 0;
    // sweep-flag 1 = the positive-angle direction, which on screen (y down) is clockwise.
    return `M ${c} L ${a.x},${a.y} A ${r},${r} 0 ${largeArc} 1 ${b.x},${b.y} Z`;
  }
  // Polygon: follow the outer ring. The wedge edges run through the middle of a ring side,
  // at radius·cos(half the angle between axes), so the outline lies exactly on the ring.
  const half = 180 / axisAngles.length;
  const edgeRadius = radius * Math.cos((half * Math.PI) / 180);
  // Axis vertices inside the wedge, in wedge order (the wedge may wrap past 360°).
  const vertices = axisAngles
    .map((angle) => (((angle - startAngle) % 360) + 360) % 360)
    .filter((rel) => rel > 0 && rel < span)
    .sort((p, q) => p - q)
    .map((rel) => pointOnCircle(center, startAngle + rel, radius));
  if (span >= 360) return `M ${vertices.map((p) => `${p.x},${p.y}`).join(" L ")} Z`;
  const outline = [pointOnCircle(center, startAngle, edgeRadius), ...vertices, pointOnCircle(center, endAngle, edgeRadius)];
  return `M ${c} ${outline.map((p) => `L ${p.x},${p.y}`).join(" ")} Z`;
}

/** Splits the scored points into runs on consecutive axes, wrapping around the circle. */
function consecutiveRuns(points: (TRadarSeriesPoint | null)[]): TRadarSeriesPoint[][] {
  const n = points.length;
  const firstGap = points.indexOf(null);
  if (firstGap === -1) return [points as TRadarSeriesPoint[]];
  const runs: TRadarSeriesPoint[][] = [];
  let current: TRadarSeriesPoint[] = [];
  // Start right after a gap, so a run crossing from the last axis to the first stays whole.
  for (let k = 1; k <= n; k++) {
    const p = points[(firstGap + k) % n] ?? null;
    if (p) current.push(p);
    else if (current.length > 0) {
      runs.push(current);
      current = [];
    }
  }
  if (current.length > 0) runs.push(current);
  return runs;
}

export function radarGeometry(input: TRadarInput): TRadarGeometry {
  const min = input.min ?? 1;
  const max = input.max ?? 5;
  const ringValues = input.rings ?? [1, 2, 3, 4, 5];
  const padding = input.padding ?? 40;
  const labelGap = input.labelGap ?? 8;
  const innerFraction = input.innerFraction ?? 1 / (max - min + 1);
  const { axes: axisInput, size } = input;
  const n = axisInput.length;

  if (n < 3) throw new Error("radar: at least 3 axes are needed");
  if (!(max > min)) throw new Error("radar: max must be greater than min");
  if (!(size > 2 * padding)) throw new Error("radar: size must leave room inside the padding");
  if (!(innerFraction >= 0 && innerFraction < 1)) throw new Error("radar: innerFraction must be in [0, 1)");

  const center: TPoint = { x: round2(size / 2), y: round2(size / 2) };
  const radius = size / 2 - padding;
  const scale = { min, max, radius, innerFraction };
  const angleOf = (i: number) => (360 * i) / n;
  const at = (i: number, value: number) => pointOnCircle(center, angleOf(i), valueToRadius(value, scale));

  const axes: TRadarAxis[] = axisInput.map((a, i) => {
    const angle = round2(angleOf(i));
    return {
      id: a.id,
      label: a.label,
      index: i,
      angle,
      end: pointOnCircle(center, angleOf(i), radius),
      labelAnchor: { ...pointOnCircle(center, angleOf(i), radius + labelGap), ...labelAlignment(angleOf(i)) },
    };
  });

  const rings: TRadarRing[] = ringValues.map((value) => {
    const coords = axisInput.map((_, i) => at(i, value));
    return { value, radius: round2(valueToRadius(value, scale)), coords, points: pointsString(coords) };
  });

  const series: TRadarSeries[] = input.series.map((s) => {
    if (s.values.length !== n) {
      throw new Error(`radar: series "${s.id}" has ${s.values.length} values for ${n} axes`);
    }
    if (s.dashedPoints && s.dashedPoints.length !== n) {
      throw new Error(`radar: series "${s.id}" has ${s.dashedPoints.length} dashedPoints for ${n} axes`);
    }
    const dashed = s.dashed ?? false;
    const perAxis: (TRadarSeriesPoint | null)[] = s.values.map((value, i) =>
      value === null || !Number.isFinite(value)
        ? null
        : { ...at(i, value), axisIndex: i, axisId: axisInput[i]!.id, value, dashed: s.dashedPoints?.[i] ?? false },
    );
    const coords = perAxis.filter((p): p is TRadarSeriesPoint => p !== null);
    const incomplete = coords.length < n;
    const segments = coords.length === 0 ? [] : consecutiveRuns(perAxis);
    const edges: TRadarEdge[] = [];
    for (const run of segments) {
      const closed = !incomplete;
      const count = closed ? run.length : run.length - 1;
      for (let k = 0; k < count; k++) {
        const from = run[k]!;
        const to = run[(k + 1) % run.length]!;
        edges.push({ from, to, dashed: dashed || from.dashed || to.dashed });
      }
    }
    return { id: s.id, label: s.label, dashed, incomplete, coords, points: pointsString(coords), segments, edges };
  });

  const pad = (coords: TPoint[]) => `M ${coords.map((c) => `${c.x} ${c.y}`).join(" L ")} Z`;
  const bands = (input.bands ?? []).flatMap((b) => {
    if (b.low.length !== n || b.high.length !== n) throw new Error(`radar: band "${b.id}" needs one low and one high value per axis`);
    if ([...b.low, ...b.high].some((v) => v === null || !Number.isFinite(v))) return [];
    return [{ id: b.id, label: b.label, d: `${pad(b.high.map((v, i) => at(i, v!)))} ${pad(b.low.map((v, i) => at(i, v!)))}` }];
  });

  const axisAngles = axisInput.map((_, i) => angleOf(i));
  const sectors: TRadarSector[] = (input.sectors ?? []).map((sec) => {
    const from = resolveAxis(sec.fromAxis, axisInput, "fromAxis");
    const to = resolveAxis(sec.toAxis, axisInput, "toAxis");
    // Number of axes in the sector, counting clockwise from `from` (wrapping if needed).
    const count = ((to - from + n) % n) + 1;
    const step = 360 / n;
    const startAngle = angleOf(from) - step / 2;
    const endAngle = startAngle + count * step;
    const shape = input.sectorShape ?? "arc";
    return {
      label: sec.label,
      fromAxis: from,
      toAxis: to,
      startAngle: round2(startAngle),
      endAngle: round2(endAngle),
      midAngle: round2((startAngle + endAngle) / 2),
      d: sectorPath(center, radius, startAngle, endAngle, shape, axisAngles),
    };
  });

  return {
    size,
    center,
    radius: round2(radius),
    min,
    max,
    innerRadius: round2(radius * innerFraction),
    axes,
    rings,
    series,
    sectors,
    ...(bands.length ? { bands } : {}),
  };
}
