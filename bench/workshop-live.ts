/**
 * The live workshop round under a room's load (issue 18): 40 phones answering and two
 * presentation screens listening, on two `next start` instances against one PostgreSQL. Per
 * vote: the time from its POST (the phone's form, as posted without JavaScript) until both
 * screens received the new count over server-sent events; then all 40 change their answer at
 * once and the time until both screens show the new spread. Against plain page loads in the
 * same run, with the PostgreSQL connections counted while it runs.
 *
 *   npm run build && npm run bench:workshop-live
 */
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import { eq, sql } from "drizzle-orm";
import { openDb } from "@/db/client";
import { scanBegeleiders, scanMembers, sessions, users, workshopRondes } from "@/db/schema";
import { fromAmsterdamLocal } from "@/lib/dates";
import { exitWithUsageOnHelp } from "../scripts/usage";
import { startAppServer } from "../tests/e2e/server";
import { createBulkScans } from "../tests/support/bulk-scans";
import { benchDatabase } from "./lib/postgres";

exitWithUsageOnHelp(
  "npm run bench:workshop-live — 40 telefoons stemmen, twee presentatieschermen luisteren, op twee instanties (eerst npm run build; PostgreSQL nodig).",
);

const PHONES = Number(process.env.BENCH_PHONES ?? 40);
const POOL = 10;

type TStand = { ronde: { uitslag: { antwoorden: number; verdeling: number[] | null } } | null };
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const wacht = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A screen: reads the event stream and remembers every stand with the moment it arrived. */
function scherm(url: string, cookie: string) {
  const standen: { at: number; stand: TStand }[] = [];
  const ctrl = new AbortController();
  const klaar = (async () => {
    const res = await fetch(url, { headers: { cookie }, signal: ctrl.signal });
    const reader = res.body!.getReader();
    const dec = new TextDecoder();
    let buf = "";
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return;
      buf += dec.decode(value, { stream: true });
      let i = buf.indexOf("\n\n");
      while (i >= 0) {
        const blok = buf.slice(0, i);
        buf = buf.slice(i + 2);
        const data = /^data: (.*)$/m.exec(blok)?.[1];
        if (blok.startsWith("event: stand") && data) standen.push({ at: performance.now(), stand: JSON.parse(data) as TStand });
        i = buf.indexOf("\n\n");
      }
    }
  })();
  return { standen, stop: () => ctrl.abort(), klaar };
}

/** When a screen first showed a stand that `ok` accepts, after `sinds`; waits up to 10 s. */
async function gezien(s: ReturnType<typeof scherm>, sinds: number, ok: (st: TStand) => boolean): Promise<number> {
  const eind = performance.now() + 10_000;
  for (;;) {
    const hit = s.standen.find((x) => x.at >= sinds && ok(x.stand));
    if (hit) return hit.at;
    if (performance.now() > eind) throw new Error("Een scherm kreeg de stem niet binnen 10 s.");
    await wacht(2);
  }
}

/** The hidden fields of the phone's form, as a browser without JavaScript would post them. */
function formVelden(html: string): [string, string][] {
  const form = [...html.matchAll(/<form[^>]*>([\s\S]*?)<\/form>/g)].map((m) => m[1]!).find((f) => f.includes('name="rondeId"')) ?? "";
  const dec = (x: string) => x.replaceAll("&quot;", '"').replaceAll("&#x27;", "'").replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&amp;", "&");
  return [...form.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g)].map((m) => [dec(m[1]!), dec(m[2] ?? "")]);
}

const db = await benchDatabase();
const handle = await openDb(db.url, { max: 2 });
const servers: Awaited<ReturnType<typeof startAppServer>>[] = [];
try {
  const now = new Date();
  const { scanIds } = await createBulkScans(handle.db, {
    scans: 1,
    deelnemersPerScan: PHONES,
    stap: "workshop",
    workshopAt: fromAmsterdamLocal("2026-12-01T13:30")!,
    startedAt: fromAmsterdamLocal("2026-11-10T09:00")!,
  });
  const scanId = scanIds[0]!;
  const [beg] = await handle.db.insert(users).values({ email: "bench.live@bench.example", name: "Bench", role: "begeleider", createdAt: now }).returning();
  await handle.db.insert(scanBegeleiders).values({ scanId, userId: beg!.id, createdAt: now });
  const sessie = async (userId: string) => {
    const token = randomBytes(32).toString("hex");
    await handle.db.insert(sessions).values({ sessionToken: token, userId, expires: new Date(now.getTime() + 3_600_000), createdAt: now, lastSeenAt: now });
    return `authjs.session-token=${token}`;
  };
  const begCookie = await sessie(beg!.id);
  const leden = await handle.db.select({ id: scanMembers.id, userId: scanMembers.userId }).from(scanMembers).where(eq(scanMembers.scanId, scanId));
  const cookies = await Promise.all(leden.map((l) => sessie(l.userId)));
  await handle.db.insert(workshopRondes).values({ scanId, dimensieId: "opgave", nummer: 1, geopendDoor: beg!.id, createdAt: now });
  const [ronde] = await handle.db.select({ id: workshopRondes.id }).from(workshopRondes).where(eq(workshopRondes.scanId, scanId));

  const shared = {
    DATABASE_URL: db.url,
    DATABASE_POOL_SIZE: String(POOL),
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
    SCHEDULER: "off",
    RATE_LIMIT_PER_IP_FACTOR: "1000",
  };
  servers.push(...(await Promise.all([startAppServer(shared), startAppServer(shared)])));
  const [a, b] = servers as [(typeof servers)[0], (typeof servers)[0]];
  const live = `/api/scans/${scanId}/workshop/live`;
  const schermen = [scherm(`${a.url}${live}`, begCookie), scherm(`${b.url}${live}`, begCookie)];
  await Promise.all(schermen.map((s) => gezien(s, 0, () => true)));

  const telefoons = await Promise.all(
    cookies.map(async (cookie, i) => {
      const base = i % 2 ? b.url : a.url;
      const html = await (await fetch(`${base}/scans/${scanId}/stemmen`, { headers: { cookie } })).text();
      const velden = formVelden(html);
      if (!velden.some(([k]) => k === "rondeId")) throw new Error("Het stemformulier staat niet op de telefoonpagina.");
      return { base, cookie, velden };
    }),
  );
  const stem = async (t: (typeof telefoons)[number], antwoord: string) => {
    const body = new FormData();
    for (const [k, v] of t.velden) body.append(k, v);
    body.append("antwoord", antwoord);
    const res = await fetch(`${t.base}/scans/${scanId}/stemmen`, { method: "POST", headers: { cookie: t.cookie, origin: t.base }, body, redirect: "manual" });
    await res.arrayBuffer();
    if (res.status >= 400) throw new Error(`Stem geweigerd: ${res.status}`);
  };

  // Connections while it runs: both pools, both listeners and this script.
  let maxVerbindingen = 0;
  const teller = setInterval(async () => {
    const rows = (await handle.db.execute(sql`select count(*)::int as n from pg_stat_activity where datname = current_database()`)) as unknown as {
      n: number;
    }[];
    maxVerbindingen = Math.max(maxVerbindingen, Number(rows[0]?.n ?? 0));
  }, 50);

  console.log(`\n${PHONES} telefoons (om en om op twee instanties) stemmen één voor één; twee schermen luisteren (één per instantie).`);
  const latenties: number[] = [];
  const posts: number[] = [];
  let fouten = 0;
  for (const [j, t] of telefoons.entries()) {
    const t0 = performance.now();
    try {
      await stem(t, String((j % 5) + 1));
      posts.push(performance.now() - t0);
      const tijden = await Promise.all(schermen.map((s) => gezien(s, t0, (st) => (st.ronde?.uitslag.antwoorden ?? 0) >= j + 1)));
      latenties.push(Math.max(...tijden) - t0);
    } catch (err) {
      fouten++;
      console.error(String(err));
    }
  }
  // Everyone at once: reveal, then all change to 5; done when both screens show 40 × 5.
  await handle.db.execute(sql`update workshop_rondes set onthuld_at = now() where id = ${ronde!.id}`);
  await handle.db.execute(sql`select pg_notify('workshop', ${scanId})`);
  const t1 = performance.now();
  await Promise.all(telefoons.map((t) => stem(t, "5").catch(() => fouten++)));
  const burst = Math.max(...(await Promise.all(schermen.map((s) => gezien(s, t1, (st) => st.ronde?.uitslag.verdeling?.[4] === PHONES))))) - t1;

  // The baseline: a plain page, loaded as often, from the same two instances.
  const basis: number[] = [];
  for (const [j, t] of telefoons.entries()) {
    const t0 = performance.now();
    await (await fetch(`${j % 2 ? b.url : a.url}/toegankelijkheid`, { headers: { cookie: t.cookie } })).arrayBuffer();
    basis.push(performance.now() - t0);
  }
  clearInterval(teller);
  const f = (x: number) => x.toFixed(0).padStart(6);
  console.log(`${"".padEnd(34)}${"p50".padStart(6)}${"p95".padStart(6)}${"p99".padStart(6)}  ms`);
  console.log(`${"stem → beide schermen".padEnd(34)}${f(pct(latenties, 50))}${f(pct(latenties, 95))}${f(pct(latenties, 99))}`);
  console.log(`${"  waarvan de POST zelf".padEnd(34)}${f(pct(posts, 50))}${f(pct(posts, 95))}${f(pct(posts, 99))}`);
  console.log(`${"gewone pagina (basis)".padEnd(34)}${f(pct(basis, 50))}${f(pct(basis, 95))}${f(pct(basis, 99))}`);
  console.log(
    `p95 stem → schermen ÷ p95 gewone pagina: ${(pct(latenties, 95) / pct(basis, 95)).toFixed(1)}×; doel p95 < 1000 ms → ${pct(latenties, 95) < 1000 ? "gehaald" : "NIET gehaald"}.`,
  );
  console.log(`Alle ${PHONES} tegelijk een nieuw antwoord: ${burst.toFixed(0)} ms tot beide schermen de nieuwe verdeling tonen.`);
  console.log(
    `Fouten: ${fouten}. PostgreSQL-verbindingen tijdens de run: hoogstens ${maxVerbindingen} (pools 2 × ${POOL}, 2 luisterverbindingen, dit script 2).`,
  );
  for (const s of schermen) s.stop();
} finally {
  for (const s of servers) await s.stop();
  await handle.close();
  await db.drop();
}
