"use server";

import { redirect } from "next/navigation";
import * as z from "zod";
import { getDb } from "@/db/client";
import { asFormAction, defineAction } from "@/lib/actions/define-action";
import { signIn, signOut } from "@/lib/auth/auth";
import { findSignInUser } from "@/lib/auth/known-user";
import { safeCallbackPath } from "@/lib/auth/session-policy";
import { clientIp, sha256 } from "@/lib/client-ip";
import { UserError } from "@/lib/errors";
import { hitRateLimit } from "@/lib/rate-limit";
import { ZEmail } from "@/lib/validation/common";

/** Every login request is answered after at least this long (ms). */
const LOGIN_ANSWER_MS = Number(process.env.LOGIN_ANSWER_MS ?? 600);

export const signOutAction = asFormAction(defineAction(
  "signOut",
  z.object({}),
  async () => {
    await signOut({ redirect: false });
    redirect("/?melding=uitgelogd");
  },
  { anonymous: true },
));
