/**
 * The whole country on two instances: `npm run build && npm run bench:country [-- --seconds 60 --users 100]`.
 *
 * One PostgreSQL database with 342 scans (one per gemeente) of 8 deelnemers who have answered
 * everything; two `next start` instances on loopback, each with a pool of DATABASE_POOL_SIZE
 * connections; 100 deelnemers (spread over the gemeenten and both instances) autosaving with
 * a page load after every fifth answer, without pauses, for 60 seconds. Then the trivial
 * /api/health route driven the same way, for the ratio. Prints throughput, p50/p95/p99,
 * errors (must be 0) and the most PostgreSQL connections seen, against the pool sizes.
 */
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import os from "node:os";
import { performance } from "node:perf_hooks";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { openDb } from "@/db/client";
import { scanMembers, sessions } from "@/db/schema";
import { allQuestionIds, getModel } from "@/lib/analysetool";
import { exitWithUsageOnHelp } from "../scripts/usage";
import { startAppServer } from "../tests/e2e/server";
import { fillAnswers } from "../tests/support/answers";
import { createBulkScans } from "../tests/support/bulk-scans";
import { createPgDatabase, postgresAvailable } from "../tests/support/test-db";
import { autosaveRequest, percentile, serverActionId, type TResult, timed } from "./lib/http";

exitWithUsageOnHelp(
  "npm run bench:country [-- --seconds 60 --users 100] — het hele land op twee next start-instanties tegen één PostgreSQL (eerst npm run build).",
);

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const SECONDS = arg("--seconds", 60);
const USERS = arg("--users", 100);
const POOL = 10;
const DAY = 86_400_000;

async function main() {
  if (!existsSync(".next/BUILD_ID")) throw new Error("Geen productiebuild: draai eerst `npm run build`.");
  if (!(await postgresAvailable())) throw new Error("PostgreSQL antwoordt niet (zie TEST_PG_ADMIN_URL).");
  const actionId = serverActionId("saveAntwoordAction");
  const created = await createPgDatabase();
  const handle = await openDb(created.url, { max: 4 });
  const now = Date.now();
  console.log("Vullen: 342 scans × 8 deelnemers, alle antwoorden …");
  const { scanIds } = await createBulkScans(handle.db, {
    scans: 342,
    deelnemersPerScan: 8,
    stap: "analysetool",
    workshopAt: new Date(now + 16 * DAY),
    startedAt: new Date(now - DAY),
    emailPrefix: "land",
  });
  for (const id of scanIds) await fillAnswers(handle.db, id, { submit: false });
  // The benchmark measures autosave and pages, not sign-in: sessions are written directly.
  const members = await handle.db.select({ userId: scanMembers.userId, scanId: scanMembers.scanId }).from(scanMembers);
  const chosen = Array.from({ length: USERS }, (_, i) => members[(i * 27) % members.length]!);
  const tokens = chosen.map(() => randomBytes(32).toString("hex"));
  await handle.db.insert(sessions).values(
    chosen.map((m, i) => ({
      sessionToken: tokens[i]!,
      userId: m.userId,
      expires: new Date(now + 12 * 3_600_000),
      createdAt: new Date(now),
      lastSeenAt: new Date(now),
    })),
  );
  const answers = Number(((await handle.db.execute(sql`select count(*)::int as n from antwoorden`)) as unknown as { n: number }[])[0]?.n ?? 0);
  await handle.close();

  const env = { DATABASE_URL: created.url, SCHEDULER: "off", DATABASE_POOL_SIZE: String(POOL) };
  const servers = await Promise.all([startAppServer(env), startAppServer(env)]);
  const ids = allQuestionIds(getModel("2026.1")).filter((id) => !id.startsWith("open."));
  const dbName = new URL(created.url).pathname.slice(1);
  const monitor = postgres(created.url, { max: 1, onnotice: () => {} });
  let maxConnections = 0;
  const sampler = setInterval(async () => {
    const [row] = await monitor<{ n: number }[]>`select count(*)::int as n from pg_stat_activity where datname = ${dbName} and pid <> pg_backend_pid()`;
    maxConnections = Math.max(maxConnections, row?.n ?? 0);
  }, 250);

  const user = (i: number) => ({ base: servers[i % 2]!.url, cookie: `authjs.session-token=${tokens[i]}`, scanId: chosen[i]!.scanId });
  const save = (i: number, n: number) => {
    const u = user(i);
    const vraagId = ids[(i * 7 + n) % ids.length]!;
    return timed(
      () => autosaveRequest({ baseUrl: u.base, actionId, scanId: u.scanId, cookie: u.cookie, vraagId, keuze: String(1 + ((i + n) % 5)) }),
      (b) => b.includes('"status":"ok"'),
    );
  };
  const page = (i: number) => {
    const u = user(i);
    return timed(
      () => fetch(`${u.base}/scans/${u.scanId}/analysetool/data`, { headers: { Cookie: u.cookie } }),
      (b) => b.includes("vragen beantwoord"),
    );
  };
  const health = (i: number) =>
    timed(
      () => fetch(`${user(i).base}/api/health`),
      (b) => b.includes('"status":"ok"'),
    );

  // Warm both instances.
  await Promise.all(Array.from({ length: USERS }, (_, i) => Promise.all([save(i, 0), page(i), health(i)])));

  const drive = async (fn: (i: number, n: number) => Promise<TResult[]>) => {
    const results: TResult[] = [];
    const until = performance.now() + SECONDS * 1000;
    await Promise.all(
      Array.from({ length: USERS }, async (_, i) => {
        for (let n = 1; performance.now() < until; n++) results.push(...(await fn(i, n)));
      }),
    );
    return results;
  };
  const saves: TResult[] = [];
  const pages: TResult[] = [];
  console.log(`${USERS} deelnemers, ${SECONDS} s zonder pauzes, verdeeld over twee instanties …`);
  await drive(async (i, n) => {
    const s = await save(i, n);
    saves.push(s);
    if (n % 5 !== 0) return [s];
    const p = await page(i);
    pages.push(p);
    return [s, p];
  });
  const base = await drive(async (i) => [await health(i)]);
  clearInterval(sampler);
  await monitor.end();
  await Promise.all(servers.map((s) => s.stop()));
  await created.drop();

  const row = (name: string, r: TResult[], b?: TResult[]) => {
    const ok = r.filter((x) => x.ok).map((x) => x.ms);
    const bp95 = b
      ? percentile(
          b.filter((x) => x.ok).map((x) => x.ms),
          95,
        )
      : NaN;
    const p95 = percentile(ok, 95);
    return `| ${name} | ${r.length} | ${(r.length / SECONDS).toFixed(1)} | ${percentile(ok, 50).toFixed(1)} | ${p95.toFixed(1)} | ${percentile(ok, 99).toFixed(1)} | ${r.length - ok.length} | ${b ? `${(p95 / bp95).toFixed(1)}×` : "–"} |`;
  };
  const cpu = os.cpus();
  console.log(
    `\nMachine: ${cpu.length} × ${cpu[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}; ${answers.toLocaleString("nl-NL")} antwoorden in de database`,
  );
  console.log("| route | requests | req/s | p50 ms | p95 ms | p99 ms | errors | p95 / baseline |\n|---|---:|---:|---:|---:|---:|---:|---:|");
  console.log(row("autosave", saves, base));
  console.log(row("page load", pages, base));
  console.log(row("/api/health (baseline)", base));
  console.log(`\nPostgreSQL connections seen at most: ${maxConnections} (pools: 2 × ${POOL} + 1 monitor)`);
  const errors = [...saves, ...pages, ...base].filter((r) => !r.ok).length;
  if (errors > 0 || maxConnections > 2 * POOL + 1) {
    console.error(`FOUT: ${errors} fouten, ${maxConnections} verbindingen`);
    process.exitCode = 1;
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
