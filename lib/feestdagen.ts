/**
 * Dutch public holidays and working days, for warnings only (issue 19.9): a workshop on New
 * Year's Day, or a registration that waited over a weekend, should be said out loud.
 * Source: Rijksoverheid, "Welke dagen zijn officiële feestdagen in Nederland?" (Algemene
 * termijnenwet art. 3): Nieuwjaarsdag, Goede Vrijdag, Eerste en Tweede Paasdag, Koningsdag
 * (27 april, 26 april als de 27e op zondag valt), Bevrijdingsdag (5 mei), Hemelvaartsdag, Eerste
 * en Tweede Pinksterdag, Eerste en Tweede Kerstdag. Goede Vrijdag and Bevrijdingsdag are not a
 * day off everywhere, but many people are away: they are warned about like the others.
 */
import { amsterdamDay } from "@/lib/dates";

const DAG = 86_400_000;

/** Easter Sunday (Gregorian; the anonymous algorithm of Meeus/Jones/Butcher) as "YYYY-MM-DD". */
export function paaszondag(jaar: number): string {
  const a = jaar % 19;
  const b = Math.floor(jaar / 100);
  const c = jaar % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const maand = Math.floor((h + l - 7 * m + 114) / 31);
  const dag = ((h + l - 7 * m + 114) % 31) + 1;
  return `${jaar}-${String(maand).padStart(2, "0")}-${String(dag).padStart(2, "0")}`;
}

const plus = (iso: string, dagen: number) => new Date(Date.parse(`${iso}T12:00:00Z`) + dagen * DAG).toISOString().slice(0, 10);

/** The holidays of one year, by calendar date. */
export function feestdagenIn(jaar: number): Map<string, string> {
  const pasen = paaszondag(jaar);
  const koningsdag = new Date(Date.UTC(jaar, 3, 27)).getUTCDay() === 0 ? `${jaar}-04-26` : `${jaar}-04-27`;
  return new Map([
    [`${jaar}-01-01`, "Nieuwjaarsdag"],
    [plus(pasen, -2), "Goede Vrijdag"],
    [pasen, "Eerste Paasdag"],
    [plus(pasen, 1), "Tweede Paasdag"],
    [koningsdag, "Koningsdag"],
    [`${jaar}-05-05`, "Bevrijdingsdag"],
    [plus(pasen, 39), "Hemelvaartsdag"],
    [plus(pasen, 49), "Eerste Pinksterdag"],
    [plus(pasen, 50), "Tweede Pinksterdag"],
    [`${jaar}-12-25`, "Eerste Kerstdag"],
    [`${jaar}-12-26`, "Tweede Kerstdag"],
  ]);
}

/** The holiday on this moment's day in Amsterdam, or null. */
export function feestdag(at: Date): string | null {
  const dag = amsterdamDay(at);
  return feestdagenIn(Number(dag.slice(0, 4))).get(dag) ?? null;
}

const weekdag = (dag: string) => new Date(`${dag}T12:00:00Z`).getUTCDay();

/** Why this moment is an awkward day for a workshop (weekend or holiday), or null. */
export function ongewoneDag(at: Date): string | null {
  const naam = feestdag(at);
  if (naam) return `${naam}: veel mensen zijn dan vrij.`;
  const wd = weekdag(amsterdamDay(at));
  if (wd === 0 || wd === 6) return `${wd === 0 ? "Zondag" : "Zaterdag"}: valt in het weekend.`;
  return null;
}

/** Whole working days (Monday to Friday, no holidays) from the day after `van` up to and including the day of `tot`. */
export function werkdagenTussen(van: Date, tot: Date): number {
  let n = 0;
  let dag = amsterdamDay(van);
  const eind = amsterdamDay(tot);
  for (let i = 0; i < 400 && dag < eind; i++) {
    dag = plus(dag, 1);
    const wd = weekdag(dag);
    if (wd !== 0 && wd !== 6 && !feestdagenIn(Number(dag.slice(0, 4))).has(dag)) n++;
  }
  return n;
}
