import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { promisify } from "node:util";
import postgres from "postgres";

const run = promisify(execFile);

export type TRestoreCheck = { database: string; url: string; checked: number; mismatches: { id: string; scanId: string }[] };

/**
 * Restores a `pg_dump -Fc` file into a new database and checks every definitief report:
 * the sha256 of its stored PDF must equal the hash recorded when it was made. PDFs live
 * in the database, so this proves the backup holds the reports unchanged.
 */
export async function restoreAndVerify(dumpFile: string, adminUrl: string, name = `dvs_restore_${Date.now()}`): Promise<TRestoreCheck> {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`Ongeldige databasenaam: ${name}`);
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  await run("pg_restore", ["--no-owner", "--no-privileges", "--exit-on-error", "-d", url.toString(), dumpFile]);

  const sql = postgres(url.toString(), { max: 1, onnotice: () => {} });
  try {
    const rows = await sql<{ id: string; scan_id: string; pdf: Buffer; sha256: string }[]>`
      select id, scan_id, pdf, sha256 from rapporten where soort = 'definitief'`;
    const mismatches = rows.filter((r) => createHash("sha256").update(r.pdf).digest("hex") !== r.sha256).map((r) => ({ id: r.id, scanId: r.scan_id }));
    return { database: name, url: url.toString(), checked: rows.length, mismatches };
  } finally {
    await sql.end();
  }
}
