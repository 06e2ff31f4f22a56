/**
 * What the benchmark costs (issue 17), with the whole country finished: 342 gemeenten with a
 * scan of 8 deelnemers and all their answers, and a definitief report each. The programme page
 * and a gemeente's results page are measured under `next start` on PostgreSQL before the first
 * benchmark edition exists (the section says "te weinig gemeenten") and after (every group
 * computed), in one run; then the report with the new section is built and rendered in-process.
 *
 *   npm run build && npm run bench:benchmark
 */
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import { asc } from "drizzle-orm";
import { openDb } from "@/db/client";
import { gemeenten, sessions, users } from "@/db/schema";
import { MODEL_2026_1 } from "@/lib/analysetool";
import { fromAmsterdamLocal } from "@/lib/dates";
import { maakBenchmarkEditie } from "@/lib/jobs/benchmark-editie";
import { renderRapportPdf } from "@/lib/pdf/render";
import { buildRapportModel } from "@/lib/rapport/build";
import { loadRapportInput } from "@/lib/rapport/load";
import { exitWithUsageOnHelp } from "../scripts/usage";
import { startAppServer } from "../tests/e2e/server";
import { fillAnswers } from "../tests/support/answers";
import { createBulkScans } from "../tests/support/bulk-scans";
import { createFinishedScans } from "../tests/support/finished-scans";
import { printResults, runLoad, type TLoadResult } from "./lib/load";
import { benchDatabase } from "./lib/postgres";

exitWithUsageOnHelp(
  "npm run bench:benchmark — landelijk beeld en resultatenpagina met en zonder benchmark, 342 afgeronde scans (eerst npm run build; PostgreSQL nodig).",
);

const SCANS = Number(process.env.BENCH_SCANS ?? 342);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const DAY = 86_400_000;

const db = await benchDatabase();
const handle = await openDb(db.url, { max: 4 });
let server: Awaited<ReturnType<typeof startAppServer>> | undefined;
try {
  console.log(`Vullen: ${SCANS} scans × 8 deelnemers met alle antwoorden, en een definitief eindrapport per gemeente…`);
  const { scanIds } = await createBulkScans(handle.db, {
    scans: SCANS,
    deelnemersPerScan: 8,
    stap: "workshop",
    workshopAt: fromAmsterdamLocal("2026-11-25T13:30")!,
    startedAt: fromAmsterdamLocal("2026-11-01T09:00")!,
  });
  for (const id of scanIds) await fillAnswers(handle.db, id);
  const codes = (await handle.db.select({ code: gemeenten.code }).from(gemeenten).orderBy(asc(gemeenten.code)).limit(SCANS)).map((g) => g.code);
  const now = new Date();
  await createFinishedScans(
    handle.db,
    codes.map((gemeenteCode, i) => ({
      gemeenteCode,
      niveau: (d) => 1 + ((i * 3 + d * 5) % 9) * 0.5,
      afgerondAt: new Date(now.getTime() - (30 + (i % 300)) * DAY),
    })),
  );
  const [admin] = await handle.db.insert(users).values({ email: "bench.admin@bench.example", name: "Bench", role: "admin", createdAt: now }).returning();
  const token = randomBytes(32).toString("hex");
  await handle.db
    .insert(sessions)
    .values({ sessionToken: token, userId: admin!.id, expires: new Date(now.getTime() + 3_600_000), createdAt: now, lastSeenAt: now });

  server = await startAppServer({ DATABASE_URL: db.url, SCHEDULER: "off" });
  const cookie = `authjs.session-token=${token}`;
  const get = (path: string) => () => fetch(`${server!.url}${path}`, { headers: { cookie }, redirect: "manual" });
  const resultaten = `/scans/${scanIds[0]}/resultaten`;
  const meet = async (fase: string, verwacht: [string, string]) => {
    for (const [i, path] of ["/beheer/landelijk", resultaten].entries()) {
      const html = await (await get(path)()).text();
      if (!html.includes(verwacht[i]!)) throw new Error(`${path} (${fase}): "${verwacht[i]}" ontbreekt`);
      for (let i = 0; i < 4; i++) await (await get(path)()).text();
    }
    return [
      await runLoad(`landelijk, ${fase}`, { concurrency: 1, seconds: SECONDS, request: get("/beheer/landelijk") }),
      await runLoad(`resultaten, ${fase}`, { concurrency: 1, seconds: SECONDS, request: get(resultaten) }),
    ];
  };
  const zonder = await meet("zonder", ["Er is nog geen benchmark", "Er zijn nog te weinig gemeenten"]);
  if ((await maakBenchmarkEditie(handle.db, MODEL_2026_1.versie, new Date())) !== "nieuw") throw new Error("Geen benchmarkeditie gemaakt.");
  const met = await meet("met", [`Benchmark Nederland (${SCANS} gemeenten)`, "Eigen niveau tegen Nederland"]);
  const rows: TLoadResult[] = [zonder[0]!, met[0]!, zonder[1]!, met[1]!];
  console.log(`\nEén gebruiker, ${SECONDS} s per route, next start + PostgreSQL op deze machine (p95 ÷ het landelijk beeld zonder benchmark):`);
  printResults(rows, zonder[0]!);
  const ratio = (a: TLoadResult, b: TLoadResult) => (b.p95 / a.p95).toFixed(2);
  console.log(`p95 met ÷ zonder benchmark: landelijk beeld ${ratio(zonder[0]!, met[0]!)}×, resultatenpagina ${ratio(zonder[1]!, met[1]!)}× (doel: binnen 3×).`);

  // The report of a gemeente with every group: build (with the edition) and render.
  const t0 = performance.now();
  const model = await handle.db.transaction(async (tx) =>
    buildRapportModel(await loadRapportInput(tx, scanIds[0]!, { soort: "concept", versie: 1, datum: now })),
  );
  const bouw = performance.now() - t0;
  if (!model.benchmark?.datum) throw new Error("Het rapport heeft geen benchmark.");
  await renderRapportPdf(model);
  const ms: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    await renderRapportPdf(model);
    ms.push(performance.now() - t);
  }
  const render = ms.sort((a, b) => a - b)[1]!;
  console.log(
    `\nRapport met benchmark: model ${bouw.toFixed(0)} ms, PDF ${render.toFixed(0)} ms (mediaan van 3 warme runs); samen ${((bouw + render) / 1000).toFixed(2)} s (doel < 2 s).`,
  );
  await handle.close();
} finally {
  await server?.stop();
  await db.drop();
}
