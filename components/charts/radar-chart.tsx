import { BAND_STIJL, INDICATIEF_DASH, SERIE_STIJL } from "@/lib/charts/profile-radar";
import { radarGeometry, type TRadarGeometry, type TRadarInput } from "@/lib/charts/radar";

const SECTOR_FILL = ["#eef3f8", "#f5f5f4", "#f0f7f2"];

/** Open (white with an outline) for an indicative point. */
function Marker({ x, y, shape, color, open = false }: { x: number; y: number; shape: string; color: string; open?: boolean }) {
  const paint = open ? { fill: "#ffffff", stroke: color, strokeWidth: 2 } : { fill: color };
  if (shape === "vierkant") return <rect x={x - 4} y={y - 4} width={8} height={8} {...paint} />;
  if (shape === "ruit") return <polygon points={`${x},${y - 5} ${x + 5},${y} ${x},${y + 5} ${x - 5},${y}`} {...paint} />;
  return <circle cx={x} cy={y} r={4} {...paint} />;
}

/**
 * The web drawing of the shared radar geometry (lib/charts/radar.ts). The figure is
 * described for screen readers by its caption; the same numbers are in the table the page
 * shows next to it, which is the text alternative.
 */
export function RadarChart({
  input,
  geometry,
  titel,
  beschrijving,
}: { titel: string; beschrijving: string } & ({ input: TRadarInput; geometry?: undefined } | { geometry: TRadarGeometry; input?: undefined })) {
  // A stored report brings its geometry along (the snapshot), so it is drawn, not recomputed.
  const g = geometry ?? radarGeometry(input!);
  const id = `radar-${titel.replace(/\W+/g, "-").toLowerCase()}`;
  return (
    <figure className="my-4">
      <svg viewBox={`0 0 ${g.size} ${g.size}`} width="100%" style={{ maxWidth: g.size }} role="img" aria-labelledby={`${id}-t ${id}-d`} className="h-auto">
        <title id={`${id}-t`}>{titel}</title>
        <desc id={`${id}-d`}>{beschrijving}</desc>
        {g.sectors.map((s, i) => (
          <path key={s.label} d={s.d} fill={SECTOR_FILL[i % SECTOR_FILL.length]} />
        ))}
        {g.rings.map((r) => (
          <polygon key={r.value} points={r.points} fill="none" stroke="#9ca3af" strokeWidth={1} />
        ))}
        {g.rings.map((r) => (
          // Between the first two axes, so ring numbers never collide with an axis label.
          <text
            key={`l${r.value}`}
            x={g.center.x + r.radius * Math.sin(Math.PI / g.axes.length)}
            y={g.center.y - r.radius * Math.cos(Math.PI / g.axes.length)}
            fontSize={11}
            fill="#374151"
            textAnchor="middle"
            dominantBaseline="middle"
          >
            {r.value}
          </text>
        ))}
        {g.bands?.map((b) => (
          <path key={b.id} d={b.d} fill={BAND_STIJL[b.id]?.kleur ?? "#9ca3af"} fillOpacity={BAND_STIJL[b.id]?.opacity ?? 0.3} fillRule="evenodd" />
        ))}
        {g.axes.map((a) => (
          <g key={a.id}>
            <line x1={g.center.x} y1={g.center.y} x2={a.end.x} y2={a.end.y} stroke="#9ca3af" strokeWidth={1} />
            <text
              x={a.labelAnchor.x}
              y={a.labelAnchor.y}
              textAnchor={a.labelAnchor.textAnchor}
              dominantBaseline={a.labelAnchor.dominantBaseline}
              fontSize={14}
              fontWeight={600}
              fill="#111827"
            >
              {a.label}
            </text>
          </g>
        ))}
        {g.series.map((s) => {
          const stijl = SERIE_STIJL[s.id] ?? SERIE_STIJL.berekend!;
          return (
            <g key={s.id}>
              {s.edges.map((e, i) => (
                <line
                  key={i}
                  x1={e.from.x}
                  y1={e.from.y}
                  x2={e.to.x}
                  y2={e.to.y}
                  stroke={stijl.kleur}
                  strokeWidth={stijl.breedte}
                  strokeDasharray={e.dashed ? INDICATIEF_DASH : stijl.dash}
                />
              ))}
              {s.coords.map((p) => (
                <Marker key={p.axisId} x={p.x} y={p.y} shape={stijl.marker} color={stijl.kleur} open={p.dashed} />
              ))}
            </g>
          );
        })}
      </svg>
      <figcaption className="mt-2">
        <ul className="flex flex-wrap gap-x-6 gap-y-1 text-base" aria-label="Legenda">
          {g.series.map((s) => {
            const stijl = SERIE_STIJL[s.id] ?? SERIE_STIJL.berekend!;
            return (
              <li key={s.id} className="flex items-center gap-2">
                <svg width="36" height="12" aria-hidden="true">
                  <line x1="0" y1="6" x2="36" y2="6" stroke={stijl.kleur} strokeWidth={stijl.breedte} strokeDasharray={stijl.dash} />
                  <Marker x={18} y={6} shape={stijl.marker} color={stijl.kleur} />
                </svg>
                {s.label}
              </li>
            );
          })}
          {g.bands?.map((b) => (
            <li key={b.id} className="flex items-center gap-2">
              <svg width="36" height="12" aria-hidden="true">
                <rect x="0" y="0" width="36" height="12" fill={BAND_STIJL[b.id]?.kleur ?? "#9ca3af"} fillOpacity={BAND_STIJL[b.id]?.opacity ?? 0.3} />
              </svg>
              {b.label}
            </li>
          ))}
          {g.series.some((s) => s.coords.some((p) => p.dashed)) ? (
            <li className="flex items-center gap-2">
              <svg width="36" height="12" aria-hidden="true">
                <line x1="0" y1="6" x2="36" y2="6" stroke="#154273" strokeWidth={2} strokeDasharray={INDICATIEF_DASH} />
                <Marker x={18} y={6} shape="cirkel" color="#154273" open />
              </svg>
              Indicatief
            </li>
          ) : null}
        </ul>
      </figcaption>
    </figure>
  );
}
