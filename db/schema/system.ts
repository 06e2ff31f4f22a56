import { bigserial, index, integer, jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { moment } from "./columns";
import { scans } from "./scans";

export const OUTBOX_STATUS = ["pending", "sent", "failed"] as const;
export type TOutboxStatus = (typeof OUTBOX_STATUS)[number];

export type TAttachment = { filename: string; contentType: string; content: string };

/** Every mail the app sends is first a row here, written in the transaction that causes it. */
export const emailOutbox = pgTable(
  "email_outbox",
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Unique per intended mail, e.g. `herinnering/<scan>/<member>/<deadline>`; also sent to Resend. */
    idempotencyKey: text().notNull().unique(),
    kind: text().notNull(),
    scanId: uuid().references(() => scans.id, { onDelete: "set null" }),
    toEmail: text().notNull(),
    subject: text().notNull(),
    html: text().notNull(),
    text: text().notNull(),
    attachments: jsonb().$type<TAttachment[]>().notNull().default([]),
    status: text({ enum: OUTBOX_STATUS }).notNull().default("pending"),
    attempts: integer().notNull().default(0),
    nextAttemptAt: moment().notNull(),
    lastError: text(),
    providerId: text(),
    sentAt: moment(),
    createdAt: moment().notNull(),
  },
  (t) => [index().on(t.status, t.nextAttemptAt), index().on(t.scanId)],
);

/** Who did what, when, on which scan; no personal payload in `details`. */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    at: moment().notNull(),
    actorId: text(),
    action: text().notNull(),
    outcome: text({ enum: ["ok", "denied"] })
      .notNull()
      .default("ok"),
    scanId: uuid(),
    details: jsonb().$type<Record<string, string | number | boolean | null>>(),
  },
  (t) => [index().on(t.scanId, t.at)],
);

/** Fixed-window counters shared by all instances (login links, registrations). */
export const rateLimits = pgTable("rate_limits", {
  key: text().primaryKey(),
  windowStart: moment().notNull(),
  count: integer().notNull(),
});

/** Small operational facts such as the last scheduler tick. */
export const appState = pgTable("app_state", {
  key: text().primaryKey(),
  value: jsonb().notNull(),
  updatedAt: moment().notNull(),
});
