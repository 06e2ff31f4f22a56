// What `npm test` needs from the machine besides Node, installed where we may (root or
// password-less sudo with apt-get, as on a fresh Debian/Ubuntu machine) and otherwise named in
// one line within seconds. One place: `npm test` runs it first, `.ci/run` with --postgres.
//
//   node scripts/provision.mjs             Chromium for the browser tests
//   node scripts/provision.mjs --postgres  also the PostgreSQL server and client (CI)
//   node scripts/provision.mjs --check     only say what is missing (exit 1 if anything)
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { pathToFileURL } from "node:url";

const CHROMIUM_CANDIDATES = ["/usr/lib/chromium/chromium", "/usr/bin/chromium", "/usr/bin/chromium-browser"];

/** The Chromium the browser tests will start, or null. CHROMIUM_PATH wins when it exists. */
export function findChromium(env = process.env) {
  if (env.CHROMIUM_PATH) return existsSync(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : null;
  return CHROMIUM_CANDIDATES.find((p) => existsSync(p)) ?? null;
}

const onPath = (cmd) => spawnSync("sh", ["-c", `command -v ${cmd}`], { stdio: "ignore" }).status === 0;

/** Debian package names for what is missing. */
export function missingPackages({ postgres = false, env = process.env } = {}) {
  const missing = [];
  if (!findChromium(env)) missing.push("chromium");
  if (postgres && !onPath("psql")) missing.push("postgresql", "postgresql-client");
  return missing;
}

function asRoot(args) {
  const root = typeof process.getuid === "function" && process.getuid() === 0;
  if (root)
    return spawnSync(args[0], args.slice(1), {
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
  // sudo -n: never wait for a password prompt; without rights we say so and stop.
  return spawnSync("sudo", ["-n", "env", "DEBIAN_FRONTEND=noninteractive", ...args], { stdio: ["ignore", "ignore", "inherit"] });
}

function canInstall() {
  if (!onPath("apt-get")) return false;
  if (typeof process.getuid === "function" && process.getuid() === 0) return true;
  return onPath("sudo") && spawnSync("sudo", ["-n", "true"], { stdio: "ignore" }).status === 0;
}

/** Installs what is missing, or returns the one line that tells a person what to install. */
export function provision({ postgres = false, check = false } = {}) {
  const missing = missingPackages({ postgres });
  if (missing.length === 0) return { ok: true, installed: [] };
  const hint =
    `npm test: ${missing.join(", ")} ontbreekt. Installeer het (Debian/Ubuntu: sudo apt-get install ${missing.join(" ")})` +
    (missing.includes("chromium") ? ", of wijs een Chromium aan met CHROMIUM_PATH=/pad/naar/chromium." : ".");
  if (check || !canInstall()) return { ok: false, message: hint };
  console.log(`provision: ${missing.join(", ")} installeren met apt-get…`);
  const update = asRoot(["apt-get", "update", "-qq"]);
  const install = update.status === 0 ? asRoot(["apt-get", "install", "-y", "-qq", "--no-install-recommends", ...missing]) : update;
  const still = missingPackages({ postgres });
  if (install.status !== 0 || still.length) return { ok: false, message: `${hint} (apt-get lukte niet: exit ${install.status})` };
  return { ok: true, installed: missing };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const args = new Set(process.argv.slice(2));
  const result = provision({ postgres: args.has("--postgres"), check: args.has("--check") });
  if (!result.ok) {
    console.error(result.message);
    process.exit(1);
  }
  if (result.installed.length) console.log(`provision: geïnstalleerd: ${result.installed.join(", ")}`);
}
