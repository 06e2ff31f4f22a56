/**
 * `npm run db:seed`: demo data. Idempotent. Refuses a production environment unless
 * `--force` is given, so a hosting party cannot fill a real database with demo people.
 */
import { openDb } from "@/db/client";
import { seedDemo } from "@/db/seed";
import { seedDemoBenchmark } from "@/lib/demo/seed-benchmark";
import { seedDemoRapporten } from "@/lib/demo/seed-rapporten";
import { exitWithUsageOnHelp } from "./usage";

exitWithUsageOnHelp("npm run db:seed [-- --force] — zet de demodata neer (idempotent); weigert in productie zonder --force.");
const force = process.argv.includes("--force");
const production = process.env.NODE_ENV === "production" || process.env.APP_ENV === "production";
if (production && !force) {
  console.error("Weigering: dit is een productieomgeving (NODE_ENV/APP_ENV=production). Gebruik --force als je echt demodata wilt.");
  process.exit(1);
}
const handle = await openDb(process.env.DATABASE_URL || undefined);
const summary = await seedDemo(handle.db);
// The benchmark's demo reports first: Deventer's first report is then made against an edition.
const rapporten = (await seedDemoBenchmark(handle.db)) + (await seedDemoRapporten(handle.db));
console.log(`Demodata klaar: ${summary.users} accounts, ${summary.scans} scans${rapporten ? `, ${rapporten} eindrapporten gemaakt` : ""}.`);
await handle.close();
