import type { TStartCheck } from "@/lib/scan/start-guard";

/** The stap-2 checklist: status in words and a symbol, never colour alone. */
export function Stap2Checklist({ check }: { check: TStartCheck }) {
  return (
    <ul className="space-y-1" aria-label="Checklist stap 2">
      {check.punten.map((p) => (
        <li key={p.key} className="flex gap-2">
          <span aria-hidden="true" className={p.ok ? "font-bold text-succes" : p.verplicht ? "font-bold text-fout" : "font-bold text-gray-700"}>
            {p.ok ? "✓" : p.verplicht ? "✗" : "–"}
          </span>
          <span>
            {p.label}: <strong>{p.toelichting}</strong>
          </span>
        </li>
      ))}
    </ul>
  );
}
