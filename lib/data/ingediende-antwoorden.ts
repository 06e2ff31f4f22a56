import "server-only";
import { and, eq, isNotNull } from "drizzle-orm";
import { antwoorden, scanMembers, type TRol } from "@/db/schema";
import type { TAnswer, TGeenOordeel, TNiveau } from "@/lib/analysetool";

/**
 * The answers that count for results and reports: those of members with a perspective role
 * who submitted. Shared by the workshop results and the report loader so both compute from
 * exactly the same rows; callers add their own joins (names) and order.
 */
export const ANTWOORD_VELDEN = {
  memberId: antwoorden.memberId,
  rol: scanMembers.rol,
  vraagId: antwoorden.vraagId,
  niveau: antwoorden.niveau,
  geenOordeel: antwoorden.geenOordeel,
  toelichting: antwoorden.toelichting,
  tekst: antwoorden.tekst,
};

/** One answer's content, without whose it is: what the tool shows and hands back. */
export const ANTWOORD_INHOUD = {
  vraagId: antwoorden.vraagId,
  niveau: antwoorden.niveau,
  geenOordeel: antwoorden.geenOordeel,
  toelichting: antwoorden.toelichting,
  tekst: antwoorden.tekst,
};

/** Join condition: the answer's member, of this scan. */
export const lidVanScan = (scanId: string) => and(eq(scanMembers.id, antwoorden.memberId), eq(scanMembers.scanId, scanId));

/** Filter: answers of this scan by members who submitted and have a perspective role. */
export const ingediendInScan = (scanId: string) => and(eq(antwoorden.scanId, scanId), isNotNull(scanMembers.ingediendAt), isNotNull(scanMembers.rol));

type TAntwoordRij = {
  memberId: string;
  rol: string | null;
  vraagId: string;
  niveau: number | null;
  geenOordeel: string | null;
  toelichting: string | null;
  tekst: string | null;
};

/** A database row as the scoring functions take it (the role is non-null by the filter above). */
export function alsAnswer(r: TAntwoordRij): TAnswer {
  return {
    memberId: r.memberId,
    rol: r.rol as TRol,
    vraagId: r.vraagId,
    niveau: (r.niveau as TNiveau | null) ?? null,
    geenOordeel: (r.geenOordeel as TGeenOordeel | null) ?? null,
    toelichting: r.toelichting,
    tekst: r.tekst,
  };
}
