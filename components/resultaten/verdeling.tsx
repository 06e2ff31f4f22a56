import { NIVEAUS, type TVerdeling } from "@/lib/analysetool";

/** Distribution of levels as text plus bars; the numbers are always written out. */
export function Verdeling({ verdeling, weetNiet, nvt }: { verdeling: TVerdeling; weetNiet: number; nvt: number }) {
  const max = Math.max(1, ...NIVEAUS.map((n) => verdeling[n]));
  return (
    <dl className="grid grid-cols-[max-content_1fr] items-center gap-x-3 gap-y-1 text-base">
      {NIVEAUS.map((n) => (
        <div key={n} className="contents">
          <dt>Niveau {n}</dt>
          <dd className="flex items-center gap-2">
            <span aria-hidden="true" className="inline-block h-3 bg-rijk-700" style={{ width: `${(verdeling[n] / max) * 8}rem` }} />
            <span>{verdeling[n]}</span>
          </dd>
        </div>
      ))}
      <dt>Weet ik niet</dt>
      <dd>{weetNiet}</dd>
      <dt>Niet van toepassing</dt>
      <dd>{nvt}</dd>
    </dl>
  );
}
