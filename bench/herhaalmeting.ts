/**
 * What the herhaalmeting's comparison costs (issue 16): the results page and the report's
 * writing page (which builds the report model live) of Deventer's herhaalmeting, a gemeente
 * with three earlier scans, against the same pages of Eindhoven's first scan — both in stap 5
 * with four deelnemers who submitted everything — served by `next start` on PostgreSQL in one
 * run; then the PDF of both rendered in-process.
 *
 *   npm run build && npm run bench:herhaalmeting
 */
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import { eq, inArray } from "drizzle-orm";
import { openDb } from "@/db/client";
import { scans, sessions, users } from "@/db/schema";
import { DEMO, DEMO_SCANS, seedDemo } from "@/db/seed";
import { DEMO_HERHAALMETING } from "@/db/seed-herhaalmeting";
import { seedDemoRapporten } from "@/lib/demo/seed-rapporten";
import { renderRapportPdf } from "@/lib/pdf/render";
import { buildRapportModel } from "@/lib/rapport/build";
import { loadRapportInput } from "@/lib/rapport/load";
import { exitWithUsageOnHelp } from "../scripts/usage";
import { startAppServer } from "../tests/e2e/server";
import { printResults, runLoad, type TLoadResult } from "./lib/load";
import { benchDatabase } from "./lib/postgres";

exitWithUsageOnHelp(
  "npm run bench:herhaalmeting — resultaten en rapport van een herhaalmeting (drie eerdere scans) tegen die van een eerste scan (eerst npm run build; PostgreSQL nodig).",
);

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const YEAR = 365 * 86_400_000;
const herhaal = DEMO_HERHAALMETING.nieuwId;
const eerste = DEMO_SCANS[3]!.id; // Eindhoven: a first scan with four deelnemers, like Deventer's

const db = await benchDatabase();
const handle = await openDb(db.url, { max: 4 });
let server: Awaited<ReturnType<typeof startAppServer>> | undefined;
try {
  await seedDemo(handle.db);
  await seedDemoRapporten(handle.db);
  // Two more, older scans before Deventer's first: the herhaalmeting is the fourth scan.
  const [vorige] = await handle.db.select().from(scans).where(eq(scans.id, DEMO_HERHAALMETING.vorigeId));
  let ouder: string | null = null;
  for (const jaren of [3, 2]) {
    const at = new Date(vorige!.afgerondAt!.getTime() - (jaren - 1) * YEAR);
    const { id: _id, ...rest } = vorige!;
    const [row]: { id: string }[] = await handle.db
      .insert(scans)
      .values({ ...rest, vorigeScanId: ouder, afgerondAt: at, workshopAt: at, createdAt: at, updatedAt: at })
      .returning({ id: scans.id });
    ouder = row!.id;
  }
  await handle.db.update(scans).set({ vorigeScanId: ouder }).where(eq(scans.id, DEMO_HERHAALMETING.vorigeId));
  // Both in stap 5, so the writing page builds their report (a bench may set the step itself).
  await handle.db
    .update(scans)
    .set({ stap: "concept", workshopHeldAt: new Date() })
    .where(inArray(scans.id, [herhaal, eerste]));

  const [anna] = await handle.db.select({ id: users.id }).from(users).where(eq(users.email, DEMO.begeleiders[0].email));
  const token = randomBytes(32).toString("hex");
  const now = new Date();
  await handle.db
    .insert(sessions)
    .values({ sessionToken: token, userId: anna!.id, expires: new Date(now.getTime() + 3_600_000), createdAt: now, lastSeenAt: now });

  const modellen = await handle.db.transaction(async (tx) =>
    Promise.all([eerste, herhaal].map(async (id) => buildRapportModel(await loadRapportInput(tx, id, { soort: "concept", versie: 1, datum: now })))),
  );
  if (modellen[0]!.vergelijking || !modellen[1]!.vergelijking) throw new Error("Alleen de herhaalmeting hoort een vergelijking te hebben.");
  await handle.close();

  server = await startAppServer({ DATABASE_URL: db.url, SCHEDULER: "off" });
  const cookie = `authjs.session-token=${token}`;
  const get = (path: string) => () => fetch(`${server!.url}${path}`, { headers: { cookie }, redirect: "manual" });
  const routes = [
    ["resultaten, eerste scan", `/scans/${eerste}/resultaten`],
    ["resultaten, herhaalmeting", `/scans/${herhaal}/resultaten`],
    ["rapport, eerste scan", `/scans/${eerste}/rapport/schrijven`],
    ["rapport, herhaalmeting", `/scans/${herhaal}/rapport/schrijven`],
  ] as const;
  for (const [, path] of routes) {
    const res = await get(path)();
    const html = await res.text();
    if (res.status !== 200) throw new Error(`${path} gaf ${res.status}`);
    if (path.includes(herhaal) !== html.includes("Vergelijking met de vorige scan"))
      throw new Error(`${path}: vergelijking ${path.includes(herhaal) ? "ontbreekt" : "onverwacht"}`);
    for (let i = 0; i < 4; i++) await (await get(path)()).text();
  }
  const results: TLoadResult[] = [];
  for (const [name, path] of routes) results.push(await runLoad(name, { concurrency: 1, seconds: SECONDS, request: get(path) }));
  console.log(`\nEén gebruiker, ${SECONDS} s per route, next start + PostgreSQL op deze machine (p95 ÷ de resultaten van de eerste scan):`);
  printResults(results, results[0]!);
  const ratio = (a: number, b: number) => (results[b]!.p50 / results[a]!.p50).toFixed(2);
  console.log(`p50 herhaalmeting ÷ eerste scan: resultaten ${ratio(0, 1)}×, rapport ${ratio(2, 3)}×.`);

  const pdfMs = async (m: (typeof modellen)[number]) => {
    await renderRapportPdf(m);
    const ms: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      await renderRapportPdf(m);
      ms.push(performance.now() - t);
    }
    return ms.sort((a, b) => a - b)[Math.floor(ms.length / 2)]!;
  };
  const [zonder, met] = [await pdfMs(modellen[0]!), await pdfMs(modellen[1]!)];
  console.log(
    `\nPDF, mediaan van ${RUNS} warme runs: eerste scan ${zonder.toFixed(0)} ms, herhaalmeting ${met.toFixed(0)} ms (${(met / zonder).toFixed(2)}×).`,
  );
} finally {
  await server?.stop();
  await db.drop();
}
