/** `npm run db:migrate`: applies pending migrations to DATABASE_URL (or the embedded database). */
exitWithUsageOnHelp("npm run db:migrate — past openstaande migraties toe op DATABASE_URL (leeg: de ingebouwde database in .data/).");

import { openDb } from "@/db/client";
import { exitWithUsageOnHelp } from "./usage";

const url = process.env.DATABASE_URL || undefined;
const handle = await openDb(url);
console.log(`Migraties toegepast op ${handle.driver === "pglite" ? "de ingebouwde database (.data/)" : "PostgreSQL"}.`);
await handle.close();
