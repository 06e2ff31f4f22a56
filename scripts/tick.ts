/** `npm run tick`: one scheduler step for a cron job (honours DATABASE_URL). */
exitWithUsageOnHelp("npm run tick — één stap van de planner: herinneringen klaarzetten, mail versturen, bewaartermijnen (DATABASE_URL).");

import { openDb } from "@/db/client";
import { tick } from "@/lib/jobs/tick";
import { exitWithUsageOnHelp } from "./usage";

const handle = await openDb(process.env.DATABASE_URL || undefined);
try {
  const result = await tick(handle.db);
  console.log(JSON.stringify({ event: "tick.done", ...result }));
} finally {
  await handle.close();
}
