import { createPgDatabase, postgresAvailable } from "../../tests/support/test-db";

/** A fresh PostgreSQL database for a bench, or a Dutch message and exit 1 when there is no server. */
export async function benchDatabase(): Promise<Awaited<ReturnType<typeof createPgDatabase>>> {
  if (!(await postgresAvailable())) {
    console.error("Deze benchmark heeft PostgreSQL nodig (TEST_PG_ADMIN_URL of 127.0.0.1:5432).");
    process.exit(1);
  }
  return createPgDatabase();
}
