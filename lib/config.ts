/** Settings read from the environment, with the defaults a fresh clone needs. */
export const PROGRAMMA_EMAIL = "zichtopondermijning@minbzk.nl";
export const PRODUCT_NAAM = "Datavolwassenheidsscan";

export function appUrl(): string {
  return (process.env.APP_URL || process.env.AUTH_URL || "http://localhost:3000").replace(/\/$/, "");
}

export function mailFrom(): string {
  return process.env.MAIL_FROM || `${PRODUCT_NAAM} <noreply@datavolwassenheidsscan.nl>`;
}

export function isProduction(): boolean {
  return process.env.NODE_ENV === "production";
}

/** The development mailbox exists only in `next dev` and tests that ask for it. */
export function devMailboxEnabled(): boolean {
  return !isProduction() || process.env.DEV_MAILBOX === "1";
}
