import type { TRol, TScanState } from "@/db/schema";
import { ROL_LABELS } from "@/lib/analysetool/rollen-en-niveaus";
import { formatDatumTijd } from "@/lib/dates";
import { scheduleFor } from "@/lib/jobs/schedule";

/** Required before the analysetool goes out (architecture §1); data-analyse is "waar mogelijk". */
export const VERPLICHTE_ROLLEN = ["ondermijning", "privacy", "ict"] as const satisfies readonly TRol[];
export const GEWENSTE_ROLLEN = ["data_analyse"] as const satisfies readonly TRol[];

/** "ondermijning", "privacy", "ICT", "data-analyse": role names inside a sentence. */
export function rolInZin(rol: TRol): string {
  return rol === "ict" ? "ICT" : ROL_LABELS[rol].toLowerCase();
}

export type TChecklistPunt = { key: string; label: string; ok: boolean; verplicht: boolean; toelichting: string };

export type TStartCheck = {
  /** True when `startAnalysetool` may move the scan to stap 3. */
  ok: boolean;
  /** Every point of the stap-2 checklist, in display order. */
  punten: TChecklistPunt[];
  /** What blocks the start, as sentences to show. */
  ontbreekt: string[];
  /** What does not block but deserves attention. */
  waarschuwingen: string[];
};

export type TStartInput = {
  stap: TScanState;
  workshopAt: Date | null;
  deadlineAt?: Date | null;
  /** The perspective roles of the scan's deelnemers (null for a procesregisseur without a role). */
  rollen: (TRol | null)[];
  now: Date;
};

/**
 * The guard of the stap 2 → 3 transition, pure so the page can show exactly what is missing
 * and the action can refuse with the same words.
 */
export function checkStartAnalysetool(input: TStartInput): TStartCheck {
  const aanwezig = new Set(input.rollen.filter((r): r is TRol => r !== null));
  const punten: TChecklistPunt[] = [];
  const ontbreekt: string[] = [];
  const waarschuwingen: string[] = [];

  for (const rol of VERPLICHTE_ROLLEN) {
    const ok = aanwezig.has(rol);
    punten.push({
      key: rol,
      label: `Deelnemer vanuit ${rolInZin(rol)}`,
      ok,
      verplicht: true,
      toelichting: ok ? "Aanwezig" : "Ontbreekt nog",
    });
    if (!ok) ontbreekt.push(`Er is nog geen deelnemer vanuit ${rolInZin(rol)}.`);
  }
  for (const rol of GEWENSTE_ROLLEN) {
    const ok = aanwezig.has(rol);
    punten.push({
      key: rol,
      label: `Deelnemer vanuit ${rolInZin(rol)} (waar mogelijk)`,
      ok,
      verplicht: false,
      toelichting: ok ? "Aanwezig" : "Nog niet; niet verplicht",
    });
    if (!ok) waarschuwingen.push(`Er is nog geen deelnemer vanuit ${rolInZin(rol)}. Dat is niet verplicht, maar wel waardevol als het kan.`);
  }

  const datumOk = input.workshopAt !== null;
  punten.push({
    key: "workshopdatum",
    label: "Workshopdatum",
    ok: datumOk,
    verplicht: true,
    toelichting: input.workshopAt ? formatDatumTijd(input.workshopAt) : "Nog niet gekozen",
  });
  if (!input.workshopAt) {
    ontbreekt.push("Er is nog geen workshopdatum gekozen.");
  } else {
    const { deadline } = scheduleFor(input.workshopAt, input.deadlineAt);
    if (deadline.getTime() <= input.now.getTime()) {
      ontbreekt.push(`De deadline voor de analysetool (${formatDatumTijd(deadline)}) is al voorbij. Kies een latere workshopdatum.`);
    }
  }

  if (input.stap !== "voorbereiding") ontbreekt.unshift("De scan is niet (meer) in stap 2.");
  return { ok: ontbreekt.length === 0, punten, ontbreekt, waarschuwingen };
}
