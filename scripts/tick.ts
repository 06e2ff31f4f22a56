/** `npm run tick`: one scheduler step for a cron job (honours DATABASE_URL). */
import { openDb } from "@/db/client";
import { tick } from "./tick";

const handle = await openDb(process.env.DATABASE_URL || undefined);
try {
  const result = await tick(handle.db);
  console.log(JSON.stringify({ event: "tick.done", ...result }));
} finally {
  await handle.close();
}
