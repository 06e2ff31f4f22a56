/**
 * The scan's state machine in one place (architecture §2, issue 15.1): which step each
 * transition leaves and enters, who may perform it, and the audit action it writes. Every
 * change of `scans.stap` goes through `performTransition`, in the caller's transaction, as
 * `UPDATE … WHERE id = $1 AND stap = $van`: a transition that lost a race to another changes
 * nothing and says so, whatever the caller checked before. Only this module writes `stap`
 * (tests/unit/static-rules.test.ts). Sub-states within a step (stap 6 before and after the
 * top 3) are in `lib/scan/stap6.ts`.
 */
import { and, eq } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { scans, type TScanState } from "@/db/schema";
import { audit } from "@/lib/audit";
import type { TPermission } from "@/lib/auth/access";
import { UserError } from "@/lib/errors";

type TTransitie = {
  van: TScanState;
  naar: TScanState;
  /** The permission the action checks before it gets here (documented; the action enforces it). */
  permissie: TPermission | "admin";
  audit: string;
  /** Said when the scan is no longer in `van`. */
  bezet: string;
};

export const TRANSITIES = {
  acceptAanmelding: {
    van: "aangemeld",
    naar: "voorbereiding",
    permissie: "admin",
    audit: "aanmelding.geaccepteerd",
    bezet: "Deze aanmelding bestaat niet of is al behandeld.",
  },
  declineAanmelding: {
    van: "aangemeld",
    naar: "afgewezen",
    permissie: "admin",
    audit: "aanmelding.afgewezen",
    bezet: "Deze aanmelding bestaat niet of is al behandeld.",
  },
  startAnalysetool: {
    van: "voorbereiding",
    naar: "analysetool",
    permissie: "scan.plan",
    audit: "analysetool.gestart",
    bezet: "De analysetool is al gestart.",
  },
  closeAnalysetool: {
    van: "analysetool",
    naar: "workshop",
    permissie: "scan.begeleid",
    audit: "scan.closeAnalysetool",
    bezet: "De analysetool is niet (meer) open.",
  },
  closeWorkshop: {
    van: "workshop",
    naar: "concept",
    permissie: "scan.begeleid",
    audit: "scan.closeWorkshop",
    bezet: "De scan staat niet in de workshopstap.",
  },
  startHandelingsperspectieven: {
    van: "concept",
    naar: "handelingsperspectieven",
    permissie: "scan.begeleid",
    audit: "scan.startHandelingsperspectieven",
    bezet: "De scan staat niet in stap 5.",
  },
  finalize: {
    van: "handelingsperspectieven",
    naar: "afgerond",
    permissie: "scan.begeleid",
    audit: "scan.finalize",
    bezet: "Het eindrapport stel je vast in stap 6, na het vastleggen van de top 3.",
  },
} as const satisfies Record<string, TTransitie>;

export type TTransitieNaam = keyof typeof TRANSITIES;

/** Columns a transition may stamp besides `stap` (the moment something happened). */
type TStempels = Partial<
  Pick<typeof scans.$inferInsert, "analysetoolStartedAt" | "analysetoolClosedAt" | "workshopHeldAt" | "overlegAt" | "afgerondAt" | "afwijsReden">
>;

export async function performTransition(
  tx: Queryable,
  input: {
    scanId: string;
    transitie: TTransitieNaam;
    actorId: string;
    now: Date;
    stempels?: TStempels;
    details?: Record<string, string | number | boolean | null>;
  },
): Promise<void> {
  const t: TTransitie = TRANSITIES[input.transitie];
  const gewijzigd = await tx
    .update(scans)
    .set({ ...input.stempels, stap: t.naar, updatedAt: input.now })
    .where(and(eq(scans.id, input.scanId), eq(scans.stap, t.van)))
    .returning({ id: scans.id });
  if (gewijzigd.length === 0) throw new UserError(t.bezet);
  await audit(tx, {
    actorId: input.actorId,
    action: t.audit,
    scanId: input.scanId,
    details: { van: t.van, naar: t.naar, ...input.details },
    at: input.now,
  });
}
