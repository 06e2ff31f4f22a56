import Link from "next/link";
import type { ReactNode } from "react";
import { buttonClass } from "@/components/ui/button";
import type { TScanState } from "@/db/schema";
import { MODEL_2026_1 } from "@/lib/analysetool";
import { dimensieNaam } from "@/lib/analysetool/labels";
import { listOpvolging } from "@/lib/data/opvolging";
import { formatDatum } from "@/lib/dates";
import { OPVOLG_STATUS_LABELS } from "@/lib/scan/opvolging";
import { Top3Feiten } from "./top3-feiten";

/** What stap 5, 6 and 7 ask of you, as links for the current step's card on the scan page. */
export function rapportStapActie(scanId: string, stap: TScanState, begeleider: boolean): ReactNode {
  const link = (href: string, tekst: string, variant: "primary" | "secondary" = "secondary") => (
    <Link href={`/scans/${scanId}${href}`} className={buttonClass(variant)}>
      {tekst}
    </Link>
  );
  const rij = (...items: ReactNode[]) => <div className="flex flex-wrap gap-3">{items}</div>;
  if (stap === "concept") {
    return begeleider
      ? rij(
          link("/rapport/schrijven", "Concept schrijven en publiceren", "primary"),
          link("/rapport/feedback", "Reacties en digitaal overleg"),
          link("/rapport", "Eindrapport bekijken"),
        )
      : rij(link("/rapport", "Concept lezen en reageren", "primary"), link("/handelingsperspectieven", "Handelingsperspectieven voorstellen"));
  }
  if (stap === "handelingsperspectieven") {
    return rij(link("/handelingsperspectieven", begeleider ? "Top 3 vastleggen" : "Voorstellen en stemmen", "primary"), link("/rapport", "Concept bekijken"));
  }
  if (stap === "afgerond") return rij(link("/opvolging", "Voortgang van de top 3", "primary"), link("/rapport", "Eindrapport lezen en downloaden"));
  return null;
}

/** After stap 7: the top 3 as the gemeente's action list. */
export async function ActieLijst({ scanId }: { scanId: string }) {
  const top = await listOpvolging(scanId);
  if (!top.length) return null;
  return (
    <section aria-labelledby="actielijst" className="mt-8">
      <h2 id="actielijst">Actielijst van de gemeente</h2>
      <ol className="mt-3 space-y-3" data-testid="actielijst">
        {top.map((h) => (
          <li key={h.rang} className="rounded border-2 border-rijk-700 bg-rijk-50 p-4">
            <h3>
              {h.rang}. {h.titel}
            </h3>
            <p className="text-base text-gray-700">{dimensieNaam(MODEL_2026_1, h.dimensieId)}</p>
            <Top3Feiten h={h} />
            <p className="mt-2">
              <strong>Status:</strong> {OPVOLG_STATUS_LABELS[h.status]}
              {h.laatsteUpdate ? ` (bijgewerkt ${formatDatum(h.laatsteUpdate)})` : ""}.{" "}
              <Link href={`/scans/${scanId}/opvolging#punt-${h.rang}`}>Voortgang van punt {h.rang}</Link>
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
