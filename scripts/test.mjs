// `npm test`: everything, in the order that fails fastest. Each step's output is shown as is.
import { spawnSync } from "node:child_process";

process.env.NEXT_TELEMETRY_DISABLED = "1";
const node = process.execPath;
const steps = [
  ["Typecheck", [node, "node_modules/typescript/bin/tsc", "--noEmit"]],
  ["Vitest: unit en database", [node, "node_modules/vitest/vitest.mjs", "run", "--project", "unit", "--project", "db"]],
  ["next build", [node, "node_modules/next/dist/bin/next", "build"]],
  ["Vitest: e2e in Chromium", [node, "node_modules/vitest/vitest.mjs", "run", "-c", "vitest.e2e.config.ts"]],
];

const only = process.argv.slice(2);
const started = Date.now();
for (const [name, [cmd, ...args]] of steps) {
  if (only.length && !only.some((o) => name.toLowerCase().includes(o.toLowerCase()))) continue;
  console.log(`\n=== ${name} ===`);
  const t = Date.now();
  const r = spawnSync(cmd, args, { stdio: "inherit", env: process.env });
  if (r.status !== 0) {
    console.error(`\n✗ ${name} faalde (exit ${r.status ?? r.signal}).`);
    process.exit(r.status ?? 1);
  }
  console.log(`✓ ${name} (${((Date.now() - t) / 1000).toFixed(0)} s)`);
}
console.log(`\nAlle tests geslaagd in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
