import { DrizzleAdapter } from "@auth/drizzle-adapter";
import NextAuth from "next-auth";
import type { Adapter } from "next-auth/adapters";
import Resend from "next-auth/providers/resend";
import { getDb } from "@/db/client";
import { accounts, sessions, users, verificationTokens } from "@/db/schema";
import { appUrl } from "@/lib/config";
import { kickOutbox } from "@/lib/jobs/kick";
import { log } from "@/lib/log";
import { inloglinkMail } from "@/lib/mail/catalogue";
import { enqueueMail } from "@/lib/mail/outbox";
import { findSignInUser } from "./known-user";
import { authRedirect, MAGIC_LINK_SECONDS, SESSION_ABSOLUTE_SECONDS, safeCallbackPath, sessionCookie } from "./session-policy";

/** The link in the mail opens our confirm page; only its button goes on to Auth.js. */
export function confirmUrlFor(authCallbackUrl: string): string {
  const from = new URL(authCallbackUrl);
  // Auth.js hands us an absolute callback URL on its own origin; keep only the path.
  let callback = from.searchParams.get("callbackUrl") ?? "";
  if (callback.startsWith(`${from.origin}/`)) callback = callback.slice(from.origin.length);
  const params = new URLSearchParams({
    token: from.searchParams.get("token") ?? "",
    email: from.searchParams.get("email") ?? "",
    callbackUrl: safeCallbackPath(callback),
  });
  return `${appUrl()}/inloggen/bevestigen?${params}`;
}

/**
 * Session and user rows get their times from this process's clock, the one getCurrentUser
 * measures the idle and absolute limits with; a database default would be another clock, and
 * a few minutes' drift between the two would sign people out or keep them in (issue 13).
 */
function withAppClock(adapter: Adapter): Adapter {
  return {
    ...adapter,
    createSession: (data) => {
      const now = new Date();
      return adapter.createSession!({ ...data, createdAt: now, lastSeenAt: now } as typeof data);
    },
    createUser: (data) => adapter.createUser!({ ...data, createdAt: new Date() } as typeof data),
  };
}

export const { handlers, auth, signIn, signOut } = NextAuth(async () => {
  const db = await getDb();
  return {
    adapter: withAppClock(
      DrizzleAdapter(db, {
        usersTable: users,
        accountsTable: accounts,
        sessionsTable: sessions,
        verificationTokensTable: verificationTokens,
      }),
    ),
    trustHost: true,
    useSecureCookies: appUrl().startsWith("https://"),
    cookies: { sessionToken: sessionCookie(appUrl().startsWith("https://")) },
    // Auth.js's own messages can carry URLs with tokens: log only the error's name.
    logger: {
      error: (error) => log.warn("auth.error", { name: error.name }),
      warn: (code) => log.warn("auth.warning", { code }),
      debug: () => {},
    },
    // Database sessions can be revoked at logout. The expiry is absolute (never slid
    // forward: updateAge > maxAge); the idle limit is enforced in getCurrentUser.
    session: { strategy: "database", maxAge: SESSION_ABSOLUTE_SECONDS, updateAge: SESSION_ABSOLUTE_SECONDS + 3600 },
    pages: { signIn: "/inloggen", verifyRequest: "/inloggen/controleer-je-mail", error: "/inloggen/fout" },
    providers: [
      Resend({
        maxAge: MAGIC_LINK_SECONDS,
        apiKey: "unused: mail goes through our outbox",
        async sendVerificationRequest({ identifier, url, expires }) {
          await enqueueMail(await getDb(), inloglinkMail({ to: identifier, url, bevestigUrl: confirmUrlFor(url), geldigTot: expires }), new Date());
          kickOutbox();
        },
      }),
    ],
    callbacks: {
      // Defence in depth: the login action already refuses unknown addresses silently.
      async signIn({ user }) {
        if (!user.email) return false;
        return (await findSignInUser(await getDb(), user.email.toLowerCase())) !== null;
      },
      async redirect({ url, baseUrl }) {
        return authRedirect(url, baseUrl);
      },
    },
  };
});
