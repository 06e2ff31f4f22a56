import { sql } from "drizzle-orm";
import { NextResponse } from "next/server";
import { getDbHandle } from "@/db/client";

export const dynamic = "force-dynamic";

/** For load balancers and hosting parties: is the app up, and can it reach its database? */
export async function GET() {
  const started = Date.now();
  try {
    const { db, driver } = await getDbHandle();
    await db.execute(sql`select 1`);
    return NextResponse.json({ status: "ok", database: { status: "ok", driver, latencyMs: Date.now() - started } });
  } catch {
    return NextResponse.json({ status: "error", database: { status: "unreachable" } }, { status: 503 });
  }
}
