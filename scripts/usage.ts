/**
 * Every npm script answers `--help` with what it does and exits before touching anything, so
 * tests/unit/npm-scripts.test.ts can start each one and a script whose file is gone fails.
 */
export function exitWithUsageOnHelp(usage: string): void {
  if (!process.argv.includes("--help")) return;
  console.log(usage.trim());
  process.exit(0);
}
