/** Shared bits of the stap 1–2 action tests: who is who in the demo data, and "nothing changed". */
import { and, count, eq } from "drizzle-orm";
import { auditLog, emailOutbox, gemeenten, scanBegeleiders, scanMembers, scans, users, workshopBeschikbaarheid, workshopOpties } from "@/db/schema";
import { tableFingerprint } from "../support/db-fingerprint";
import type { TTestDb } from "../support/test-db";

const TABLES = { scans, users, scanMembers, scanBegeleiders, workshopOpties, workshopBeschikbaarheid, emailOutbox, gemeenten } as const;

/** Row counts of every table a stap 1–2 action writes, successful audit rows, the scans' columns, and a content hash of every table. */
export async function snapshot(t: TTestDb) {
  const out: Record<string, unknown> = {};
  for (const [name, table] of Object.entries(TABLES)) {
    const [row] = await t.db.select({ n: count() }).from(table);
    out[name] = Number(row!.n);
  }
  const [ok] = await t.db.select({ n: count() }).from(auditLog).where(eq(auditLog.outcome, "ok"));
  out.auditOk = Number(ok!.n);
  out.scanRows = JSON.stringify(await t.db.select().from(scans).orderBy(scans.id));
  out.members = JSON.stringify(await t.db.select().from(scanMembers).orderBy(scanMembers.id));
  out.users = JSON.stringify(
    await t.db.select({ id: users.id, name: users.name, email: users.email, active: users.active, role: users.role }).from(users).orderBy(users.id),
  );
  out.gemeenteRows = JSON.stringify(await t.db.select({ id: gemeenten.id, actief: gemeenten.actief }).from(gemeenten).orderBy(gemeenten.id));
  // And the content of every table (denied audit rows aside), so no UPDATE anywhere goes unseen.
  // Rate-limit counters are left out: counting refused attempts too is what they are for.
  const { rate_limits: _counters, ...tables } = await tableFingerprint(t.db);
  out.tables = tables;
  return out;
}

export async function deniedAudits(t: TTestDb, action: string) {
  const [row] = await t.db
    .select({ n: count() })
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.outcome, "denied")));
  return Number(row!.n);
}

export async function userId(t: TTestDb, email: string) {
  const [u] = await t.db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return u!.id;
}

export async function mailsTo(t: TTestDb, email: string, kind?: string) {
  return t.db
    .select()
    .from(emailOutbox)
    .where(kind ? and(eq(emailOutbox.toEmail, email), eq(emailOutbox.kind, kind)) : eq(emailOutbox.toEmail, email));
}

export const NOT_FOUND = "Deze scan bestaat niet of je hebt er geen toegang toe.";
