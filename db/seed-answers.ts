import { and, eq, inArray, isNotNull, isNull } from "drizzle-orm";
import { allQuestionIds, findQuestion, getModel, type TModel } from "../lib/analysetool";
import { deadlineVan } from "../lib/antwoorden/deadline";
import type { Db } from "./client";
import { antwoorden, rapporten, scanMembers, scans, type TRol, users } from "./schema";

const DAY = 24 * 60 * 60 * 1000;
const TILBURG = "5ca70000-0000-4000-8000-000000000002";
const BREDA = "5ca70000-0000-4000-8000-000000000003";
const EINDHOVEN = "5ca70000-0000-4000-8000-000000000004";
const DEVENTER_VORIGE = "5ca70000-0000-4000-8000-000000000005";
const DEVENTER_NU = "5ca70000-0000-4000-8000-000000000006";
/**
 * Scans whose deelnemers all submitted everything, with how many levels lower than the plan
 * they answered: Deventer's first scan (db/seed-herhaalmeting.ts) a level lower, so its
 * herhaalmeting shows growth.
 */
const COMPLEET = new Map([
  [BREDA, 0],
  [EINDHOVEN, 0],
  [DEVENTER_VORIGE, -1],
  [DEVENTER_NU, 0],
]);

type TRow = typeof antwoorden.$inferInsert;

/**
 * Which questions a demo deelnemer has answered, by e-mail. Tilburg (stap 3): two partly,
 * one submitted, the others not yet started (the e2e journeys use those). Breda and
 * Eindhoven (stap 4): every deelnemer submitted everything.
 */
const PLAN: Record<string, { vragen: "alles" | string[]; ingediend: boolean }> = {
  "deelnemer.privacy@tilburg.example": { vragen: "alles", ingediend: true },
  "deelnemer.ondermijning@tilburg.example": {
    vragen: ["opgave.", "samenwerking.", "governance.q1", "governance.q2"],
    ingediend: false,
  },
  "procesregisseur@tilburg.example": { vragen: ["opgave.q1", "opgave.q2", "opgave.q3"], ingediend: false },
};

/** Deterministic "random" 0..n-1 from a text (FNV-1a). */
function pick(text: string, n: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h % n;
}

/**
 * A level per role and question: a base level per question (2–4) plus 0 or 1 per role, so
 * roles differ by at most one level and nothing stands out, except a few planted
 * disagreements and a knowledge gap that the workshop results should show.
 */
const GEPLANT: Record<string, Partial<Record<TRol, number | "weet_niet">>> = {
  // Ondermijning sees clear agreements, privacy sees none: a "verdeeld"/"eenling" topic.
  "samenwerking.q2": { ondermijning: 4, privacy: 1, ict: 2, data_analyse: 2, overig: 3 },
  // ICT thinks access is well arranged; the others do not recognise it.
  "techniek.q2": { ict: 5, ondermijning: 2, privacy: 2, data_analyse: 2, overig: 2 },
  // The primary roles (DA, ICT) do not know the data quality: a kennislacune.
  "data.q4": { ict: "weet_niet", data_analyse: "weet_niet", ondermijning: 2, privacy: 2 },
};

const TOELICHTINGEN: Record<string, Partial<Record<TRol, string>>> = {
  "opgave.q1": { ondermijning: "Het ondermijningsbeeld is in 2025 vastgesteld en wordt elk half jaar met het RIEC bijgewerkt." },
  "samenwerking.q2": {
    ondermijning: "Het RIEC-convenant en het privacyprotocol liggen er en worden gebruikt.",
    privacy: "Per verzoek zoeken we opnieuw uit wat mag; verstrekkingen worden niet vastgelegd.",
  },
  "techniek.q2": { ict: "Rolgebonden autorisaties zijn ingericht en worden elk kwartaal gecontroleerd." },
  "juridisch.q2": { privacy: "Een pre-DPIA is standaard sinds vorig jaar." },
};

const OPEN: Record<string, Partial<Record<TRol, string>>> = {
  "open.q1": {
    ondermijning: "Korte lijnen met het RIEC en een actueel ondermijningsbeeld.",
    privacy: "De FG is vroeg betrokken bij nieuwe initiatieven.",
    ict: "Een goed beveiligde analyseomgeving.",
    data_analyse: "Analisten die de ondermijningsvragen kennen.",
    overig: "Bestuurlijke steun voor de aanpak.",
  },
  "open.q2": {
    ondermijning: "Onzekerheid over wat we mogen delen.",
    privacy: "Verstrekkingen worden niet vastgelegd.",
    ict: "Bronnen zijn niet gekoppeld.",
    data_analyse: "Te weinig tijd voor analyses.",
    overig: "Capaciteit.",
  },
  "open.q3": {
    ondermijning: "Eén werkinstructie voor informatiedeling.",
    privacy: "Een register van verstrekkingen.",
    ict: "Een datacatalogus met eigenaren.",
    data_analyse: "Vaste tijd voor analyse.",
    overig: "Een structureel budget.",
  },
};

export function antwoordVoor(model: TModel, rol: TRol, vraagId: string): Omit<TRow, "scanId" | "memberId" | "modelVersie" | "updatedAt"> {
  const q = findQuestion(model, vraagId)!;
  if (q.kind === "open") return { vraagId, tekst: OPEN[vraagId]?.[rol] ?? "Geen aanvulling." };
  const basis = 2 + pick(vraagId, 3);
  if (q.kind === "ambitie") {
    if (rol === "privacy" && vraagId === "analyse.ambitie") return { vraagId, geenOordeel: "weet_niet" };
    return { vraagId, niveau: Math.min(5, basis + 1) };
  }
  const geplant = GEPLANT[vraagId]?.[rol];
  const toelichting = TOELICHTINGEN[vraagId]?.[rol] ?? null;
  if (geplant === "weet_niet") return { vraagId, geenOordeel: "weet_niet", toelichting };
  if (typeof geplant === "number") return { vraagId, niveau: geplant, toelichting };
  // One "niet van toepassing" for variety, where a role plausibly has no view.
  if (rol === "ict" && vraagId === "opgave.q4") return { vraagId, geenOordeel: "nvt", toelichting };
  return { vraagId, niveau: Math.min(5, basis + pick(`${rol}/${vraagId}`, 2)), toelichting };
}

export function verschoven<T extends { niveau?: number | null }>(a: T, lager: number, vraagId: string): T {
  if (!lager || a.niveau == null || vraagId.endsWith(".ambitie")) return a;
  return { ...a, niveau: Math.max(1, a.niveau + lager) };
}

/**
 * Demo answers, deterministic and idempotent: existing answers are never overwritten, and a
 * submission is only set where none is recorded.
 */
export async function seedDemoAnswers(db: Db, now = new Date()) {
  const members = await db
    .select({
      id: scanMembers.id,
      scanId: scanMembers.scanId,
      rol: scanMembers.rol,
      email: users.email,
      modelVersie: scans.modelVersie,
      workshopAt: scans.workshopAt,
      deadlineAt: scans.deadlineAt,
    })
    .from(scanMembers)
    .innerJoin(users, eq(users.id, scanMembers.userId))
    .innerJoin(scans, eq(scans.id, scanMembers.scanId))
    .where(and(inArray(scanMembers.scanId, [TILBURG, ...COMPLEET.keys()]), isNotNull(scanMembers.rol)));
  // A scan with a definitief report keeps no answers beyond the retention period
  // (lib/jobs/retention.ts): seeding them again on the next start would only be removed again.
  const vastgesteld = new Set((await db.select({ scanId: rapporten.scanId }).from(rapporten).where(eq(rapporten.soort, "definitief"))).map((r) => r.scanId));
  let rows = 0;
  for (const m of members) {
    if (vastgesteld.has(m.scanId)) continue;
    const plan = COMPLEET.has(m.scanId) ? { vragen: "alles" as const, ingediend: true } : PLAN[m.email];
    if (!plan || !m.rol) continue;
    const model = getModel(m.modelVersie);
    // Breda's deadline lies in the past: its tools were submitted on time, an hour before it.
    const deadline = deadlineVan(m);
    const ingediendAt = COMPLEET.has(m.scanId) && deadline ? new Date(deadline.getTime() - 3_600_000) : new Date(now.getTime() - DAY);
    const ids = allQuestionIds(model).filter((id) => plan.vragen === "alles" || plan.vragen.some((p) => id === p || (p.endsWith(".") && id.startsWith(p))));
    const lager = COMPLEET.get(m.scanId) ?? 0;
    const values = ids.map((vraagId) => ({
      ...verschoven(antwoordVoor(model, m.rol!, vraagId), lager, vraagId),
      scanId: m.scanId,
      memberId: m.id,
      modelVersie: m.modelVersie,
      updatedAt: new Date(Math.min(ingediendAt.getTime(), now.getTime() - 2 * DAY) - 3_600_000),
    }));
    if (values.length) {
      const inserted = await db.insert(antwoorden).values(values).onConflictDoNothing().returning({ id: antwoorden.id });
      rows += inserted.length;
    }
    if (plan.ingediend) {
      await db
        .update(scanMembers)
        .set({ ingediendAt })
        .where(and(eq(scanMembers.id, m.id), isNull(scanMembers.ingediendAt)));
    }
  }
  return { antwoorden: rows };
}
