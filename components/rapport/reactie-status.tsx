import type { TReactie } from "@/lib/data/rapport";

export const STATUS_TEKST: Record<TReactie["status"], string> = {
  open: "Nog niet behandeld",
  verwerkt: "Verwerkt",
  afgewezen: "Niet overgenomen",
};

/** A reaction with its status in words and the begeleider's answer. */
export function ReactieItem({ r, metNaam }: { r: TReactie; metNaam?: boolean }) {
  return (
    <>
      <p className="whitespace-pre-line">{r.tekst}</p>
      <p className="text-base text-gray-700">
        {metNaam && r.naam ? `${r.naam} · ` : ""}Concept versie {r.versie} · <strong>{STATUS_TEKST[r.status]}</strong>
      </p>
      {r.antwoord ? <p className="mt-1 whitespace-pre-line border-l-4 border-rijk-700 pl-3">Antwoord: {r.antwoord}</p> : null}
    </>
  );
}
