/**
 * The PDF drawing of the shared radar geometry (lib/charts/radar.ts): the same coordinates
 * as the web SVG (components/charts/radar-chart.tsx), drawn with React-PDF's SVG primitives.
 * The viewBox keeps the geometry's units, so the chart scales to any width on paper.
 */
import { Circle, G, Line, Path, Polygon, Rect, Svg, Text, View } from "@react-pdf/renderer";
import { BAND_STIJL, INDICATIEF_DASH, SERIE_STIJL } from "@/lib/charts/profile-radar";
import type { TRadarGeometry } from "@/lib/charts/radar";
import { PDF_FONT } from "./fonts";
import { KLEUR } from "./styles";

const SECTOR_FILL = ["#eef3f8", "#f5f5f4", "#f0f7f2"];

/** Open (white with an outline) for an indicative point, as on the web page. */
function Marker({ x, y, shape, color, open = false }: { x: number; y: number; shape: string; color: string; open?: boolean }) {
  const paint = open ? { fill: "#ffffff", stroke: color, strokeWidth: 2 } : { fill: color };
  if (shape === "vierkant") return <Rect x={x - 4} y={y - 4} width={8} height={8} {...paint} />;
  if (shape === "ruit") return <Polygon points={`${x},${y - 5} ${x + 5},${y} ${x},${y + 5} ${x - 5},${y}`} {...paint} />;
  return <Circle cx={x} cy={y} r={4} {...paint} />;
}

const stijl = (id: string) => SERIE_STIJL[id] ?? SERIE_STIJL.berekend!;

export function PdfRadar({ geometry: g, breedte }: { geometry: TRadarGeometry; breedte: number }) {
  const half = Math.PI / g.axes.length;
  return (
    <View wrap={false} style={{ alignItems: "center", marginVertical: 6 }}>
      <Svg width={breedte} height={breedte} viewBox={`0 0 ${g.size} ${g.size}`}>
        {g.sectors.map((sec, i) => (
          <Path key={sec.label} d={sec.d} fill={SECTOR_FILL[i % SECTOR_FILL.length]!} />
        ))}
        {g.rings.map((r) => (
          <Polygon key={r.value} points={r.points} fill="none" stroke={KLEUR.lijn} strokeWidth={1} />
        ))}
        {g.rings.map((r) => (
          <Text
            key={`l${r.value}`}
            x={g.center.x + r.radius * Math.sin(half)}
            y={g.center.y - r.radius * Math.cos(half)}
            textAnchor="middle"
            dominantBaseline="middle"
            style={{ fontFamily: PDF_FONT, fontSize: 11 }}
            fill="#374151"
          >
            {String(r.value)}
          </Text>
        ))}
        {g.bands?.map((b) => (
          <Path key={b.id} d={b.d} fill={BAND_STIJL[b.id]?.kleur ?? "#9ca3af"} fillOpacity={BAND_STIJL[b.id]?.opacity ?? 0.3} fillRule="evenodd" />
        ))}
        {g.axes.map((a) => (
          <G key={a.id}>
            <Line x1={g.center.x} y1={g.center.y} x2={a.end.x} y2={a.end.y} stroke={KLEUR.lijn} strokeWidth={1} />
            <Text
              x={a.labelAnchor.x}
              y={a.labelAnchor.y}
              textAnchor={a.labelAnchor.textAnchor}
              dominantBaseline={a.labelAnchor.dominantBaseline}
              style={{ fontFamily: PDF_FONT, fontSize: 15, fontWeight: 600 }}
              fill="#111827"
            >
              {a.label}
            </Text>
          </G>
        ))}
        {g.series.map((serie) => {
          const st = stijl(serie.id);
          return (
            <G key={serie.id}>
              {serie.edges.map((e, i) => (
                <Line
                  key={i}
                  x1={e.from.x}
                  y1={e.from.y}
                  x2={e.to.x}
                  y2={e.to.y}
                  stroke={st.kleur}
                  strokeWidth={st.breedte}
                  strokeDasharray={e.dashed ? INDICATIEF_DASH : st.dash}
                />
              ))}
              {serie.coords.map((p) => (
                <Marker key={p.axisId} x={p.x} y={p.y} shape={st.marker} color={st.kleur} open={p.dashed} />
              ))}
            </G>
          );
        })}
      </Svg>
      <View style={{ flexDirection: "row", flexWrap: "wrap", justifyContent: "center", marginTop: 4 }}>
        {g.series.map((serie) => {
          const st = stijl(serie.id);
          return (
            <View key={serie.id} style={{ flexDirection: "row", alignItems: "center", marginHorizontal: 8 }}>
              <Svg width={30} height={10} viewBox="0 0 36 12">
                <Line x1={0} y1={6} x2={36} y2={6} stroke={st.kleur} strokeWidth={st.breedte} strokeDasharray={st.dash} />
                <Marker x={18} y={6} shape={st.marker} color={st.kleur} />
              </Svg>
              <Text style={{ fontSize: 9, marginLeft: 4 }}>{serie.label}</Text>
            </View>
          );
        })}
        {g.bands?.map((b) => (
          <View key={b.id} style={{ flexDirection: "row", alignItems: "center", marginHorizontal: 8 }}>
            <Svg width={30} height={10} viewBox="0 0 36 12">
              <Rect x={0} y={0} width={36} height={12} fill={BAND_STIJL[b.id]?.kleur ?? "#9ca3af"} fillOpacity={BAND_STIJL[b.id]?.opacity ?? 0.3} />
            </Svg>
            <Text style={{ fontSize: 9, marginLeft: 4 }}>{b.label}</Text>
          </View>
        ))}
        {g.series.some((serie) => serie.coords.some((p) => p.dashed)) ? (
          <View style={{ flexDirection: "row", alignItems: "center", marginHorizontal: 8 }}>
            <Svg width={30} height={10} viewBox="0 0 36 12">
              <Line x1={0} y1={6} x2={36} y2={6} stroke="#154273" strokeWidth={2} strokeDasharray={INDICATIEF_DASH} />
              <Marker x={18} y={6} shape="cirkel" color="#154273" open />
            </Svg>
            <Text style={{ fontSize: 9, marginLeft: 4 }}>Indicatief</Text>
          </View>
        ) : null}
      </View>
    </View>
  );
}
