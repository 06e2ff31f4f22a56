// `npm run dev`: the app on the embedded database with demo data, no .env needed.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";

if (process.argv.includes("--help")) {
  console.log("npm run dev [-- <opties van next dev>] — de app op http://localhost:3000 met de ingebouwde database en demodata.");
  process.exit(0);
}

mkdirSync(".data", { recursive: true });
const secretFile = ".data/auth-secret";
if (!process.env.AUTH_SECRET) {
  if (!existsSync(secretFile)) writeFileSync(secretFile, randomBytes(32).toString("base64url"), { mode: 0o600 });
  process.env.AUTH_SECRET = readFileSync(secretFile, "utf8").trim();
}
process.env.NEXT_TELEMETRY_DISABLED = "1";

// tsconfig.scripts.json points `server-only` at a stub: the seed publishes a report through lib/.
const seed = spawnSync(process.execPath, ["--import", "tsx", "scripts/db-seed.ts"], {
  stdio: "inherit",
  env: { ...process.env, TSX_TSCONFIG_PATH: "tsconfig.scripts.json" },
});
if (seed.status !== 0) process.exit(seed.status ?? 1);

const next = spawn(process.execPath, ["node_modules/next/dist/bin/next", "dev", ...process.argv.slice(2)], { stdio: "inherit" });
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => next.kill(sig));
next.on("exit", (code) => process.exit(code ?? 0));
