import { readFileSync } from "node:fs";
import path from "node:path";
import { isNull, sql } from "drizzle-orm";
import type { Db } from "./client";
import { gemeenten } from "./schema";

type GemeenteRow = { code: string; naam: string; provincie: string };
type RegioRow = { code: string; veiligheidsregioCode: string; riec: string };

/** The rows of a CSV file after its header (RFC 4180 quoting as written by Python's csv). */
function csvRijen(text: string): string[][] {
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
    return cells;
  });
}

/** Parses the CBS list (code,naam,provincie). */
export function parseGemeentenCsv(text: string): GemeenteRow[] {
  return csvRijen(text).map((cells) => {
    const [code, naam, provincie] = cells;
    if (!code || !naam || !provincie) throw new Error(`Onleesbare regel in gemeenten.csv: ${cells.join(",")}`);
    return { code, naam, provincie };
  });
}

/** Parses gemeenten-regio.csv (code,naam,veiligheidsregio_code,veiligheidsregio,riec). */
export function parseRegioCsv(text: string): RegioRow[] {
  return csvRijen(text).map((cells) => {
    const [code, , veiligheidsregioCode, , riec] = cells;
    if (!code || !veiligheidsregioCode || !riec) throw new Error(`Onleesbare regel in gemeenten-regio.csv: ${cells.join(",")}`);
    return { code, veiligheidsregioCode, riec };
  });
}

export function loadRegioCsv(): RegioRow[] {
  return parseRegioCsv(readFileSync(path.join(process.cwd(), "db", "data", "gemeenten-regio.csv"), "utf8"));
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
  // Regions only where none is set yet, so an admin's correction survives a restart; after the
  // first start this is one query that finds nothing to do.
  const zonder = new Set((await db.select({ code: gemeenten.code }).from(gemeenten).where(isNull(gemeenten.riec))).map((g) => g.code));
  const regios = loadRegioCsv().filter((r) => zonder.has(r.code));
  if (regios.length === 0) return;
  // One statement for all rows: this runs for every fresh database, the tests' included.
  const waarden = sql.join(
    regios.map((r) => sql`(${r.code}, ${r.veiligheidsregioCode}, ${r.riec})`),
    sql`, `,
  );
  await db.execute(
    sql`update ${gemeenten} set veiligheidsregio_code = v.vr, riec = v.riec from (values ${waarden}) as v(code, vr, riec) where ${gemeenten.code} = v.code and ${gemeenten.riec} is null`,
  );
}
