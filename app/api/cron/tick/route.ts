import { type NextRequest, NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { isCronAuthorized } from "@/lib/auth/cron";
import { env } from "@/lib/env";
import { tick } from "@/lib/jobs/tick";
import { log } from "@/lib/log";

export const dynamic = "force-dynamic";

/**
 * Tests travel in time through `{"now": "<ISO>"}`, but only on a server started with
 * ALLOW_TIME_TRAVEL=1 (the e2e harness); everywhere else the body is ignored.
 */
async function requestedNow(req: NextRequest): Promise<Date> {
  if (!env("ALLOW_TIME_TRAVEL")) return new Date();
  const body = (await req.json().catch(() => null)) as { now?: unknown } | null;
  const at = typeof body?.now === "string" ? new Date(body.now) : null;
  return at && !Number.isNaN(at.getTime()) ? at : new Date();
}

/** For a platform scheduler: one tick (sweep + send). Same function as the in-process timer. */
export async function POST(req: NextRequest) {
  if (!isCronAuthorized(req.headers.get("authorization"))) {
    return NextResponse.json({ error: "Niet geautoriseerd." }, { status: 401 });
  }
  try {
    const result = await tick(await getDb(), await requestedNow(req));
    return NextResponse.json(result);
  } catch (err) {
    log.error("cron.tick_failed", err, { requestId: req.headers.get("x-request-id") });
    return NextResponse.json({ error: "De tick is mislukt; zie de serverlog." }, { status: 500 });
  }
}
