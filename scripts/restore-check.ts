/**
 * `npm run db:restore-check -- <dump.pgc>`: restores a `pg_dump -Fc` backup into a fresh
 * database next to DATABASE_URL's (or TEST_PG_ADMIN_URL / RESTORE_ADMIN_URL) and verifies the
 * sha256 of every definitief report. Exit code 0 only when every hash matches.
 */
import { restoreAndVerify } from "../lib/ops/restore-check";
import { exitWithUsageOnHelp } from "./usage";

exitWithUsageOnHelp(
  "npm run db:restore-check -- <bestand.pgc> — zet een pg_dump -Fc terug in een nieuwe database en controleert de sha256 van elk definitief rapport.",
);
const dump = process.argv[2];
if (!dump) {
  console.error("Gebruik: npm run db:restore-check -- <bestand.pgc>  (gemaakt met pg_dump -Fc)");
  process.exit(2);
}
const base = process.env.RESTORE_ADMIN_URL || process.env.DATABASE_URL;
if (!base) {
  console.error("Zet RESTORE_ADMIN_URL of DATABASE_URL: de server waarop de nieuwe database komt.");
  process.exit(2);
}
const admin = new URL(base);
admin.pathname = "/postgres";
const result = await restoreAndVerify(dump, admin.toString());
console.log(`Teruggezet in database ${result.database}; ${result.checked} definitieve rapporten gecontroleerd.`);
if (result.mismatches.length) {
  console.error(`FOUT: ${result.mismatches.length} rapport(en) wijken af van hun sha256: ${result.mismatches.map((m) => m.id).join(", ")}`);
  process.exit(1);
}
console.log("Alle sha256-waarden kloppen.");
