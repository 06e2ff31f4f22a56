import { sql } from "drizzle-orm";
import { type NextRequest, NextResponse } from "next/server";
import { getDbHandle } from "@/db/client";
import { isCronAuthorized } from "@/lib/auth/cron";
import { getCurrentUser } from "@/lib/auth/session";
import { operationalState } from "@/lib/data/operations";

export const dynamic = "force-dynamic";

const NO_STORE = { "cache-control": "no-store" };

/**
 * For load balancers: `{"status":"ok"}` when the app can reach its database, else 503.
 * The details (driver, latency, outbox counts, last tick) tell an attacker what runs here and
 * how busy it is (issue 14.6), so only an admin or a caller with the cron secret sees them;
 * the admin also has them on /beheer/status.
 */
export async function GET(req: NextRequest) {
  const started = performance.now();
  try {
    const { db, driver } = await getDbHandle();
    await db.execute(sql`select 1`);
    const latencyMs = Math.round(performance.now() - started);
    if (!(await mayReadDetails(req))) return NextResponse.json({ status: "ok" }, { headers: NO_STORE });
    const state = await operationalState(db);
    return NextResponse.json({ status: "ok", database: { status: "ok", driver, latencyMs }, ...state }, { headers: NO_STORE });
  } catch {
    return NextResponse.json({ status: "error" }, { status: 503, headers: NO_STORE });
  }
}

async function mayReadDetails(req: NextRequest): Promise<boolean> {
  if (isCronAuthorized(req.headers.get("authorization"))) return true;
  // Without a session cookie there is nobody to look up: the balancer's probe stays one query.
  if (!req.headers.get("cookie")) return false;
  return (await getCurrentUser())?.role === "admin";
}
