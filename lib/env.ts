import * as z from "zod";

/**
 * The one module that reads `process.env` (issue 15.5). Every variable the app knows is in
 * ENV_SCHEMA with the default a fresh clone needs; `env(name)` reads and parses it on every
 * call, never once at import, because tests set variables at run time and a clock-shifted
 * process must see the same values. Parsing a single variable per call costs microseconds,
 * and a bad value breaks only what uses it (`envProblems()` lists them all at start).
 */

/** Unset and empty are the same: `FOO=` in a .env file means "not set". */
const text = () =>
  z
    .string()
    .optional()
    .transform((v) => v || undefined);

/** On only when set to "1". */
const flag = () =>
  z
    .string()
    .optional()
    .transform((v) => v === "1");

/** A whole number of at least `min`; unset or empty gives the default, anything else a Dutch error. */
function wholeNumber<D extends number | undefined>(name: string, fallback: D, min: number) {
  return z
    .string()
    .optional()
    .transform((v, ctx): number | D => {
      if (v === undefined || v.trim() === "") return fallback;
      const n = Number(v);
      if (Number.isInteger(n) && n >= min) return n;
      ctx.addIssue({ code: "custom", message: `${name} moet een geheel getal van minstens ${min} zijn, niet "${v}"` });
      return z.NEVER;
    });
}

/** A number that falls back to the default when it is not acceptable (as these variables always did). */
function lenientNumber(fallback: number, acceptable: (n: number) => boolean) {
  return z
    .string()
    .optional()
    .transform((v) => {
      const n = Number(v ?? fallback);
      return acceptable(n) ? n : fallback;
    });
}

export const ENV_SCHEMA = {
  NODE_ENV: text(),
  /** Set by `next build` while it runs; the runtime must not start then. */
  NEXT_PHASE: text(),

  APP_URL: text(),
  AUTH_URL: text(),
  MAIL_FROM: text(),
  /** The development mailbox (and its transport) in a production build, for test servers. */
  DEV_MAILBOX: flag(),
  /** `POST /api/cron/tick` honours `{"now": …}` only with ALLOW_TIME_TRAVEL=1 (the e2e harness). */
  ALLOW_TIME_TRAVEL: flag(),
  CRON_SECRET: text(),

  DATABASE_URL: text(),
  DATABASE_POOL_SIZE: wholeNumber("DATABASE_POOL_SIZE", 10, 1),
  /** Off only with DB_MIGRATE_ON_START=0, for a deploy that runs `npm run db:migrate` itself. */
  DB_MIGRATE_ON_START: z
    .string()
    .optional()
    .transform((v) => v !== "0"),
  PGLITE_DIR: text(),

  /** "inline" runs the scheduler in the process; any other value switches it off. Unset: inline on PGlite only. */
  SCHEDULER: text(),
  SCHEDULER_INTERVAL_MS: wholeNumber("SCHEDULER_INTERVAL_MS", 30_000, 1),
  /** Unset: the worker's own default. */
  OUTBOX_LEASE_MS: wholeNumber("OUTBOX_LEASE_MS", undefined, 1),
  /** Months after finalizing that individual answers are kept; below 1 or not a number: 12. */
  RETENTION_MONTHS: lenientNumber(12, (n) => Number.isFinite(n) && n >= 1),

  LOGIN_ANSWER_MS: wholeNumber("LOGIN_ANSWER_MS", 600, 0),
  MAIL_SEND_TIMEOUT_MS: wholeNumber("MAIL_SEND_TIMEOUT_MS", 15_000, 1),
  RESEND_API_KEY: text(),
  RESEND_BASE_URL: text(),

  /** Factors only raise a limit: 1 or less, or not a number, leaves the policy as written. */
  RATE_LIMIT_PER_IP_FACTOR: lenientNumber(1, (n) => Number.isFinite(n) && n > 1),
  RATE_LIMIT_PER_EMAIL_FACTOR: lenientNumber(1, (n) => Number.isFinite(n) && n > 1),
  /** Reverse proxies of our own in front of the app, 0–10; anything else: 0. */
  TRUSTED_PROXY_HOPS: lenientNumber(0, (n) => Number.isInteger(n) && n >= 0 && n <= 10),
};

export type TEnvName = keyof typeof ENV_SCHEMA;
export type TEnv = { [K in TEnvName]: z.output<(typeof ENV_SCHEMA)[K]> };

/**
 * Each variable is read by its literal name, not as `process.env[name]`: Next replaces
 * `process.env.NODE_ENV` at build time only where it is written out, and the client-module
 * rule in tests/unit/static-rules.test.ts recognises a module that reads secrets this way.
 */
const READ: { [K in TEnvName]: () => string | undefined } = {
  NODE_ENV: () => process.env.NODE_ENV,
  NEXT_PHASE: () => process.env.NEXT_PHASE,
  APP_URL: () => process.env.APP_URL,
  AUTH_URL: () => process.env.AUTH_URL,
  MAIL_FROM: () => process.env.MAIL_FROM,
  DEV_MAILBOX: () => process.env.DEV_MAILBOX,
  ALLOW_TIME_TRAVEL: () => process.env.ALLOW_TIME_TRAVEL,
  CRON_SECRET: () => process.env.CRON_SECRET,
  DATABASE_URL: () => process.env.DATABASE_URL,
  DATABASE_POOL_SIZE: () => process.env.DATABASE_POOL_SIZE,
  DB_MIGRATE_ON_START: () => process.env.DB_MIGRATE_ON_START,
  PGLITE_DIR: () => process.env.PGLITE_DIR,
  SCHEDULER: () => process.env.SCHEDULER,
  SCHEDULER_INTERVAL_MS: () => process.env.SCHEDULER_INTERVAL_MS,
  OUTBOX_LEASE_MS: () => process.env.OUTBOX_LEASE_MS,
  RETENTION_MONTHS: () => process.env.RETENTION_MONTHS,
  LOGIN_ANSWER_MS: () => process.env.LOGIN_ANSWER_MS,
  MAIL_SEND_TIMEOUT_MS: () => process.env.MAIL_SEND_TIMEOUT_MS,
  RESEND_API_KEY: () => process.env.RESEND_API_KEY,
  RESEND_BASE_URL: () => process.env.RESEND_BASE_URL,
  RATE_LIMIT_PER_IP_FACTOR: () => process.env.RATE_LIMIT_PER_IP_FACTOR,
  RATE_LIMIT_PER_EMAIL_FACTOR: () => process.env.RATE_LIMIT_PER_EMAIL_FACTOR,
  TRUSTED_PROXY_HOPS: () => process.env.TRUSTED_PROXY_HOPS,
};

function parse(name: TEnvName) {
  return ENV_SCHEMA[name].safeParse(READ[name]());
}

/** The variable's current value, parsed; throws a Dutch message when it is set to something unusable. */
export function env<K extends TEnvName>(name: K): TEnv[K] {
  const parsed = parse(name);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join("; "));
  return parsed.data as TEnv[K];
}

/** Every variable that is set to something unusable, as Dutch messages; empty when all is well. */
export function envProblems(): string[] {
  return (Object.keys(ENV_SCHEMA) as TEnvName[]).flatMap((name) => {
    const parsed = parse(name);
    return parsed.success ? [] : parsed.error.issues.map((i) => i.message);
  });
}

const ZProductionEnv = z.object({
  AUTH_SECRET: z.string({ error: "AUTH_SECRET ontbreekt" }).min(32, { error: "AUTH_SECRET moet minstens 32 tekens zijn" }),
  CRON_SECRET: z.string({ error: "CRON_SECRET ontbreekt" }).min(16, { error: "CRON_SECRET moet minstens 16 tekens zijn" }),
  // Every instance must share it, or a server action rendered by one fails on another.
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: z
    .string({ error: "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY ontbreekt" })
    .refine((v) => Buffer.from(v, "base64").length === 32, { error: "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY moet 32 bytes in base64 zijn" }),
});

/**
 * A production server refuses to start without its secrets, rather than starting and
 * failing on the first sign-in or cron call. Returns the problems; empty when all is well.
 * AUTH_SECRET and the actions key are read by Auth.js and Next themselves, so they are only checked here.
 */
export function productionEnvProblems(
  source: Record<string, string | undefined> = {
    AUTH_SECRET: process.env.AUTH_SECRET,
    CRON_SECRET: process.env.CRON_SECRET,
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY,
  },
): string[] {
  const parsed = ZProductionEnv.safeParse(source);
  return parsed.success ? [] : parsed.error.issues.map((i) => i.message);
}
