/** Settings read from the environment (through lib/env.ts), with the defaults a fresh clone needs. */
import { env } from "@/lib/env";

export const PROGRAMMA_EMAIL = "zichtopondermijning@minbzk.nl";
export const PRODUCT_NAAM = "Datavolwassenheidsscan";

export function appUrl(): string {
  return (env("APP_URL") || env("AUTH_URL") || "http://localhost:3000").replace(/\/$/, "");
}

export function mailFrom(): string {
  return env("MAIL_FROM") || `${PRODUCT_NAAM} <noreply@datavolwassenheidsscan.nl>`;
}

export function isProduction(): boolean {
  return env("NODE_ENV") === "production";
}

/** The development mailbox exists only in `next dev` and tests that ask for it. */
export function devMailboxEnabled(): boolean {
  return !isProduction() || env("DEV_MAILBOX");
}
