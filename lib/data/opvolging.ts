import "server-only";
import { and, asc, desc, eq, isNotNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { handelingsperspectieven, hpVoortgang, scanMembers, type TOpvolgStatus, users } from "@/db/schema";
import { HP_VELDEN } from "./handelingsperspectieven";

export type TVoortgangRegel = { id: string; status: TOpvolgStatus; notitie: string | null; door: string; at: Date };

export type TOpvolgItem = Awaited<ReturnType<typeof listTop3Met>>[number] & {
  status: TOpvolgStatus;
  laatsteUpdate: Date | null;
  historie: TVoortgangRegel[];
};

function listTop3Met(scanId: string) {
  return getDb().then((db) =>
    db
      .select({ ...HP_VELDEN, id: handelingsperspectieven.id, eigenaarMemberId: handelingsperspectieven.eigenaarMemberId, eigenaarLid: users.name })
      .from(handelingsperspectieven)
      .leftJoin(scanMembers, eq(scanMembers.id, handelingsperspectieven.eigenaarMemberId))
      .leftJoin(users, eq(users.id, scanMembers.userId))
      .where(and(eq(handelingsperspectieven.scanId, scanId), isNotNull(handelingsperspectieven.rang)))
      .orderBy(asc(handelingsperspectieven.rang)),
  );
}

/**
 * Stap 7: the top 3 as a plan, each with its current status (the latest update, or "niet
 * gestart"), the date of that update and the whole history, newest first. Call only after
 * the access check.
 */
export async function listOpvolging(scanId: string): Promise<TOpvolgItem[]> {
  const db = await getDb();
  const [items, regels] = await Promise.all([
    listTop3Met(scanId),
    db
      .select({ regel: hpVoortgang, door: users.name })
      .from(hpVoortgang)
      .innerJoin(users, eq(users.id, hpVoortgang.userId))
      .where(eq(hpVoortgang.scanId, scanId))
      .orderBy(desc(hpVoortgang.createdAt), desc(hpVoortgang.id)),
  ]);
  return items.map((item) => {
    const historie = regels
      .filter((r) => r.regel.hpId === item.id)
      .map(({ regel, door }) => ({ id: regel.id, status: regel.status, notitie: regel.notitie, door: door ?? "Onbekend", at: regel.createdAt }));
    return { ...item, status: historie[0]?.status ?? "niet_gestart", laatsteUpdate: historie[0]?.at ?? null, historie };
  });
}
