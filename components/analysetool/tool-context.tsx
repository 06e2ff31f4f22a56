"use client";

import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from "react";

type TToolContext = { beantwoord: ReadonlySet<string>; zetBeantwoord: (vraagId: string, ja: boolean) => void };

const ToolContext = createContext<TToolContext | null>(null);

/**
 * Which questions are answered, live: the progress bar and the menu follow each choice at
 * once instead of waiting for the next page load. The server's count is the start value.
 */
export function ToolProvider({ beantwoord: initieel, children }: { beantwoord: string[]; children: ReactNode }) {
  const [beantwoord, setBeantwoord] = useState<ReadonlySet<string>>(() => new Set(initieel));
  const zetBeantwoord = useCallback((vraagId: string, ja: boolean) => {
    setBeantwoord((huidig) => {
      if (huidig.has(vraagId) === ja) return huidig;
      const nieuw = new Set(huidig);
      if (ja) nieuw.add(vraagId);
      else nieuw.delete(vraagId);
      return nieuw;
    });
  }, []);
  const value = useMemo(() => ({ beantwoord, zetBeantwoord }), [beantwoord, zetBeantwoord]);
  return <ToolContext.Provider value={value}>{children}</ToolContext.Provider>;
}

export function useTool(): TToolContext {
  const ctx = useContext(ToolContext);
  if (!ctx) throw new Error("useTool buiten ToolProvider");
  return ctx;
}

export type TLokaleWaarde = { keuze: string; toelichting: string; tekst: string };

/**
 * The last value given per question in this tab. The client router may show a cached page
 * after "back"; its questions start from what was given here, not from that older render.
 */
const lokaal = new Map<string, TLokaleWaarde>();

export function lokaleWaarde(scanId: string, vraagId: string): TLokaleWaarde | undefined {
  return lokaal.get(`${scanId}/${vraagId}`);
}

export function zetLokaleWaarde(scanId: string, vraagId: string, w: TLokaleWaarde): void {
  lokaal.set(`${scanId}/${vraagId}`, w);
}
