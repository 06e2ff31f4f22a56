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

  it.each(serverFiles)("%s exports only actions built with defineAction/defineFormAction", (file) => {
    const text = readFileSync(path.join(root, file), "utf8");
    const exports = [...text.matchAll(/^export\s+(const|async function|function|let|var|default)\s*(\w*)/gm)];
    for (const [line, kind, name] of exports) {
      expect(kind, `${file}: ${line}`).toBe("const");
      const decl = new RegExp(`export const ${name}\\s*=\\s*(defineAction|defineFormAction)\\(`);
      expect(decl.test(text), `${file}: ${name} must be built with defineAction or defineFormAction`).toBe(true);
    }
    expect(/^export\s*\{/m.test(text), `${file}: no re-exports from a "use server" file`).toBe(false);
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
  "verification_tokens.identifier",
  "email_outbox.toEmail",
  "email_outbox.html",
  "email_outbox.text",
  "rapport_teksten.tekst",
  "rapport_feedback.tekst",
  "rapport_feedback.antwoord",
  "handelingsperspectieven.eigenaar",
  // Not about a person, but named like it:
  "gemeenten.naam",
]);
const PERSONAL_HINT = /(naam|name|email|mail|telefoon|phone|adres|address|bsn|geboort|birth|functie|toelichting|tekst|text|opmerking|eigenaar|identifier|image)/i;

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
