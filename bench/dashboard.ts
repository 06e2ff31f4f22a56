/**
 * The begeleider dashboard with the whole country in it: 342 scans (one per gemeente) with
 * 8 deelnemers and all their answers, served by `next start` on PostgreSQL, compared with a
 * trivial server-rendered page (/toegankelijkheid) in the same run.
 *
 *   npm run build && npm run bench:dashboard
 */
import { randomBytes } from "node:crypto";
import { openDb } from "@/db/client";
import { scanBegeleiders, sessions, users } from "@/db/schema";
import { fromAmsterdamLocal } from "@/lib/dates";
import { exitWithUsageOnHelp } from "../scripts/usage";
import { startAppServer } from "../tests/e2e/server";
import { fillAnswers } from "../tests/support/answers";
import { createBulkScans } from "../tests/support/bulk-scans";
import { printResults, runLoad } from "./lib/load";
import { benchDatabase } from "./lib/postgres";

exitWithUsageOnHelp("npm run bench:dashboard — het begeleidersdashboard met 342 scans tegen een eenvoudige pagina (eerst npm run build; PostgreSQL nodig).");

const SCANS = Number(process.env.BENCH_SCANS ?? 342);
const LEVELS = (process.env.BENCH_CONCURRENCY ?? "1,5").split(",").map(Number);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);

const db = await benchDatabase();
const handle = await openDb(db.url, { max: 4 });
let server: Awaited<ReturnType<typeof startAppServer>> | undefined;
try {
  console.log(`Vullen: ${SCANS} scans × 8 deelnemers met alle antwoorden…`);
  const { scanIds } = await createBulkScans(handle.db, {
    scans: SCANS,
    deelnemersPerScan: 8,
    stap: "workshop",
    workshopAt: fromAmsterdamLocal("2026-12-15T13:30")!,
    startedAt: fromAmsterdamLocal("2026-11-20T09:00")!,
  });
  for (const id of scanIds) await fillAnswers(handle.db, id);
  const [beg] = await handle.db
    .insert(users)
    .values({ email: "bench.begeleider@bench.example", name: "Bench", role: "begeleider", createdAt: new Date() })
    .returning();
  for (let i = 0; i < scanIds.length; i += 500) {
    await handle.db.insert(scanBegeleiders).values(scanIds.slice(i, i + 500).map((scanId) => ({ scanId, userId: beg!.id, createdAt: new Date() })));
  }
  // A session row made directly: the benchmark measures the dashboard, not the magic link.
  const token = randomBytes(32).toString("hex");
  await handle.db.insert(sessions).values({
    sessionToken: token,
    userId: beg!.id,
    expires: new Date(Date.now() + 3_600_000),
    createdAt: new Date(),
    lastSeenAt: new Date(),
  });
  await handle.close();

  server = await startAppServer({ DATABASE_URL: db.url, SCHEDULER: "off" });
  const cookie = `authjs.session-token=${token}`;
  const get = (path: string) => () => fetch(`${server!.url}${path}`, { headers: { cookie }, redirect: "manual" });
  // Warm up both routes (first render compiles nothing under next start, but fills caches).
  for (let i = 0; i < 5; i++) {
    await (await get("/begeleider")()).text();
    await (await get("/toegankelijkheid")()).text();
  }
  const check = await (await get("/begeleider")()).text();
  const rows = (check.match(/<tr /g) ?? []).length - 1;
  if (rows !== SCANS) throw new Error(`Het dashboard toont ${rows} rijen, verwacht ${SCANS}.`);

  for (const concurrency of LEVELS) {
    const baseline = await runLoad("/toegankelijkheid (basis)", { concurrency, seconds: SECONDS, request: get("/toegankelijkheid") });
    const dashboard = await runLoad(`/begeleider (${SCANS} scans)`, { concurrency, seconds: SECONDS, request: get("/begeleider") });
    console.log(`\n${concurrency} gelijktijdige gebruiker(s), ${SECONDS} s per route, next start + PostgreSQL op deze machine:`);
    printResults([baseline, dashboard], baseline);
    console.log(`Doel: p95 van het dashboard < 300 ms → ${dashboard.p95 < 300 ? "gehaald" : "NIET gehaald"} (${dashboard.p95.toFixed(0)} ms).`);
  }
} finally {
  await server?.stop();
  await db.drop();
}
