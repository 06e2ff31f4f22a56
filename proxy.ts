import { NextResponse, type NextRequest } from "next/server";
import { SESSION_COOKIE_NAMES } from "@/lib/auth/session-policy";
import { contentSecurityPolicy, plausibleRequestId, staticSecurityHeaders } from "@/lib/security/headers";

const PROTECTED = /^\/(begeleider|beheer|scans)(\/|$)/;

/**
 * Next's server-action body limit (serverActions.bodySizeLimit, default 1 MB). Next itself
 * answers a larger action body with a 500; we refuse it here first with a 413. Nothing in
 * the app takes a bigger body, so the limit holds for every request.
 */
const BODY_LIMIT_BYTES = 1024 * 1024;

/**
 * Runs before every page and route: a fresh CSP nonce and a request id for the logs, the
 * security headers, and — as a convenience only — a redirect to the login page for
 * protected pages without a session cookie. Every page, action and route handler still
 * authorizes itself; this is never the guard.
 */
export async function proxy(req: NextRequest) {
  const dev = process.env.NODE_ENV !== "production";
  const nonce = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
  const incoming = req.headers.get("x-request-id");
  const requestId = plausibleRequestId(incoming) ? incoming : crypto.randomUUID();
  const csp = contentSecurityPolicy(nonce, dev);

  let res: NextResponse;
  const hasSession = SESSION_COOKIE_NAMES.some((n) => req.cookies.has(n));
  if (Number(req.headers.get("content-length") ?? 0) > BODY_LIMIT_BYTES) {
    res = new NextResponse("Dit verzoek is te groot.", { status: 413, headers: { "content-type": "text/plain; charset=utf-8" } });
  } else if (!hasSession && PROTECTED.test(req.nextUrl.pathname)) {
    const url = req.nextUrl.clone();
    url.pathname = "/inloggen";
    url.search = `?callbackUrl=${encodeURIComponent(req.nextUrl.pathname + req.nextUrl.search)}`;
    res = NextResponse.redirect(url);
  } else {
    const headers = new Headers(req.headers);
    headers.set("x-nonce", nonce);
    headers.set("x-request-id", requestId);
    headers.set("content-security-policy", csp);
    res = NextResponse.next({ request: { headers } });
  }
  res.headers.set("content-security-policy", csp);
  res.headers.set("x-request-id", requestId);
  for (const [k, v] of Object.entries(staticSecurityHeaders(!dev))) res.headers.set(k, v);
  return res;
}

export const config = {
  // Everything except Next's own static files (those get headers from next.config.ts) and
  // server-action POSTs: their answer is data for React, not a page, and autosave is hot.
  // An action POST of 1,000,000 bytes or more does come here, for the 413 above.
  matcher: [
    { source: "/((?!_next/static|_next/image|favicon.ico).*)", missing: [{ type: "header", key: "next-action" }] },
    {
      source: "/((?!_next/static|_next/image|favicon.ico).*)",
      has: [
        { type: "header", key: "next-action" },
        { type: "header", key: "content-length", value: "\\d{7,}" },
      ],
    },
  ],
};
