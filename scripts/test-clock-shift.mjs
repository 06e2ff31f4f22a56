// `npm run test:clock`: the unit and database tests with this process's clock a year ahead and
// a year back, while PostgreSQL keeps the real one (tests/support/clock-shift.ts). A test that
// hard-codes a date the calendar will pass, or code that mixes the database's clock with the
// caller's `now`, fails here on the day it is written instead of on the day the date goes by.
import { spawnSync } from "node:child_process";

if (process.argv.includes("--help")) {
  console.log("npm run test:clock — unit- en databasetests met de klok van het testproces 400 dagen vooruit en 400 dagen terug.");
  process.exit(0);
}

// The mix only shows against a server with its own clock; PGlite runs inside the shifted
// process. tests/support/test-db.ts takes PostgreSQL where it answers, else PGlite.
const drivers = "postgres-else-pglite";
for (const days of [400, -400]) {
  console.log(`\n=== Klok ${days > 0 ? "+" : ""}${days} dagen ===`);
  const r = spawnSync(
    process.execPath,
    ["node_modules/vitest/vitest.mjs", "run", "--project", "unit", "--project", "db", "--exclude", "tests/unit/npm-scripts.test.ts"],
    { stdio: "inherit", env: { ...process.env, TEST_CLOCK_SHIFT_DAYS: String(days), TEST_DRIVERS: drivers } },
  );
  if (r.status !== 0) {
    console.error(`\n✗ Met de klok ${days} dagen verschoven faalt de testsuite: een test of code hangt af van de datum.`);
    process.exit(r.status ?? 1);
  }
}
console.log("\n✓ Geen test hangt af van de dag waarop hij draait.");
