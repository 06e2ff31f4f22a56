import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { workshopRondes } from "@/db/schema";

/** The channel every screen of a workshop listens on (lib/live/workshop-live.ts); the payload is the scan id. */
export const WORKSHOP_KANAAL = "workshop";

/** Tells every instance, once the transaction commits, that this scan's round changed. */
export async function meldWorkshop(tx: Queryable, scanId: string) {
  await tx.execute(sql`select pg_notify(${WORKSHOP_KANAAL}, ${scanId})`);
}

/**
 * A round of this scan, locked for the rest of the transaction; undefined when it is not this
 * scan's. Votes take a shared lock, so a room's votes do not wait for each other, while a
 * close (exclusive) waits for the votes in flight and every vote after it sees it closed.
 */
export async function rondeVoorUpdate(tx: Queryable, scanId: string, rondeId: string, slot: "update" | "share" = "update") {
  const [ronde] = await tx
    .select()
    .from(workshopRondes)
    .where(and(eq(workshopRondes.id, rondeId), eq(workshopRondes.scanId, scanId)))
    .for(slot);
  return ronde;
}
