import "server-only";
import { getDbHandle } from "@/db/client";
import { log } from "@/lib/log";
import { WORKSHOP_KANAAL } from "@/lib/workshop/ronde-db";

type TAbonnee = (scanId: string) => void;
type TLive = { abonnees: Map<string, Set<TAbonnee>>; luistert?: Promise<void> };

/**
 * One LISTEN per instance for every open workshop screen (issue 18): a vote on any instance
 * notifies through PostgreSQL, and this instance tells its own screens of that scan. Only the
 * subscriptions live in memory; what a screen shows is always read from the database.
 */
function live(): TLive {
  const g = globalThis as { __dvsWorkshopLive?: TLive };
  g.__dvsWorkshopLive ??= { abonnees: new Map() };
  return g.__dvsWorkshopLive;
}

async function luister(l: TLive) {
  const handle = await getDbHandle();
  await handle.listen(WORKSHOP_KANAAL, (scanId) => {
    for (const f of l.abonnees.get(scanId) ?? []) {
      try {
        f(scanId);
      } catch (err) {
        log.error("workshop.live_abonnee", err);
      }
    }
  });
}

/** Calls `bijWijziging` whenever a round of this scan changes; returns the unsubscribe. */
export async function volgWorkshop(scanId: string, bijWijziging: TAbonnee): Promise<() => void> {
  const l = live();
  if (!l.luistert) {
    l.luistert = luister(l).catch((err) => {
      l.luistert = undefined;
      throw err;
    });
  }
  await l.luistert;
  const set = l.abonnees.get(scanId) ?? new Set();
  set.add(bijWijziging);
  l.abonnees.set(scanId, set);
  return () => {
    set.delete(bijWijziging);
    if (set.size === 0) l.abonnees.delete(scanId);
  };
}
