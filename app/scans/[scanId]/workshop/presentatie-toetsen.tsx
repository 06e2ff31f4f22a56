"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/** Arrow keys and Page Up/Down move through the presentation, as with slides. */
export function PresentatieToetsen({ vorige, volgende }: { vorige: string | null; volgende: string | null }) {
  const router = useRouter();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target && ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName)) return;
      if ((e.key === "ArrowRight" || e.key === "PageDown") && volgende) router.push(volgende);
      if ((e.key === "ArrowLeft" || e.key === "PageUp") && vorige) router.push(vorige);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [router, vorige, volgende]);
  return null;
}
