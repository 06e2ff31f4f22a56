import { readFileSync } from "node:fs";
import path from "node:path";
import type { Db } from "./client";
import { gemeenten } from "./schema";

type GemeenteRow = { code: string; naam: string; provincie: string };

/** Parses the CBS list (code,naam,provincie; RFC 4180 quoting as written by Python's csv). */
export function parseGemeentenCsv(text: string): GemeenteRow[] {
  const lines = text.split("\n").filter((l) => l.trim() !== "");
  return lines.slice(1).map((line) => {
    const cells: string[] = [];
    let cell = "";
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i];
      if (quoted) {
        if (ch === '"' && line[i + 1] === '"') {
          cell += '"';
          i++;
        } else if (ch === '"') quoted = false;
        else cell += ch;
      } else if (ch === '"') quoted = true;
      else if (ch === ",") {
        cells.push(cell);
        cell = "";
      } else cell += ch;
    }
    cells.push(cell);
    const [code, naam, provincie] = cells;
    if (!code || !naam || !provincie) throw new Error(`Onleesbare regel in gemeenten.csv: ${line}`);
    return { code, naam, provincie };
  });
}

export function loadGemeentenCsv(): GemeenteRow[] {
  return parseGemeentenCsv(readFileSync(path.join(process.cwd(), "db", "data", "gemeenten.csv"), "utf8"));
}

/**
 * The CBS list of 1 January 2026 is reference data every install needs, demo or not.
 * Existing rows are left alone so an admin's changes (renamed, merged) survive restarts.
 */
export async function ensureReferenceData(db: Db, now = new Date()) {
  const rows = loadGemeentenCsv().map((g) => ({ ...g, createdAt: now }));
  await db.insert(gemeenten).values(rows).onConflictDoNothing({ target: gemeenten.code });
}
