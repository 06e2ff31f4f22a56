import { NIVEAU_NAMEN } from "@/lib/analysetool";
import { formatDatum } from "@/lib/dates";

export type TTop3Feiten = {
  eigenaar: string | null;
  termijn: Date | null;
  eersteStap: string | null;
  doelNiveau: number | null;
  partners: string | null;
  middelen: string | null;
  indicator: string | null;
};

/** The agreed facts of one top-3 item; the optional ones only when filled in. */
export function Top3Feiten({ h }: { h: TTop3Feiten }) {
  const rijen: [string, string][] = [
    ["Eigenaar", h.eigenaar ?? "–"],
    ["Termijn", h.termijn ? formatDatum(h.termijn) : "–"],
    ["Eerste stap", h.eersteStap ?? "–"],
  ];
  if (h.doelNiveau) rijen.push(["Beoogd niveau", `${h.doelNiveau} (${NIVEAU_NAMEN[h.doelNiveau as 1 | 2 | 3 | 4 | 5]})`]);
  if (h.partners) rijen.push(["Betrokken partners", h.partners]);
  if (h.middelen) rijen.push(["Benodigde middelen", h.middelen]);
  if (h.indicator) rijen.push(["Hier zie je succes aan", h.indicator]);
  return (
    <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4 text-base">
      {rijen.map(([dt, dd]) => (
        <div key={dt} className="contents">
          <dt className="font-semibold">{dt}</dt>
          <dd className="whitespace-pre-line">{dd}</dd>
        </div>
      ))}
    </dl>
  );
}
