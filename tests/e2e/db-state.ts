import type postgres from "postgres";

/**
 * One md5 per table over its full rows. Sessions only by token and user: Auth.js slides
 * `expires` and we refresh `last_seen_at` on use, which is not a change of state.
 */
export async function tableHashes(sql: postgres.Sql, opts: { ignoreDeniedAudit?: boolean } = {}): Promise<Record<string, string>> {
  const tables = ["users", "verification_tokens", "scans", "scan_members", "scan_begeleiders", "antwoorden", "rapporten", "rapport_feedback", "audit_log"];
  const out: Record<string, string> = {};
  for (const t of tables) {
    // A refused request may leave exactly one kind of trace: its denied audit row.
    const where = t === "audit_log" && opts.ignoreDeniedAudit ? " where t.outcome <> 'denied'" : "";
    const [row] = await sql.unsafe(`select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as h from ${t} t${where}`);
    out[t] = row!.h as string;
  }
  const [s] = await sql`select md5(coalesce(string_agg(session_token || ':' || user_id, '|' order by session_token), '')) as h from sessions`;
  out.sessions = s!.h as string;
  // The scheduler moves mails from queued to sent; which mails exist is what matters here.
  const [o] = await sql`select md5(coalesce(string_agg(id::text, '|' order by id), '')) as h from email_outbox`;
  out.email_outbox = o!.h as string;
  return out;
}
