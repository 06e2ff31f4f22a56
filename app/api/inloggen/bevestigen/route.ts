import { type NextRequest, NextResponse } from "next/server";
import * as z from "zod";
import { safeCallbackPath } from "@/lib/auth/session-policy";
import { appUrl } from "@/lib/config";
import { ZEmail } from "@/lib/validation/common";

const ZConfirm = z.object({
  token: z.string().regex(/^[0-9a-f]{64}$/),
  email: ZEmail,
  callbackUrl: z.string().max(500).optional(),
});

/**
 * The confirm page's button posts here; only this POST (never the GET a mail scanner
 * does) forwards to Auth.js, which spends the token once and creates a fresh session.
 * A cross-site form post is refused, so nobody can sign a victim in as someone else.
 */
export async function POST(req: NextRequest) {
  const origin = req.headers.get("origin");
  const own = new Set([req.nextUrl.origin, new URL(appUrl()).origin]);
  if (!origin || !own.has(origin)) {
    return new NextResponse("Dit verzoek is geweigerd.", { status: 403, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  const form = await req.formData().catch(() => null);
  const parsed = ZConfirm.safeParse(Object.fromEntries(form ?? []));
  if (!parsed.success) {
    return seeOther("/inloggen/fout?error=Verification");
  }
  const { token, email, callbackUrl } = parsed.data;
  const params = new URLSearchParams({ token, email, callbackUrl: safeCallbackPath(callbackUrl) });
  return seeOther(`/api/auth/callback/resend?${params}`);
}

/** A relative Location keeps the browser on the host it used (behind a proxy the server may not know it). */
function seeOther(location: string) {
  return new NextResponse(null, { status: 303, headers: { location } });
}
