/**
 * Rules that are cheaper to check in the source than at run time (security.md rows 4, 19,
 * 22, 35): every server action goes through the action client, no raw HTML injection, no
 * hand-built SQL, and only approved personal-data columns in the schema.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { getTableColumns, isTable } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as schema from "@/db/schema";

const root = path.resolve(import.meta.dirname, "../..");

function files(dir: string, ext = /\.(ts|tsx)$/): string[] {
  const out: string[] = [];
  for (const name of readdirSync(path.join(root, dir))) {
    const rel = path.join(dir, name);
    if (statSync(path.join(root, rel)).isDirectory()) out.push(...files(rel, ext));
    else if (ext.test(name)) out.push(rel);
  }
  return out;
}

const source = ["app", "components", "lib", "emails", "db"].flatMap((d) => files(d)).filter((f) => !/\.test\.tsx?$/.test(f));

describe("server actions", () => {
  const serverFiles = source.filter((f) => /^\s*["']use server["'];?/.test(readFileSync(path.join(root, f), "utf8")));

  it("exist", () => {
    expect(serverFiles.length).toBeGreaterThan(5);
  });

  it.each(serverFiles)("%s exports only actions built with the action wrappers", (file) => {
    const text = readFileSync(path.join(root, file), "utf8");
    const exports = [...text.matchAll(/^export\s+(const|async function|function|let|var|default)\s*(\w*)/gm)];
    for (const [line, kind, name] of exports) {
      expect(kind, `${file}: ${line}`).toBe("const");
      const decl = new RegExp(`export const ${name}\\s*=\\s*(asFormAction\\(\\s*)?(defineAction|defineScanAction|defineAdminAction)\\(`);
      expect(decl.test(text), `${file}: ${name} must be built with defineScanAction, defineAdminAction or defineAction`).toBe(true);
    }
    expect(/^export\s*\{/m.test(text), `${file}: no re-exports from a "use server" file`).toBe(false);
  });

  it("have one home (issue 15.3): lib/actions/<domain>/<verb-noun>.ts, one action per file", () => {
    const misplaced = serverFiles.filter((f) => !/^lib\/actions\/[a-z]+\/[a-z0-9-]+\.ts$/.test(f));
    expect(misplaced).toEqual([]);
    const crowded = serverFiles.filter((f) => (readFileSync(path.join(root, f), "utf8").match(/^export const /gm) ?? []).length !== 1);
    expect(crowded).toEqual([]);
  });

  it("authorize in their wrapper (issue 15.2): nothing calls authorizeScan or authorizeAdmin by hand", () => {
    // The wrappers themselves: defineScanAction/defineAdminAction, defineScanRoute and defineAdminRoute.
    const wrappers = ["lib/auth/access.ts", "lib/actions/define-action.ts", "lib/auth/scan-route.ts", "lib/auth/admin-route.ts"];
    const byHand = source.filter((f) => !wrappers.includes(f) && /\bauthorize(Scan|Admin)\(/.test(readFileSync(path.join(root, f), "utf8")));
    expect(byHand).toEqual([]);
  });

  it("scan-bound or admin-only unless they say why not", () => {
    // Signing in, signing out and registering a gemeente come before any scan or role exists.
    const plain = serverFiles.filter((f) => /\bdefineAction\(/.test(readFileSync(path.join(root, f), "utf8")));
    expect(plain.sort()).toEqual([
      "lib/actions/aanmelding/register-aanmelding.ts",
      "lib/actions/inloggen/request-login-link.ts",
      "lib/actions/inloggen/sign-out.ts",
    ]);
  });
});

describe("the scan's state machine (issue 15.1)", () => {
  it("has one home: only lib/scan/transitions.ts writes scans.stap", () => {
    // An update that sets `stap`: `.set({ … stap: … })`, also across lines.
    const offenders = source.filter((f) => f !== "lib/scan/transitions.ts" && /\.set\(\{[^})]*\bstap\s*:/s.test(readFileSync(path.join(root, f), "utf8")));
    expect(offenders).toEqual([]);
  });

  it("would notice a hand-written transition", () => {
    expect(/\.set\(\{[^})]*\bstap\s*:/s.test('await tx.update(scans).set({\n  updatedAt: now,\n  stap: "afgerond" })')).toBe(true);
  });
});

describe("mail (issue 15.4)", () => {
  it("leaves by one door: only lib/mail/outbox.ts writes email_outbox rows", () => {
    const offenders = source.filter((f) => f !== "lib/mail/outbox.ts" && /insert\(emailOutbox\)/.test(readFileSync(path.join(root, f), "utf8")));
    expect(offenders).toEqual([]);
  });
});

describe("output", () => {
  it("never uses dangerouslySetInnerHTML", () => {
    const offenders = source.filter((f) => readFileSync(path.join(root, f), "utf8").includes("dangerouslySetInnerHTML"));
    expect(offenders).toEqual([]);
  });

  it("never builds SQL from strings (sql.raw / unsafe outside migrations and test tooling)", () => {
    // lib/ops is operator tooling: it creates a database whose name it validated first.
    const offenders = source.filter((f) => !f.startsWith("lib/ops/") && /sql\.raw\(|\.unsafe\(/.test(readFileSync(path.join(root, f), "utf8")));
    expect(offenders).toEqual([]);
  });
});

/**
 * Columns that hold personal data, approved one by one. A new column with a name, address,
 * free text or identifier of a person must be added here on purpose (AVG art. 5(1)(c)).
 */
const APPROVED_PERSONAL = new Set([
  "users.name",
  "users.email",
  "users.emailVerified",
  "users.image",
  "scans.contactNaam",
  "scans.contactFunctie",
  "scans.contactEmail",
  "scans.contactTelefoon",
  "scans.opmerkingen",
  "scan_members.functie",
  "antwoorden.toelichting",
  "antwoorden.tekst",
  // The one-line reason of a vote in a live workshop round; removed with the answers (lib/jobs/retention.ts).
  "ronde_stemmen.toelichting",
  "verification_tokens.identifier",
  "email_outbox.toEmail",
  "email_outbox.html",
  "email_outbox.text",
  "rapport_teksten.tekst",
  "rapport_feedback.tekst",
  "rapport_feedback.antwoord",
  "handelingsperspectieven.eigenaar",
  // An id of a scan member (who keeps a top-3 item up to date), not data about the person.
  "handelingsperspectieven.eigenaarMemberId",
  // Not about a person, but named like it:
  "gemeenten.naam",
]);
const PERSONAL_HINT =
  /(naam|name|email|mail|telefoon|phone|adres|address|bsn|geboort|birth|functie|toelichting|tekst|text|opmerking|eigenaar|identifier|image)/i;

describe("personal data in the schema", () => {
  it("has only approved personal-data columns and no BSN or date of birth", () => {
    const found: string[] = [];
    for (const value of Object.values(schema)) {
      if (!isTable(value)) continue;
      const table = (value as unknown as Record<symbol, string>)[Symbol.for("drizzle:Name")];
      for (const key of Object.keys(getTableColumns(value))) {
        const name = `${table}.${key}`;
        if (PERSONAL_HINT.test(key) && !APPROVED_PERSONAL.has(name)) found.push(name);
        expect(key).not.toMatch(/bsn|geboorte|birth/i);
      }
    }
    expect(found).toEqual([]);
  });
});

/**
 * Row 24: server code must never reach the browser. A client module may import server
 * actions (Next replaces them by references), types and the schema's constants, but
 * nothing that opens the database, reads the environment's secrets or is `server-only`.
 */
describe("client modules", () => {
  const read = (f: string) => readFileSync(path.join(root, f), "utf8");
  const isClient = (f: string) => /^\s*["']use client["']/.test(read(f));
  const isServerActions = (f: string) => /^\s*["']use server["']/.test(read(f));
  const forbidden = (f: string) =>
    /^\s*import\s+["']server-only["']/m.test(read(f)) ||
    /from\s+["'](postgres|@electric-sql\/pglite|drizzle-orm\/(postgres-js|pglite))["']/.test(read(f)) ||
    /process\.env\.(?!NODE_ENV\b|NEXT_PUBLIC_)\w+/.test(read(f));

  function resolve(from: string, spec: string): string | null {
    const base = spec.startsWith("@/") ? path.join(root, spec.slice(2)) : spec.startsWith(".") ? path.resolve(root, path.dirname(from), spec) : null;
    if (!base) return null;
    for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")]) {
      try {
        if (statSync(candidate).isFile()) return path.relative(root, candidate);
      } catch {}
    }
    return null;
  }

  /** Value imports only: `import type` and `export type` vanish at compile time. */
  function imports(file: string): string[] {
    const text = read(file);
    const specs = [...text.matchAll(/^\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\s+from\s+)?["']([^"']+)["']/gm)].map((m) => m[1]!);
    return specs.map((s) => resolve(file, s)).filter((f): f is string => f !== null);
  }

  function leak(start: string): string[] | null {
    const seen = new Set<string>();
    const walk = (file: string, trail: string[]): string[] | null => {
      if (seen.has(file)) return null;
      seen.add(file);
      if (file !== start && isServerActions(file)) return null;
      if (forbidden(file)) return [...trail, file];
      for (const next of imports(file)) {
        const found = walk(next, [...trail, file]);
        if (found) return found;
      }
      return null;
    };
    return walk(start, []);
  }

  const clientFiles = source.filter(isClient);

  it("exist", () => {
    expect(clientFiles.length).toBeGreaterThan(10);
  });

  it.each(clientFiles)("%s reaches no database, secret or server-only module", (file) => {
    expect(leak(file), "import chain").toBeNull();
  });

  it("would notice a client module that imports the database", () => {
    expect(forbidden("lib/env.ts")).toBe(true);
    expect(forbidden("lib/auth/access.ts")).toBe(true);
  });
});

/** Rows 5, 6, 13, 23: the framework versions that fixed known advisories, and no widened CSRF check. */
describe("framework configuration", () => {
  const installed = (pkg: string) => JSON.parse(readFileSync(path.join(root, "node_modules", pkg, "package.json"), "utf8")).version as string;

  /** Compares x.y.z[-tag.n]; a release outranks its own prereleases. */
  function atLeast(version: string, floor: string): boolean {
    const parse = (v: string) => {
      const [core, pre] = v.split("-", 2);
      const nums = core!.split(".").map(Number);
      const preNum = pre ? Number(pre.split(".").pop()) : Infinity;
      return [...nums, preNum];
    };
    const a = parse(version);
    const b = parse(floor);
    for (let i = 0; i < b.length; i++) if (a[i]! !== b[i]!) return a[i]! > b[i]!;
    return true;
  }

  it("compares versions the way the floors need", () => {
    expect(atLeast("16.4.6", "16.2.6")).toBe(true);
    expect(atLeast("16.2.5", "16.2.6")).toBe(false);
    expect(atLeast("5.0.0-beta.31", "5.0.0-beta.32")).toBe(false);
    expect(atLeast("5.0.0", "5.0.0-beta.32")).toBe(true);
  });

  it.each([
    ["next", "16.2.6"],
    ["next-auth", "5.0.0-beta.32"],
  ])("has %s at least %s", (pkg, floor) => {
    expect(atLeast(installed(pkg), floor), `${pkg} ${installed(pkg)}`).toBe(true);
  });

  it("leaves the server-actions origin check at its default (same host only)", async () => {
    const { default: config } = await import("@/next.config");
    expect(config.experimental?.serverActions?.allowedOrigins ?? []).toEqual([]);
    expect(read("next.config.ts")).not.toContain("allowedOrigins");
  });

  function read(f: string) {
    return readFileSync(path.join(root, f), "utf8");
  }
});

/**
 * Issue 15.5: the environment is read in one module, lib/env.ts, which parses every variable
 * with its default when asked (never at import). Test files, scripts/, bench/, next.config.ts
 * and drizzle.config.ts are outside the app and read it themselves.
 */
describe("the environment (issue 15.5)", () => {
  const readsEnv = (text: string) => /\bprocess\s*\.\s*env\b/.test(text);
  const text = (f: string) => readFileSync(path.join(root, f), "utf8");
  const app = [...source, "proxy.ts"];

  it("is read only by lib/env.ts in app, components, lib, db, emails and proxy.ts", () => {
    const offenders = app.filter((f) => f !== "lib/env.ts" && readsEnv(text(f)));
    expect(offenders).toEqual([]);
  });

  it("is read in instrumentation.ts only for NEXT_RUNTIME, which Next replaces at build time", () => {
    const reads = [...text("instrumentation.ts").matchAll(/\bprocess\.env\.(\w+)/g)].map((m) => m[1]);
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.every((name) => name === "NEXT_RUNTIME")).toBe(true);
    expect(readsEnv(text("instrumentation.ts").replace(/\bprocess\.env\.NEXT_RUNTIME\b/g, ""))).toBe(false);
  });

  it("keeps lib/env.ts, and so db/client.ts which imports it, out of client modules", () => {
    // The client-module rule above recognises a module that reads a secret by its name.
    expect(/process\.env\.(?!NODE_ENV\b|NEXT_PUBLIC_)\w+/.test(text("lib/env.ts"))).toBe(true);
    expect(text("db/client.ts")).toMatch(/from "@\/lib\/env"/);
  });

  it("would notice a module that reads it by itself", () => {
    expect(readsEnv('const url = process.env.APP_URL || "http://localhost:3000";')).toBe(true);
    expect(readsEnv("const { CRON_SECRET } = process.env;")).toBe(true);
    expect(readsEnv('const v = process.env["RESEND_API_KEY"];')).toBe(true);
    expect(readsEnv("function f(e = process\n  .env) {}")).toBe(true);
    expect(readsEnv('const url = env("APP_URL");')).toBe(false);
  });
});
