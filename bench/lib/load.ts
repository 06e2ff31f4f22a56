import { performance } from "node:perf_hooks";

export type TLoadResult = {
  name: string;
  requests: number;
  errors: number;
  seconds: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
};

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/**
 * A small closed-loop load generator: `concurrency` virtual users each send one request,
 * wait for the answer, and send the next, for `seconds`. Latency per request in ms.
 * A response that is not 2xx/3xx counts as an error.
 */
export async function runLoad(
  name: string,
  opts: { concurrency: number; seconds: number; request: (worker: number, i: number) => Promise<Response> },
): Promise<TLoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  const end = performance.now() + opts.seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: opts.concurrency }, async (_, worker) => {
      for (let i = 0; performance.now() < end; i++) {
        const t0 = performance.now();
        try {
          const res = await opts.request(worker, i);
          await res.arrayBuffer();
          if (res.status >= 400) errors++;
        } catch {
          errors++;
        }
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    name,
    requests: latencies.length,
    errors,
    seconds,
    rps: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: latencies.at(-1) ?? NaN,
  };
}

export function printResults(results: TLoadResult[], baseline: TLoadResult) {
  const f = (n: number) => n.toFixed(1).padStart(8);
  console.log(
    `${"route".padEnd(28)}${"req".padStart(8)}${"err".padStart(6)}${"req/s".padStart(9)}${"p50 ms".padStart(9)}${"p95 ms".padStart(9)}${"p99 ms".padStart(9)}  p95 ÷ baseline`,
  );
  for (const r of results) {
    console.log(
      `${r.name.padEnd(28)}${String(r.requests).padStart(8)}${String(r.errors).padStart(6)}${f(r.rps)}${f(r.p50)}${f(r.p95)}${f(r.p99)}  ${(r.p95 / baseline.p95).toFixed(1)}×`,
    );
  }
}
