import { boolean, integer, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { moment } from "./columns";

/** Global roles. Procesregisseur and deelnemer are per-scan memberships, not user roles. */
export const GLOBAL_ROLES = ["admin", "begeleider"] as const;
export type TGlobalRole = (typeof GLOBAL_ROLES)[number];

/** The person a row is about or by. */
export const userRef = () =>
  text()
    .notNull()
    .references(() => users.id);

export const users = pgTable("users", {
  id: text()
    .primaryKey()
    .$defaultFn(() => crypto.randomUUID()),
  name: text(),
  email: text().notNull().unique(),
  emailVerified: timestamp({ withTimezone: true, mode: "date" }),
  image: text(),
  role: text({ enum: GLOBAL_ROLES }),
  // A deactivated user keeps their history but can no longer sign in or use a session.
  active: boolean().notNull().default(true),
  createdAt: moment().notNull(),
});

export const accounts = pgTable(
  "accounts",
  {
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    type: text().notNull(),
    provider: text().notNull(),
    providerAccountId: text().notNull(),
    refresh_token: text(),
    access_token: text(),
    expires_at: integer(),
    token_type: text(),
    scope: text(),
    id_token: text(),
    session_state: text(),
  },
  (t) => [primaryKey({ columns: [t.provider, t.providerAccountId] })],
);

export const sessions = pgTable("sessions", {
  sessionToken: text().primaryKey(),
  userId: text()
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  expires: timestamp({ withTimezone: true, mode: "date" }).notNull(),
  // Auth.js only knows a sliding expiry; the absolute session limit is measured from here.
  createdAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
  // The idle limit is measured from here; refreshed at most once a minute.
  lastSeenAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
});

export const verificationTokens = pgTable(
  "verification_tokens",
  {
    identifier: text().notNull(),
    // Auth.js stores only sha256(token + secret), never the token from the mail.
    token: text().notNull(),
    expires: timestamp({ withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.identifier, t.token] })],
);

export type TUser = typeof users.$inferSelect;
