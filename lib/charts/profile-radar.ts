import type { TDimensieId, TModel, TRol, TScanResultaat } from "@/lib/analysetool";
import { ROL_LABELS } from "@/lib/analysetool";
import type { TRadarInput, TRadarSeriesInput } from "./radar";

/** Short axis labels: the full dimension names do not fit around a chart. */
export const DIMENSIE_KORT: Record<TDimensieId, string> = {
  opgave: "Opgave",
  samenwerking: "Samenwerking",
  governance: "Sturing",
  juridisch: "Juridisch",
  cultuur: "Cultuur",
  data: "Data",
  techniek: "Techniek",
  analyse: "Analyse",
};

/**
 * How each series is drawn, on screen and in the PDF. Series differ in dash pattern and
 * marker too, not only in colour, so the chart survives grayscale printing.
 */
export const SERIE_STIJL: Record<string, { kleur: string; dash?: string; breedte: number; marker: "cirkel" | "vierkant" | "ruit" }> = {
  berekend: { kleur: "#154273", breedte: 2.5, marker: "cirkel" },
  vastgesteld: { kleur: "#8a3b00", breedte: 3, marker: "vierkant", dash: "10 4" },
  // Dash-dot: never to be read as the dotted "indicatief" below (issue 19.10).
  ambitie: { kleur: "#4b5563", breedte: 2, marker: "ruit", dash: "12 3 3 3" },
  // A herhaalmeting's previous profile: green, short dashes, so it never reads as "berekend".
  vorige: { kleur: "#166534", breedte: 2, marker: "cirkel", dash: "4 3" },
  // The benchmark: the gemeente's own profile against its group's median.
  eigen: { kleur: "#154273", breedte: 3, marker: "cirkel" },
  mediaan: { kleur: "#4b5563", breedte: 2, marker: "vierkant", dash: "8 4" },
  ondermijning: { kleur: "#154273", breedte: 2, marker: "cirkel" },
  privacy: { kleur: "#8a3b00", breedte: 2, marker: "vierkant", dash: "10 4" },
  ict: { kleur: "#166534", breedte: 2, marker: "ruit", dash: "3 4" },
  data_analyse: { kleur: "#6b21a8", breedte: 2, marker: "cirkel", dash: "12 3 3 3" },
  overig: { kleur: "#4b5563", breedte: 2, marker: "vierkant", dash: "1 3" },
};

/** A shaded band, such as the middle half of a group (p25–p75): a fill, behind the lines. */
export const BAND_STIJL: Record<string, { kleur: string; opacity: number }> = {
  middenveld: { kleur: "#7c9cbf", opacity: 0.35 },
};

/**
 * One visual language for "indicatief" (a score from too few questions or roles), the same on
 * screen and in the PDF: the lines touching such a point are dotted and the point is open.
 */
export const INDICATIEF_DASH = "2 4";

/** Said once under every profile radar, in the PDF and on the page alike. */
export const RADAR_LEGENDA_UITLEG =
  "Een gestippelde lijn naar een open punt betekent: indicatief, omdat te weinig vragen of rollen een score gaven. De ambitie is de lijn van strepen en punten met ruitjes. De tabel geeft dezelfde cijfers.";

export function profielAssen(model: TModel) {
  return [...model.dimensies].sort((a, b) => a.volgorde - b.volgorde).map((d) => ({ id: d.id, label: DIMENSIE_KORT[d.id] }));
}

export function profielSectoren(model: TModel) {
  const ordered = [...model.dimensies].sort((a, b) => a.volgorde - b.volgorde);
  return model.themas.map((t) => {
    const ids = ordered.filter((d) => d.thema === t.id).map((d) => d.id);
    return { label: t.naam, fromAxis: ids[0]!, toAxis: ids[ids.length - 1]! };
  });
}

/** The profile: calculated scores, the agreed (consensus) levels, and optionally the ambition. */
export function profielRadarInput(
  model: TModel,
  resultaat: TScanResultaat,
  opts: {
    size: number;
    vastgesteld?: Partial<Record<TDimensieId, number | null>>;
    ambitie?: boolean;
    /** A herhaalmeting: the previous scan's calculated scores, as a second profile. */
    vorige?: Partial<Record<string, number | null>>;
    padding?: number;
  },
): TRadarInput {
  const ax = profielAssen(model);
  const dim = new Map(resultaat.dimensies.map((d) => [d.dimensieId, d]));
  const series: TRadarSeriesInput[] = [
    {
      id: "berekend",
      label: "Berekend",
      values: ax.map((a) => dim.get(a.id as TDimensieId)?.score ?? null),
      dashedPoints: ax.map((a) => {
        const d = dim.get(a.id as TDimensieId);
        return d ? d.score !== null && !d.volledig : false;
      }),
    },
  ];
  if (opts.vastgesteld && Object.values(opts.vastgesteld).some((v) => v !== null && v !== undefined)) {
    series.push({ id: "vastgesteld", label: "Vastgesteld", values: ax.map((a) => opts.vastgesteld?.[a.id as TDimensieId] ?? null) });
  }
  if (opts.vorige) {
    series.push({ id: "vorige", label: "Vorige scan", values: ax.map((a) => opts.vorige?.[a.id] ?? null) });
  }
  if (opts.ambitie) {
    series.push({ id: "ambitie", label: "Ambitie", dashed: true, values: ax.map((a) => dim.get(a.id as TDimensieId)?.ambitie ?? null) });
  }
  return { axes: ax, series, size: opts.size, padding: opts.padding ?? 70, sectors: profielSectoren(model) };
}

/** One line per perspective role, for comparing how roles see the same dimensions. */
export function rolRadarInput(model: TModel, resultaat: TScanResultaat, opts: { size: number; padding?: number }): TRadarInput {
  const ax = profielAssen(model);
  const series = resultaat.rolprofielen.map((p) => ({
    id: p.rol,
    label: `${ROL_LABELS[p.rol as TRol]}${p.leden === 1 ? " (1)" : ""}`,
    values: ax.map((a) => p.dimensies[a.id as TDimensieId]?.score ?? null),
  }));
  return { axes: ax, series, size: opts.size, padding: opts.padding ?? 70, sectors: profielSectoren(model) };
}
