import { eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { gemeenten, rapporten, scans, users } from "@/db/schema";
import { buildRapportModel } from "@/lib/rapport/build";
import type { TRapportModel } from "@/lib/rapport/types";
import { rapportInputFixture } from "./rapport-fixture";

/**
 * Finished scans for benchmark tests and benches, without going through the seven steps: per
 * gemeente a scan in stap "afgerond" with a definitief report whose snapshot has the given
 * agreed level and computed score per dimension (by index). The PDF is a placeholder.
 */
export async function createFinishedScans(
  db: Db,
  specs: readonly { gemeenteCode: string; niveau: (dimensie: number) => number; afgerondAt: Date; modelVersie?: string; soort?: "definitief" | "concept" }[],
): Promise<string[]> {
  const basis = buildRapportModel(rapportInputFixture({ soort: "definitief", versie: 1 }));
  const codes = [...new Set(specs.map((s) => s.gemeenteCode))];
  const gs = new Map(
    (await db.select({ id: gemeenten.id, code: gemeenten.code }).from(gemeenten).where(inArray(gemeenten.code, codes))).map((g) => [g.code, g.id]),
  );
  const [auteur] = await db
    .insert(users)
    .values({ email: `auteur.${Math.random().toString(36).slice(2)}@bench.example`, name: "Auteur", role: "begeleider", createdAt: new Date() })
    .returning({ id: users.id });
  const ids: string[] = [];
  for (const spec of specs) {
    const gemeenteId = gs.get(spec.gemeenteCode);
    if (!gemeenteId) throw new Error(`Onbekende gemeente ${spec.gemeenteCode}`);
    const at = spec.afgerondAt;
    const [scan] = await db
      .insert(scans)
      .values({
        gemeenteId,
        stap: "afgerond",
        contactNaam: "Contact",
        contactFunctie: "Procesregisseur",
        contactEmail: "contact@bench.example",
        afgerondAt: at,
        createdAt: at,
        updatedAt: at,
      })
      .returning({ id: scans.id });
    const snapshot: TRapportModel = {
      ...basis,
      model: { ...basis.model, versie: spec.modelVersie ?? basis.model.versie },
      profiel: {
        ...basis.profiel,
        dimensies: basis.profiel.dimensies.map((d, i) => ({ ...d, berekend: spec.niveau(i) + 0.2, vastgesteld: spec.niveau(i) })),
      },
    };
    await db.insert(rapporten).values({
      scanId: scan!.id,
      soort: spec.soort ?? "definitief",
      versie: 1,
      snapshot,
      pdf: new Uint8Array([37, 80, 68, 70]),
      sha256: "0".repeat(64),
      createdBy: auteur!.id,
      createdAt: at,
    });
    ids.push(scan!.id);
  }
  return ids;
}

/** The CBS codes of the gemeenten in a RIEC region, in code order. */
export async function codesInRiec(db: Db, riec: string): Promise<string[]> {
  const rows = await db.select({ code: gemeenten.code }).from(gemeenten).where(eq(gemeenten.riec, riec));
  return rows.map((r) => r.code).sort();
}
