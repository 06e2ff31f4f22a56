import type { TScanState } from "@/db/schema";
import { STAP_INFO, STAPPEN } from "@/lib/scan/stappen";

/** The seven steps as an ordered list; the current one is open and marked in text, not only colour. */
export function StapStepper({ stap, huidigeActie }: { stap: TScanState; huidigeActie?: React.ReactNode }) {
  const current = stap === "afgewezen" ? -1 : STAPPEN.indexOf(stap);
  return (
    <ol className="mt-6 space-y-3" aria-label="De zeven stappen van de scan">
      {STAPPEN.map((s, i) => {
        const info = STAP_INFO[s];
        const status = i < current ? "afgerond" : i === current ? "huidig" : "komt nog";
        return (
          <li
            key={s}
            aria-current={status === "huidig" ? "step" : undefined}
            className={`rounded border-2 p-4 ${status === "huidig" ? "border-rijk-700 bg-rijk-50" : "border-gray-300"}`}
          >
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h3 className={status === "komt nog" ? "text-gray-700" : ""}>
                Stap {info.nummer}: {info.titel}
              </h3>
              <span className={`text-base font-semibold ${status === "huidig" ? "text-rijk-700" : "text-gray-700"}`}>
                {status === "afgerond" ? "✓ Afgerond" : status === "huidig" ? "● Huidige stap" : "Komt nog"}
              </span>
            </div>
            {status === "huidig" ? (
              <div className="mt-2">
                <p>{info.omschrijving}</p>
                {huidigeActie ? <div className="mt-3">{huidigeActie}</div> : null}
              </div>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
