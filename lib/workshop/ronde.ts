/**
 * The live workshop round (issue 18), pure: which step is allowed when, and what the room
 * answered. A round is opened for one dimension, answered from the phones while open, shown
 * to the room when the begeleider reveals it, and closed; a second round on the same
 * dimension lets the room revise (Delphi).
 */
import type { TRondeStatus, TScanState } from "@/db/schema";
import { kwantiel, niveauVerdeling } from "@/lib/benchmark/statistiek";

/** A reason on a phone is one line: longer belongs in the conversation. */
export const RONDE_TOELICHTING_MAX = 200;

export type TRondeStand = { status: TRondeStatus; onthuld: boolean };

export type TRondeActie = "openen" | "onthullen" | "sluiten" | "stemmen";

/** Why the step is refused, in Dutch, or null when it may happen. */
export function rondeWeigering(actie: TRondeActie, ctx: { stap: TScanState; ronde: TRondeStand | null; anderOpen?: boolean }): string | null {
  if (ctx.stap !== "workshop") return "Rondes zijn er alleen tijdens de workshop (stap 4).";
  if (actie === "openen") return ctx.anderOpen ? "Er is al een ronde open. Sluit die eerst." : null;
  if (!ctx.ronde) return "Deze ronde bestaat niet.";
  if (actie === "onthullen") return ctx.ronde.onthuld ? "De verdeling is al getoond." : null;
  if (ctx.ronde.status !== "open") return actie === "stemmen" ? "Deze ronde is gesloten: je antwoord kan niet meer veranderen." : "Deze ronde is al gesloten.";
  return null;
}

export type TStem = { niveau: number | null; weetNiet: boolean };

export type TRondeUitslag = {
  antwoorden: number;
  /** How many chose level 1, 2, 3, 4 and 5. */
  verdeling: [number, number, number, number, number];
  weetNiet: number;
  /** Of the levels chosen, to the nearest half step: what the consensus form starts from. */
  mediaan: number | null;
};

export function rondeUitslag(stemmen: readonly TStem[]): TRondeUitslag {
  const niveaus = stemmen.flatMap((s) => (s.weetNiet || s.niveau === null ? [] : [s.niveau])).sort((a, b) => a - b);
  return {
    antwoorden: stemmen.length,
    verdeling: niveauVerdeling(niveaus),
    weetNiet: stemmen.length - niveaus.length,
    mediaan: niveaus.length ? Math.round(kwantiel(niveaus, 0.5) * 2) / 2 : null,
  };
}

/** What the tools said for the dimension: all answers to its questions, per level. */
export function toolVerdeling(vragen: readonly { verdeling: Readonly<Record<number, number>> }[]): [number, number, number, number, number] {
  const uit: [number, number, number, number, number] = [0, 0, 0, 0, 0];
  for (const v of vragen) for (let n = 1; n <= 5; n++) uit[n - 1]! += v.verdeling[n] ?? 0;
  return uit;
}
