/** `npm run db:migrate`: applies pending migrations to DATABASE_URL (or the embedded database). */
import { openDb } from "./client";

const url = process.env.DATABASE_URL || undefined;
const handle = await openDb(url);
console.log(`Migraties toegepast op ${handle.driver === "pglite" ? "de ingebouwde database (.data/)" : "PostgreSQL"}.`);
await handle.close();
