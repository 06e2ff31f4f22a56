import { sql } from "drizzle-orm";
import { NextResponse } from "next/server";
import { getDbHandle } from "@/db/client";
import { operationalState } from "@/lib/data/operations";

export const dynamic = "force-dynamic";

/**
 * For load balancers and hosting parties: is the app up, can it reach its database, and how
 * are the outbox and the scheduler doing? Counts and times only, nothing personal.
 */
export async function GET() {
  const started = Date.now();
  try {
    const { db, driver } = await getDbHandle();
    await db.execute(sql`select 1`);
    const latencyMs = Date.now() - started;
    const state = await operationalState(db);
    return NextResponse.json(
      { status: "ok", database: { status: "ok", driver, latencyMs }, ...state },
      { headers: { "cache-control": "no-store" } },
    );
  } catch {
    return NextResponse.json({ status: "error", database: { status: "unreachable" } }, { status: 503, headers: { "cache-control": "no-store" } });
  }
}
