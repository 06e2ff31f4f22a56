/**
 * Sweep + send throughput for the whole country: 350 scans × 8 deelnemers with their
 * analysetool invitation due, sent through the real Resend SDK to a fake Resend on loopback.
 * Baseline in the same run: plain POSTs of an equal number of mails to the same fake server
 * with the same concurrency, so the ratio shows what our pipeline adds.
 *
 *   npm run bench:mail            (PostgreSQL when it answers, else PGlite)
 */
import { performance } from "node:perf_hooks";
import { fromAmsterdamLocal } from "@/lib/dates";
import { sweepSchedule } from "@/lib/jobs/sweep";
import { resendTransport } from "@/lib/mail/transport";
import { drainOutbox } from "@/lib/mail/worker";
import { exitWithUsageOnHelp } from "../scripts/usage";
import { createBulkScans } from "../tests/support/bulk-scans";
import { startFakeResend } from "../tests/support/fake-resend";
import { createTestDb, postgresAvailable } from "../tests/support/test-db";

exitWithUsageOnHelp("npm run bench:mail — klaarzetten en versturen van de uitnodigingen voor het hele land via een nep-Resend.");

const SCANS = Number(process.env.BENCH_SCANS ?? 342);
const PER_SCAN = 8;
const CONCURRENCY = 4;

const driver = (await postgresAvailable()) ? "postgres" : "pglite";
const t = await createTestDb(driver);
const fake = await startFakeResend();
try {
  const now = fromAmsterdamLocal("2026-12-01T10:00")!;
  await createBulkScans(t.db, {
    scans: SCANS,
    deelnemersPerScan: PER_SCAN,
    stap: "analysetool",
    workshopAt: fromAmsterdamLocal("2026-12-15T13:30")!,
    startedAt: fromAmsterdamLocal("2026-11-20T09:00")!,
  });
  const total = SCANS * PER_SCAN;

  // Baseline: the same number of bare HTTP posts to the fake provider.
  const b0 = performance.now();
  for (let i = 0; i < total; i += CONCURRENCY) {
    await Promise.all(
      Array.from({ length: Math.min(CONCURRENCY, total - i) }, (_, j) =>
        fetch(`${fake.url}/emails`, {
          method: "POST",
          headers: { "content-type": "application/json", "idempotency-key": `baseline/${i + j}` },
          body: JSON.stringify({ from: "a@b.example", to: "c@d.example", subject: "x", html: "<p>x</p>", text: "x" }),
        }).then((r) => r.text()),
      ),
    );
  }
  const baselineMs = performance.now() - b0;
  fake.reset();

  const s0 = performance.now();
  const sweep = await sweepSchedule(t.db, now);
  const sweepMs = performance.now() - s0;
  const repeat0 = performance.now();
  const again = await sweepSchedule(t.db, now);
  const repeatMs = performance.now() - repeat0;

  const d0 = performance.now();
  const sent = await drainOutbox(t.db, {
    transport: resendTransport("re_bench", fake.url),
    now,
    maxRounds: 10_000,
    batchSize: 50,
    concurrency: CONCURRENCY,
  });
  const sendMs = performance.now() - d0;

  const totalMs = sweepMs + sendMs;
  const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  console.log(`database: ${driver}; ${SCANS} scans × ${PER_SCAN} deelnemers = ${total} invitations`);
  console.log(`sweep (queue ${sweep.queued} mails):        ${fmt(sweepMs)}`);
  console.log(`sweep again (nothing new: ${again.queued}):   ${fmt(repeatMs)}`);
  console.log(`send (${sent.sent} sent, ${sent.failed} failed):        ${fmt(sendMs)}`);
  console.log(`sweep + send: ${fmt(totalMs)} → ${(total / (totalMs / 1000)).toFixed(0)} mails/s (target: all in < 60 s)`);
  console.log(`baseline, bare POSTs: ${fmt(baselineMs)} → ${(total / (baselineMs / 1000)).toFixed(0)} mails/s`);
  console.log(`ratio pipeline / baseline: ${(totalMs / baselineMs).toFixed(1)}×`);
  if (sent.sent !== total || fake.mails.length !== total) {
    console.error(`FOUT: ${fake.mails.length} mails aangekomen, ${total} verwacht`);
    process.exitCode = 1;
  }
} finally {
  await fake.close();
  await t.drop();
}
