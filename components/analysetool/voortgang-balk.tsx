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
      <progress
        aria-labelledby="voortgang-tekst"
        max={totaal}
        value={n}
        className="mt-1 h-3 w-full max-w-xl appearance-none overflow-hidden rounded border border-gray-700 bg-gray-200 [&::-moz-progress-bar]:bg-rijk-700 [&::-webkit-progress-bar]:bg-gray-200 [&::-webkit-progress-value]:bg-rijk-700"
      >
        {n} van {totaal}
      </progress>
    </div>
  );
}
