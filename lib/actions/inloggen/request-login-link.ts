"use server";

import { redirect } from "next/navigation";
import * as z from "zod";
import { getDb } from "@/db/client";
import { defineAction } from "@/lib/actions/define-action";
import { signIn } from "@/lib/auth/auth";
import { findSignInUser } from "@/lib/auth/known-user";
import { safeCallbackPath } from "@/lib/auth/session-policy";
import { clientIp, sha256 } from "@/lib/client-ip";
import { env } from "@/lib/env";
import { UserError } from "@/lib/errors";
import { hitRateLimit } from "@/lib/rate-limit";
import { ZEmail } from "@/lib/validation/common";

/** Every login request is answered after at least this long (ms); read per request. */
const loginAnswerMs = () => env("LOGIN_ANSWER_MS");

/**
 * Known and unknown addresses end on the same page with the same status; only a known,
 * active user gets a mail. Both are counted by the same rate limits.
 */
export const requestLoginLinkAction = defineAction(
  "requestLoginLink",
  z.object({ email: ZEmail, callbackUrl: z.string().max(500).optional() }),
  async ({ email, callbackUrl }) => {
    const started = Date.now();
    const db = await getDb();
    const perEmailMinute = await hitRateLimit(db, "loginPerEmailMinute", sha256(email));
    const perEmail = await hitRateLimit(db, "loginPerEmail", sha256(email));
    const perIp = await hitRateLimit(db, "loginPerIp", sha256(await clientIp()));
    if (!perEmailMinute && perEmail && perIp) {
      throw new UserError("Je hebt net al een inloglink aangevraagd. Kijk in je mail, of wacht een minuut en probeer het dan opnieuw.", "email");
    }
    if (!perEmail || !perIp) {
      throw new UserError("Er zijn te veel inloglinks aangevraagd. Wacht een kwartier en probeer het dan opnieuw.", "email");
    }
    if (await findSignInUser(db, email)) {
      await signIn("resend", { email, redirect: false, redirectTo: safeCallbackPath(callbackUrl) });
    }
    // Known and unknown addresses answer after the same time, so timing does not tell them apart.
    await new Promise((r) => setTimeout(r, Math.max(0, loginAnswerMs() - (Date.now() - started))));
    redirect("/inloggen/controleer-je-mail");
  },
  { anonymous: true },
);
