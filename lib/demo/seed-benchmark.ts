import "server-only";
import { eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { gemeenten, handelingsperspectieven, ROLLEN, rapporten, scans, users } from "@/db/schema";
import { antwoordVoor, verschoven } from "@/db/seed-answers";
import { allQuestionIds, getModel, MODEL_2026_1, type TAnswer, type TDimensieId, type TGeenOordeel, type TNiveau } from "@/lib/analysetool";
import { sweepBenchmark } from "@/lib/jobs/benchmark-editie";
import { renderRapportPdf } from "@/lib/pdf/render";
import { buildRapportModel } from "@/lib/rapport/build";
import { sha256Hex, snapshotSha256 } from "@/lib/rapport/hash";

/**
 * Demo data for the benchmark (issue 17): 22 gemeenten with a finished scan, each only a
 * definitief report made from generated answers, and the first edition over them: a national
 * group of 22 and RIEC Oost-Nederland with 11, while every other region stays suppressed.
 * Deventer's first report, made next (lib/demo/seed-rapporten.ts), is measured against it;
 * one more gemeente is too few for a new edition, so the demo keeps this one.
 * The scans say they are demo data; `npm run db:seed` refuses production as before.
 */
const OOST = ["GM0197", "GM0141", "GM0216", "GM0203", "GM1945", "GM1859", "GM0209", "GM0147", "GM1876", "GM0213", "GM0148"];
const ELDERS = ["GM0109", "GM0114", "GM0074", "GM0917", "GM0928", "GM0889", "GM0505", "GM0489", "GM0400", "GM0392", "GM0384"];
export const DEMO_BENCHMARK_CODES = [...OOST, ...ELDERS];

const DAY = 86_400_000;
const BEGELEIDER = { email: "demo.benchmark@begeleiding.example", name: "Demo Benchmark" };

/** Deterministic variety: a gemeente's tools answer up to a level lower or higher than the plan. */
const verschuiving = (i: number) => [-1, 0, 1, 0, -1, 1, 0][i % 7]!;

export async function seedDemoBenchmark(db: Db, now = new Date()): Promise<number> {
  const gs = await db.select().from(gemeenten).where(inArray(gemeenten.code, DEMO_BENCHMARK_CODES));
  const [bestaand] = await db.select({ id: scans.id }).from(scans).where(eq(scans.contactEmail, BEGELEIDER.email)).limit(1);
  if (bestaand) return 0;
  const [auteur] = await db
    .insert(users)
    .values({ ...BEGELEIDER, role: "begeleider", createdAt: now })
    .onConflictDoUpdate({ target: users.email, set: { name: BEGELEIDER.name } })
    .returning({ id: users.id });
  const model = getModel(MODEL_2026_1.versie);
  let gemaakt = 0;
  for (const [i, code] of DEMO_BENCHMARK_CODES.entries()) {
    const g = gs.find((x) => x.code === code);
    if (!g) continue;
    const afgerondAt = new Date(now.getTime() - (20 + i * 9) * DAY);
    const [scan] = await db
      .insert(scans)
      .values({
        gemeenteId: g.id,
        stap: "afgerond",
        contactNaam: "Demo Benchmark",
        contactFunctie: "Demodata",
        contactEmail: BEGELEIDER.email,
        opmerkingen: "Demodata voor de benchmark: alleen een eindrapport, zonder deelnemers.",
        workshopAt: new Date(afgerondAt.getTime() - 40 * DAY),
        workshopHeldAt: new Date(afgerondAt.getTime() - 40 * DAY),
        afgerondAt,
        top3VastgesteldAt: afgerondAt,
        createdAt: new Date(afgerondAt.getTime() - 90 * DAY),
        updatedAt: afgerondAt,
      })
      .returning({ id: scans.id });
    const leden = ROLLEN.map((rol, k) => ({ memberId: `demo-${k}`, rol, functie: null, ingediend: true }));
    const answers: TAnswer[] = leden.flatMap((l) =>
      allQuestionIds(model).map((vraagId) => {
        const a = verschoven(antwoordVoor(model, l.rol, vraagId), verschuiving(i + (l.rol === "ict" ? 1 : 0)), vraagId);
        return {
          memberId: l.memberId,
          rol: l.rol,
          vraagId,
          niveau: (a.niveau ?? null) as TNiveau | null,
          geenOordeel: (a.geenOordeel ?? null) as TGeenOordeel | null,
          toelichting: null,
          tekst: a.tekst ?? null,
        };
      }),
    );
    const dims = [...model.dimensies].sort((a, b) => a.volgorde - b.volgorde);
    const top3 = [0, 1, 2].map((k) => dims[(i + k * 3) % dims.length]!);
    const hps = top3.map((d, k) => ({
      titel: `Verbeteren: ${d.naam}`,
      omschrijving: "Demodata.",
      dimensieId: d.id,
      rang: k + 1,
      eigenaar: "Procesregisseur",
      termijn: new Date(afgerondAt.getTime() + 180 * DAY),
      eersteStap: "Plan maken",
      stemmen: 3 - k,
    }));
    const input = {
      soort: "definitief" as const,
      versie: 1,
      datum: afgerondAt,
      gemeente: g.naam,
      model,
      answers,
      leden,
      consensus: Object.fromEntries(
        dims.map((d, k) => [d.id as TDimensieId, { niveau: 1.5 + ((i * 3 + k * 5) % 7) * 0.5, motivering: null, observaties: null, verbeterpunten: null }]),
      ),
      teksten: { samenvatting: `Demodata voor de benchmark: een gegenereerd eindrapport van gemeente ${g.naam}.` },
      datums: { aangemeld: null, analysetoolStart: null, analysetoolGesloten: null, workshop: null, overleg: null },
      handelingsperspectieven: hps,
      feedback: [],
      vorige: null,
      // The demo reports leave the benchmark out: they were not made against one.
      benchmark: null,
    };
    const snapshot = buildRapportModel(input);
    const pdf = await renderRapportPdf(snapshot, { kenmerk: snapshotSha256(snapshot) });
    await db
      .insert(handelingsperspectieven)
      .values(hps.map(({ stemmen: _stemmen, ...h }) => ({ ...h, scanId: scan!.id, proposedBy: auteur!.id, createdAt: afgerondAt, updatedAt: afgerondAt })));
    await db.insert(rapporten).values({
      scanId: scan!.id,
      soort: "definitief",
      versie: 1,
      snapshot,
      pdf: new Uint8Array(pdf),
      sha256: sha256Hex(pdf),
      createdBy: auteur!.id,
      createdAt: afgerondAt,
    });
    gemaakt++;
  }
  await sweepBenchmark(db, now);
  return gemaakt;
}
