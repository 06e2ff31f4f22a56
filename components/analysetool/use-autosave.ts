"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { saveAntwoordAction } from "@/lib/actions/analysetool/save-antwoord";
import { initialActionState, type TActionState } from "@/lib/actions/state";

export type TAutosaveStatus = "rust" | "bezig" | "opgeslagen" | "opnieuw" | "geweigerd";
export type TAutosaveWaarde = { keuze?: string; toelichting?: string; tekst?: string };

/** Questions with a change the server has not confirmed yet, in this tab. */
const openstaand = new Set<string>();
let waarschuwingGezet = false;

/** Leaving the page with an unconfirmed change asks first (the browser's own dialog). */
function zetVertrekWaarschuwing() {
  if (waarschuwingGezet) return;
  waarschuwingGezet = true;
  window.addEventListener("beforeunload", (e) => {
    if (openstaand.size === 0) return;
    e.preventDefault();
    e.returnValue = "";
  });
}

const MAX_WACHT_MS = 30_000;

/**
 * Saves one question as soon as it changes, and never drops a change silently:
 * - one request per question at a time; a change made meanwhile is sent right after it;
 * - a network failure or server error retries with exponential backoff (1 s … 30 s, with
 *   jitter), and at once when the browser comes back online or the person changes it again;
 * - a refusal (the server names a field: e.g. already submitted) stops and says why;
 * - each change carries the moment it was made, so the server keeps the later of two tabs;
 * - leaving the page with an unconfirmed change asks first; unmounting (client navigation)
 *   still sends it.
 */
export function useAutosave(scanId: string, vraagId: string, opVervangen: (w: Required<TAutosaveWaarde>) => void) {
  const [status, setStatus] = useState<TAutosaveStatus>("rust");
  const [melding, setMelding] = useState<string | undefined>();
  const te = useRef<(TAutosaveWaarde & { op: number }) | null>(null);
  const bezig = useRef(false);
  const pogingen = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const vervangen = useRef(opVervangen);
  const sleutel = `${scanId}/${vraagId}`;

  useEffect(() => {
    vervangen.current = opVervangen;
  }, [opVervangen]);

  const verstuur = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current);
    const waarde = te.current;
    if (!waarde || bezig.current) return;
    bezig.current = true;
    setStatus("bezig");
    const fd = new FormData();
    fd.set("scanId", scanId);
    fd.set("vraagId", vraagId);
    for (const k of ["keuze", "toelichting", "tekst"] as const) if (waarde[k] !== undefined) fd.set(k, waarde[k]);
    fd.set("gewijzigdOp", String(waarde.op));
    let r: TActionState | null = null;
    try {
      r = await saveAntwoordAction(initialActionState, fd);
    } catch {
      r = null; // network down, server unreachable, or the response got lost
    }
    bezig.current = false;
    const nieuwer = te.current !== waarde;
    const geweigerd = r?.status === "error" && r.fieldErrors !== undefined;
    if (r?.status === "ok" || geweigerd) {
      pogingen.current = 0;
      if (nieuwer) return verstuur();
      te.current = null;
      openstaand.delete(sleutel);
      if (geweigerd) {
        setStatus("geweigerd");
        setMelding(r?.message);
        return;
      }
      if (r?.values) vervangen.current({ keuze: r.values.keuze ?? "", toelichting: r.values.toelichting ?? "", tekst: r.values.tekst ?? "" });
      setMelding(r?.values ? r.message : undefined);
      setStatus("opgeslagen");
      return;
    }
    pogingen.current++;
    setStatus("opnieuw");
    setMelding(r?.message);
    const wacht = Math.min(MAX_WACHT_MS, 1000 * 2 ** Math.min(pogingen.current - 1, 5));
    timer.current = setTimeout(() => void verstuur(), wacht * (0.75 + Math.random() * 0.5));
  }, [scanId, vraagId, sleutel]);

  /** Queue a change; `vertraging` (ms) lets typing settle before it is sent. */
  const bewaar = useCallback(
    (waarde: TAutosaveWaarde, vertraging = 0) => {
      zetVertrekWaarschuwing();
      te.current = { ...waarde, op: Date.now() };
      openstaand.add(sleutel);
      clearTimeout(timer.current);
      if (vertraging > 0) {
        setStatus("bezig");
        timer.current = setTimeout(() => void verstuur(), vertraging);
      } else void verstuur();
    },
    [sleutel, verstuur],
  );

  /** Send a pending (debounced) change now, e.g. when the text field loses focus. */
  const nu = useCallback(() => {
    if (te.current && !bezig.current) void verstuur();
  }, [verstuur]);

  useEffect(() => {
    const online = () => {
      if (te.current) void verstuur();
    };
    window.addEventListener("online", online);
    return () => {
      window.removeEventListener("online", online);
      // Navigating within the app unmounts the question: send what is pending anyway.
      if (te.current && !bezig.current) void verstuur();
    };
  }, [verstuur]);

  return { status, melding, bewaar, nu };
}

export function statusTekst(status: TAutosaveStatus, melding?: string): string {
  switch (status) {
    case "rust":
      return "";
    case "bezig":
      return "Wordt opgeslagen…";
    case "opgeslagen":
      return melding ? `Opgeslagen. ${melding}` : "Opgeslagen";
    case "opnieuw":
      return `Niet opgeslagen — we proberen het opnieuw.${melding ? ` ${melding}` : ""}`;
    case "geweigerd":
      return `Niet opgeslagen: ${melding ?? "dit antwoord is geweigerd."}`;
  }
}
