import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { isCronAuthorized } from "@/lib/auth/cron";
import { tick } from "@/lib/jobs/tick";
import { log } from "@/lib/log";

export const dynamic = "force-dynamic";

/** For a platform scheduler: one tick (sweep + send). Same function as the in-process timer. */
export async function POST(req: NextRequest) {
  if (!isCronAuthorized(req.headers.get("authorization"))) {
    return NextResponse.json({ error: "Niet geautoriseerd." }, { status: 401 });
  }
  try {
    const result = await tick(await getDb());
    return NextResponse.json(result);
  } catch (err) {
    log.error("cron.tick_failed", err);
    return NextResponse.json({ error: "De tick is mislukt; zie de serverlog." }, { status: 500 });
  }
}
