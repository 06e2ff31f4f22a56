/**
 * Autosave under load: `npm run build`, then `npm run bench:autosave [-- --seconds 15 --seconds-mens 45 --deelnemers 50]`.
 *
 * Starts the production build (`next start`) on a fresh PostgreSQL database with one scan in
 * stap 3 and N deelnemers, signs them all in, and measures in one run, each pattern also
 * against the trivial `/api/health` (one `select 1`) driven the same way:
 * - "mensentempo": N deelnemers at once, each answering a question every 5–15 s and loading
 *   a tool page after every fifth answer (people need about a minute per question);
 * - "druk": the same every 0.5–1.5 s, some 50 times the human pace;
 * - "stress": N requests always in flight, no pauses (like `autocannon -c N`): autosave,
 *   a tool page and the baseline each on their own, for the capacity ceiling.
 * Prints p50/p95/p99, throughput, errors and the ratio to the baseline of the same pattern.
 * Autosave is called exactly as the browser calls it: a POST with the server action's id
 * (read from the build's server-reference-manifest.json), React's encoded arguments and
 * the session cookie. The load generator runs on the same machine and takes its share.
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { asc, eq, sql } from "drizzle-orm";
import { openDb } from "@/db/client";
import { scanMembers, sessions } from "@/db/schema";
import { allQuestionIds, getModel } from "@/lib/analysetool";
import { exitWithUsageOnHelp } from "../scripts/usage";
import { startAppServer } from "../tests/e2e/server";
import { createBulkScans } from "../tests/support/bulk-scans";
import { createPgDatabase, postgresAvailable } from "../tests/support/test-db";
import { autosaveRequest, percentile, serverActionId, sleep, type TResult, timed } from "./lib/http";

exitWithUsageOnHelp(
  "npm run bench:autosave [-- --seconds 15 --seconds-mens 45 --deelnemers 50] — autosave onder belasting tegen next start op PostgreSQL (eerst npm run build).",
);

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const SECONDS = arg("--seconds", 15);
const DEELNEMERS = arg("--deelnemers", 50);
const MENS_SECONDS = arg("--seconds-mens", 45);
const ASYNC_COMMIT = process.argv.includes("--async-commit");
const DAY = 86_400_000;

type TScenario = { naam: string; baseline?: string; results: TResult[]; seconds: number };

async function main() {
  if (!existsSync(".next/BUILD_ID")) throw new Error("Geen productiebuild gevonden: draai eerst `npm run build`.");
  if (!(await postgresAvailable())) throw new Error("PostgreSQL antwoordt niet op 127.0.0.1:5432 (zie TEST_PG_ADMIN_URL).");
  const actionId = serverActionId("saveAntwoordAction");
  // Other work on the machine skews every figure; print it with the results.
  const loadBefore = os.loadavg()[0]!;

  const created = await createPgDatabase();
  const handle = await openDb(created.url, { max: 4 });
  const now = Date.now();
  const bulk = await createBulkScans(handle.db, {
    scans: 1,
    deelnemersPerScan: DEELNEMERS,
    stap: "analysetool",
    workshopAt: new Date(now + 16 * DAY),
    startedAt: new Date(now - DAY),
    emailPrefix: "bench",
  });
  const scanId = bulk.scanIds[0]!;
  // Sessions are written directly: signing 50 people in through magic links would hit the
  // per-IP login rate limit (20 per 15 minutes) and measure the mail path, not autosave.
  const rows = await handle.db
    .select({ userId: scanMembers.userId })
    .from(scanMembers)
    .where(eq(scanMembers.scanId, scanId))
    .orderBy(asc(scanMembers.createdAt), asc(scanMembers.id));
  const tokens = rows.map(() => randomBytes(32).toString("hex"));
  await handle.db.insert(sessions).values(
    rows.map((r, i) => ({
      sessionToken: tokens[i]!,
      userId: r.userId,
      expires: new Date(now + 12 * 3_600_000),
      createdAt: new Date(now),
      lastSeenAt: new Date(now),
    })),
  );
  // Diagnosis only, never for production: without waiting for the WAL flush on commit, the
  // difference shows how much of a save is the durable commit on this (shared) disk.
  if (ASYNC_COMMIT) await handle.db.execute(sql.raw(`alter database "${new URL(created.url).pathname.slice(1)}" set synchronous_commit = off`));
  const pgVersion = String(((await handle.db.execute(sql`show server_version`)) as unknown as { server_version: string }[])[0]?.server_version ?? "?");
  await handle.close();

  const server = await startAppServer({ DATABASE_URL: created.url, SCHEDULER: "off" });
  const ids = allQuestionIds(getModel("2026.1")).filter((id) => !id.startsWith("open."));
  const dims = ["opgave", "samenwerking", "governance", "juridisch", "cultuur", "data", "techniek", "analyse"];
  const cookie = (i: number) => `authjs.session-token=${tokens[i]}`;

  const autosave = async (i: number, n: number): Promise<TResult> => {
    const vraagId = ids[(i * 7 + n) % ids.length]!;
    return timed(
      () =>
        autosaveRequest({
          baseUrl: server.url,
          actionId,
          scanId,
          cookie: cookie(i),
          vraagId,
          keuze: vraagId.endsWith(".ambitie") ? String(1 + (n % 5)) : ["1", "2", "3", "4", "5", "weet_niet", "nvt"][n % 7]!,
          toelichting: n % 3 === 0 ? `Toelichting ${n} van deelnemer ${i}: waaruit blijkt dat.` : "",
        }),
      (body) => body.includes('"status":"ok"'),
    );
  };
  const page = (i: number, n: number) =>
    timed(
      () => fetch(`${server.url}/scans/${scanId}/analysetool/${dims[(i + n) % dims.length]}`, { headers: { Cookie: cookie(i) } }),
      (b) => b.includes("vragen beantwoord"),
    );
  const health = () =>
    timed(
      () => fetch(`${server.url}/api/health`),
      (b) => b.includes('"status":"ok"'),
    );

  // Warm up every route and connection before measuring.
  await Promise.all(Array.from({ length: DEELNEMERS }, (_, i) => Promise.all([autosave(i, 0), page(i, 0), health()])));

  const scenarios: TScenario[] = [];
  const run = async (naam: string, seconds: number, fn: (i: number, n: number) => Promise<TResult[]>, pause: () => number, baseline?: string) => {
    const results: TResult[] = [];
    const until = performance.now() + seconds * 1000;
    await Promise.all(
      Array.from({ length: DEELNEMERS }, async (_, i) => {
        // Spread the start so the virtual deelnemers do not click in lockstep.
        await sleep(pause() * Math.random());
        for (let n = 1; performance.now() < until; n++) {
          results.push(...(await fn(i, n)));
          const p = pause();
          if (p > 0) await sleep(p);
        }
      }),
    );
    scenarios.push({ naam, baseline, results, seconds });
  };
  const tussen = (min: number, max: number) => () => min + Math.random() * (max - min);
  const geen = () => 0;
  /** Deelnemers who answer, with a page load after every fifth answer; autosave and pages reported apart. */
  const gemengd = async (patroon: string, seconds: number, pause: () => number) => {
    await run(`${patroon}: /api/health`, seconds, async () => [await health()], pause);
    const saves: TScenario = { naam: `${patroon}: autosave`, baseline: `${patroon}: /api/health`, results: [], seconds };
    const pages: TScenario = { naam: `${patroon}: paginalading`, baseline: `${patroon}: /api/health`, results: [], seconds };
    await run(
      "tijdelijk",
      seconds,
      async (i, n) => {
        const r = await autosave(i, n);
        saves.results.push(r);
        // Every fifth answer per deelnemer, offset per deelnemer so page loads do not bunch up.
        if ((n + i) % 5 !== 0) return [r];
        const p = await page(i, n);
        pages.results.push(p);
        return [r, p];
      },
      pause,
    );
    scenarios.splice(
      scenarios.findIndex((x) => x.naam === "tijdelijk"),
      1,
      saves,
      pages,
    );
  };

  console.log(`${DEELNEMERS} deelnemers; mensentempo ${MENS_SECONDS} s, druk en stress ${SECONDS} s per scenario …`);
  // People read five descriptors per question: the tool's 50 questions take 45–60 minutes,
  // about one answer a minute. Every 5–15 s is already several times that pace.
  await gemengd("mensentempo", MENS_SECONDS, tussen(5_000, 15_000));
  // Every 0.5–1.5 s: some 50 times the human pace, to show the headroom.
  await gemengd("druk", SECONDS, tussen(500, 1_500));
  // No pauses at all: N requests always in flight (what `autocannon -c N` does).
  await run("stress: /api/health", SECONDS, async () => [await health()], geen);
  await run("stress: autosave", SECONDS, async (i, n) => [await autosave(i, n)], geen, "stress: /api/health");
  await run("stress: paginalading", SECONDS, async (i, n) => [await page(i, n)], geen, "stress: /api/health");

  await server.stop();
  await created.drop();

  const cpu = os.cpus();
  const machine = `${cpu.length} × ${cpu[0]?.model.trim() ?? "?"}, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}, PostgreSQL ${pgVersion}${ASYNC_COMMIT ? " (synchronous_commit = off: diagnosis only)" : ""}; load average ${loadBefore.toFixed(1)} before, ${os.loadavg()[0]!.toFixed(1)} after`;
  const table = report(scenarios);
  console.log(`\nMachine: ${machine}\n\n${table}`);
  mkdirSync("bench/results", { recursive: true });
  const file = path.join("bench/results", `autosave-${new Date().toISOString().replace(/[:.]/g, "-")}.md`);
  writeFileSync(file, `Machine: ${machine}\nDeelnemers: ${DEELNEMERS}; mensentempo ${MENS_SECONDS} s, others ${SECONDS} s per scenario\n\n${table}\n`);
  console.log(`\nOpgeslagen in ${file}`);
  for (const naam of ["mensentempo: autosave", "druk: autosave", "stress: autosave"]) {
    const p95 = percentile(
      scenarios
        .find((s) => s.naam === naam)!
        .results.filter((r) => r.ok)
        .map((r) => r.ms),
      95,
    );
    console.log(`Doel autosave p95 < 100 ms, ${naam} (${DEELNEMERS} deelnemers): ${p95.toFixed(1)} ms ${p95 < 100 ? "✓" : "✗"}`);
  }
}

function report(scenarios: TScenario[]): string {
  const stats = new Map(
    scenarios.map((s) => {
      const ms = s.results.filter((r) => r.ok).map((r) => r.ms);
      return [
        s.naam,
        {
          n: s.results.length,
          fouten: s.results.filter((r) => !r.ok).length,
          rps: s.results.length / s.seconds,
          p50: percentile(ms, 50),
          p95: percentile(ms, 95),
          p99: percentile(ms, 99),
        },
      ];
    }),
  );
  const f = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : "–");
  const lines = [
    "| scenario | requests | req/s | p50 ms | p95 ms | p99 ms | errors | p50 / baseline | p95 / baseline |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
  ];
  for (const s of scenarios) {
    const x = stats.get(s.naam)!;
    const b = s.baseline ? stats.get(s.baseline) : undefined;
    lines.push(
      `| ${s.naam} | ${x.n} | ${f(x.rps)} | ${f(x.p50)} | ${f(x.p95)} | ${f(x.p99)} | ${x.fouten} | ${b ? `${f(x.p50 / b.p50)}×` : "–"} | ${b ? `${f(x.p95 / b.p95)}×` : "–"} |`,
    );
  }
  return lines.join("\n");
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
