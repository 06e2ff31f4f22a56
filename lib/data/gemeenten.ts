import "server-only";
import { asc, eq, ilike, or } from "drizzle-orm";
import { getDb } from "@/db/client";
import { gemeenten } from "@/db/schema";

/** For the registration form's datalist: every gemeente that can still register. */
export async function listActiveGemeenten(): Promise<{ code: string; naam: string }[]> {
  const db = await getDb();
  return db.select({ code: gemeenten.code, naam: gemeenten.naam }).from(gemeenten).where(eq(gemeenten.actief, true)).orderBy(asc(gemeenten.naam));
}

/** For admins: all gemeenten, optionally filtered on name or code. */
export async function listGemeentenVoorBeheer(zoek?: string) {
  const db = await getDb();
  const term = zoek?.trim().slice(0, 100);
  const pattern = term ? `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  return db
    .select({
      id: gemeenten.id,
      code: gemeenten.code,
      naam: gemeenten.naam,
      provincie: gemeenten.provincie,
      veiligheidsregioCode: gemeenten.veiligheidsregioCode,
      riec: gemeenten.riec,
      actief: gemeenten.actief,
    })
    .from(gemeenten)
    .where(pattern ? or(ilike(gemeenten.naam, pattern), ilike(gemeenten.code, pattern)) : undefined)
    .orderBy(asc(gemeenten.naam));
}
