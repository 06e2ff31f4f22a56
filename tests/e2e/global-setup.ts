import type { TestProject } from "vitest/node";
import { startFakeResend } from "../support/fake-resend";
import { createSeededDatabase, startAppServer } from "./server";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    resendUrl: string;
    databaseUrl: string;
    cronSecret: string;
  }
}

/**
 * One production server for all journeys: its own seeded database, mail going out through
 * the real Resend SDK to a fake Resend on loopback, where the tests pick up the links.
 */
export default async function setup(project: TestProject) {
  const resend = await startFakeResend();
  const db = await createSeededDatabase();
  const cronSecret = "e2e-cron-secret-0123456789abcdef";
  const server = await startAppServer({
    ...db.env,
    RESEND_API_KEY: "re_test_e2e",
    RESEND_BASE_URL: resend.url,
    MAIL_FROM: "Datavolwassenheidsscan <noreply@dvs.example>",
    SCHEDULER: "inline",
    SCHEDULER_INTERVAL_MS: "2000",
    CRON_SECRET: cronSecret,
    ALLOW_TIME_TRAVEL: "1",
    // Every journey signs in from 127.0.0.1, often as the same demo accounts.
    RATE_LIMIT_PER_IP_FACTOR: "50",
    RATE_LIMIT_PER_EMAIL_FACTOR: "10",
  });
  project.provide("baseUrl", server.url);
  project.provide("resendUrl", resend.url);
  project.provide("databaseUrl", db.databaseUrl ?? "");
  project.provide("cronSecret", cronSecret);
  return async () => {
    await server.stop();
    if (process.env.E2E_SERVER_LOG) console.log(server.logs.join(""));
    await resend.close();
    await db.drop();
  };
}
