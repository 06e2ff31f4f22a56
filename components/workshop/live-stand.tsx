"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";

type TStand = { ronde: { id: string; status: string; onthuld: boolean; uitslag: { antwoorden: number } } | null; leden: number };

/** Screen readers hear the counter at most this often, however fast the room answers. */
const AANKONDIGEN_MS = 5000;

/**
 * Follows the workshop's rounds live (server-sent events, issue 18). The count of answers
 * updates in place; when a round opens, is revealed or closes, the page is rendered again
 * by the server. Without JavaScript the page shows the same on reload.
 */
export function LiveStand({
  scanId,
  rondeId,
  status,
  onthuld,
  antwoorden,
  leden,
  toonTeller = true,
}: {
  scanId: string;
  rondeId: string | null;
  status: string | null;
  onthuld: boolean;
  antwoorden: number;
  leden: number;
  toonTeller?: boolean;
}) {
  const router = useRouter();
  const [stand, setStand] = useState({ antwoorden, leden });
  const [aangekondigd, setAangekondigd] = useState({ antwoorden, leden });
  const laatste = useRef(0);
  const sleutel = `${rondeId}/${status}/${onthuld}`;

  useEffect(() => {
    const bron = new EventSource(`/api/scans/${scanId}/workshop/live`);
    bron.addEventListener("stand", (e) => {
      const s = JSON.parse((e as MessageEvent<string>).data) as TStand;
      const nieuw = `${s.ronde?.id ?? null}/${s.ronde?.status ?? null}/${s.ronde?.onthuld ?? false}`;
      if (nieuw !== sleutel) router.refresh();
      setStand({ antwoorden: s.ronde?.uitslag.antwoorden ?? 0, leden: s.leden });
    });
    return () => bron.close();
  }, [scanId, sleutel, router]);

  useEffect(() => {
    const nu = Date.now();
    const wacht = Math.max(0, laatste.current + AANKONDIGEN_MS - nu);
    const t = setTimeout(() => {
      laatste.current = Date.now();
      setAangekondigd(stand);
    }, wacht);
    return () => clearTimeout(t);
  }, [stand]);

  if (!toonTeller || !rondeId) return null;
  return (
    <div className="mt-4">
      <p className="text-3xl font-bold" data-testid="ronde-teller" aria-hidden="true">
        {stand.antwoorden} van {stand.leden} deelnemers hebben geantwoord
      </p>
      <p className="sr-only" aria-live="polite">
        {aangekondigd.antwoorden} van {aangekondigd.leden} deelnemers hebben geantwoord
      </p>
    </div>
  );
}
