// `npm test`: everything, in the order that fails fastest. Each step's output is shown as is.
// `npm test -- unit` (or any part of a step's name) runs only the matching steps;
// `npm test -- --list` prints the steps without running them.
import { spawnSync } from "node:child_process";
import { findChromium, provision } from "./provision.mjs";

process.env.NEXT_TELEMETRY_DISABLED = "1";
const node = process.execPath;
const steps = [
  ["Typecheck", [node, "node_modules/typescript/bin/tsc", "--noEmit"]],
  ["Biome: opmaak, lint en importgrenzen", [node, "node_modules/@biomejs/biome/bin/biome", "ci", "."]],
  ["Vitest: unit en database", [node, "node_modules/vitest/vitest.mjs", "run", "--project", "unit", "--project", "db"]],
  ["next build", [node, "node_modules/next/dist/bin/next", "build"]],
  ["Vitest: e2e in Chromium", [node, "node_modules/vitest/vitest.mjs", "run", "-c", "vitest.e2e.config.ts"]],
];

const args = process.argv.slice(2);
const only = args.filter((a) => !a.startsWith("--"));
const chosen = steps.filter(([name]) => !only.length || only.some((o) => name.toLowerCase().includes(o.toLowerCase())));
if (args.includes("--help")) {
  console.log("npm test [-- <deel van een stapnaam> …] [-- --list] — typecheck, opmaak en lint, unit- en databasetests, next build, browsertests.");
  for (const [name] of chosen) console.log(`  ${name}`);
  process.exit(0);
}
if (args.includes("--list")) {
  for (const [name, cmd] of chosen) console.log(`${name}: ${cmd.slice(1).join(" ")}`);
  process.exit(0);
}

// Before anything slow: a machine without Chromium gets it installed, or one line saying what to do.
if (chosen.some(([name]) => name.includes("Chromium"))) {
  const ready = provision();
  if (!ready.ok) {
    console.error(ready.message);
    process.exit(1);
  }
  process.env.CHROMIUM_PATH ||= findChromium() ?? "";
}

const started = Date.now();
for (const [name, [cmd, ...rest]] of chosen) {
  console.log(`\n=== ${name} ===`);
  const t = Date.now();
  const r = spawnSync(cmd, rest, { stdio: "inherit", env: process.env });
  if (r.status !== 0) {
    console.error(`\n✗ ${name} faalde (exit ${r.status ?? r.signal}).`);
    process.exit(r.status ?? 1);
  }
  console.log(`✓ ${name} (${((Date.now() - t) / 1000).toFixed(0)} s)`);
}
console.log(`\nAlle tests geslaagd in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
