import { afterEach, describe, expect, it, vi } from "vitest";
import { ENV_SCHEMA, env, envProblems, productionEnvProblems, type TEnvName } from "./env";

const good = {
  AUTH_SECRET: "a".repeat(32),
  CRON_SECRET: "b".repeat(16),
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString("base64"),
};

describe("production environment", () => {
  it("accepts the three secrets", () => {
    expect(productionEnvProblems(good)).toEqual([]);
  });
  it("names every missing or weak secret", () => {
    expect(productionEnvProblems({})).toEqual(["AUTH_SECRET ontbreekt", "CRON_SECRET ontbreekt", "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY ontbreekt"]);
    expect(productionEnvProblems({ ...good, AUTH_SECRET: "kort" })).toEqual(["AUTH_SECRET moet minstens 32 tekens zijn"]);
    expect(productionEnvProblems({ ...good, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: "abc" })).toHaveLength(1);
  });
});

describe("env()", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });
  const unsetAll = () => {
    for (const name of Object.keys(ENV_SCHEMA)) vi.stubEnv(name, undefined);
  };

  it("gives the defaults a fresh clone needs", () => {
    unsetAll();
    expect(envProblems()).toEqual([]);
    expect({
      DATABASE_URL: env("DATABASE_URL"),
      DATABASE_POOL_SIZE: env("DATABASE_POOL_SIZE"),
      DB_MIGRATE_ON_START: env("DB_MIGRATE_ON_START"),
      SCHEDULER_INTERVAL_MS: env("SCHEDULER_INTERVAL_MS"),
      OUTBOX_LEASE_MS: env("OUTBOX_LEASE_MS"),
      RETENTION_MONTHS: env("RETENTION_MONTHS"),
      LOGIN_ANSWER_MS: env("LOGIN_ANSWER_MS"),
      MAIL_SEND_TIMEOUT_MS: env("MAIL_SEND_TIMEOUT_MS"),
      RATE_LIMIT_PER_IP_FACTOR: env("RATE_LIMIT_PER_IP_FACTOR"),
      RATE_LIMIT_PER_EMAIL_FACTOR: env("RATE_LIMIT_PER_EMAIL_FACTOR"),
      TRUSTED_PROXY_HOPS: env("TRUSTED_PROXY_HOPS"),
      DEV_MAILBOX: env("DEV_MAILBOX"),
      ALLOW_TIME_TRAVEL: env("ALLOW_TIME_TRAVEL"),
      CRON_SECRET: env("CRON_SECRET"),
    }).toEqual({
      DATABASE_URL: undefined,
      DATABASE_POOL_SIZE: 10,
      DB_MIGRATE_ON_START: true,
      SCHEDULER_INTERVAL_MS: 30_000,
      OUTBOX_LEASE_MS: undefined,
      RETENTION_MONTHS: 12,
      LOGIN_ANSWER_MS: 600,
      MAIL_SEND_TIMEOUT_MS: 15_000,
      RATE_LIMIT_PER_IP_FACTOR: 1,
      RATE_LIMIT_PER_EMAIL_FACTOR: 1,
      TRUSTED_PROXY_HOPS: 0,
      DEV_MAILBOX: false,
      ALLOW_TIME_TRAVEL: false,
      CRON_SECRET: undefined,
    });
  });

  it("reads the variable when asked, not when the module was imported", () => {
    vi.stubEnv("LOGIN_ANSWER_MS", "0");
    expect(env("LOGIN_ANSWER_MS")).toBe(0);
    vi.stubEnv("LOGIN_ANSWER_MS", "250");
    expect(env("LOGIN_ANSWER_MS")).toBe(250);
    vi.stubEnv("DB_MIGRATE_ON_START", "0");
    expect(env("DB_MIGRATE_ON_START")).toBe(false);
    vi.stubEnv("DEV_MAILBOX", "1");
    expect(env("DEV_MAILBOX")).toBe(true);
  });

  it("treats an empty value as unset", () => {
    for (const name of ["DATABASE_URL", "APP_URL", "RESEND_API_KEY", "SCHEDULER", "CRON_SECRET"] as const) {
      vi.stubEnv(name, "");
      expect(env(name), name).toBeUndefined();
    }
    vi.stubEnv("DATABASE_POOL_SIZE", "");
    expect(env("DATABASE_POOL_SIZE")).toBe(10);
  });

  it.each<[TEnvName, string]>([
    ["DATABASE_POOL_SIZE", "tien"],
    ["DATABASE_POOL_SIZE", "0"],
    ["SCHEDULER_INTERVAL_MS", "30s"],
    ["OUTBOX_LEASE_MS", "1.5"],
    ["LOGIN_ANSWER_MS", "-1"],
    ["MAIL_SEND_TIMEOUT_MS", "abc"],
  ])("refuses %s=%j with a Dutch message", (name, value) => {
    vi.stubEnv(name, value);
    const message = `${name} moet een geheel getal van minstens ${name === "LOGIN_ANSWER_MS" ? 0 : 1} zijn, niet "${value}"`;
    expect(() => env(name)).toThrow(message);
    expect(envProblems()).toEqual([message]);
  });

  it.each<[TEnvName, string, number]>([
    // These always fell back to their default on a value they cannot use; they still do.
    ["RETENTION_MONTHS", "twaalf", 12],
    ["RETENTION_MONTHS", "0", 12],
    ["RETENTION_MONTHS", "24", 24],
    ["RATE_LIMIT_PER_IP_FACTOR", "veel", 1],
    ["RATE_LIMIT_PER_IP_FACTOR", "0.5", 1],
    ["RATE_LIMIT_PER_EMAIL_FACTOR", "2.5", 2.5],
    ["TRUSTED_PROXY_HOPS", "11", 0],
    ["TRUSTED_PROXY_HOPS", "1.5", 0],
    ["TRUSTED_PROXY_HOPS", "2", 2],
  ])("reads %s=%j as %d", (name, value, expected) => {
    vi.stubEnv(name, value);
    expect(env(name)).toBe(expected);
    expect(envProblems()).toEqual([]);
  });
});
