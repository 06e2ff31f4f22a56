"use client";

import { useTool } from "./tool-context";

/** Answered / total over the whole tool, as text and as a native progress bar. */
export function VoortgangBalk({ totaal }: { totaal: number }) {
  const { beantwoord } = useTool();
  const n = beantwoord.size;
  return (
    <div className="mb-6">
      <p id="voortgang-tekst" className="font-semibold">
        {n} van {totaal} vragen beantwoord
      </p>
      <progress aria-labelledby="voortgang-tekst" max={totaal} value={n} className="mt-1 h-3 w-full max-w-xl accent-rijk-700">
        {n} van {totaal}
      </progress>
    </div>
  );
}
