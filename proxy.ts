import { type NextRequest, NextResponse } from "next/server";
import { SESSION_COOKIE_NAMES } from "@/lib/auth/session-policy";
import { isProduction } from "@/lib/config";
import { contentSecurityPolicy, plausibleRequestId, staticSecurityHeaders } from "@/lib/security/headers";
import { decodable, refusalFor, refusalResponse } from "@/lib/security/request-guard";

const PROTECTED = /^\/(begeleider|beheer|scans)(\/|$)/;

/**
 * Runs before every page and route: a fresh CSP nonce and a request id for the logs, the
 * security headers, and — as a convenience only — a redirect to the login page for
 * protected pages without a session cookie. Every page, action and route handler still
 * authorizes itself; this is never the guard.
 */
export async function proxy(req: NextRequest) {
  const dev = !isProduction();
  const nonce = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
  const incoming = req.headers.get("x-request-id");
  const requestId = plausibleRequestId(incoming) ? incoming : crypto.randomUUID();
  const csp = contentSecurityPolicy(nonce, dev);

  const forward = new Headers(req.headers);
  forward.set("x-nonce", nonce);
  forward.set("x-request-id", requestId);
  forward.set("content-security-policy", csp);

  let res: NextResponse;
  const hasSession = SESSION_COOKIE_NAMES.some((n) => req.cookies.has(n));
  const refusal = await refusalFor(req);
  if (refusal) {
    res = refusalResponse(req, refusal);
  } else if (!decodable(req.nextUrl.pathname)) {
    // Next decodes every dynamic segment and answers a broken escape such as %ff with a 500;
    // such an address names no page, so it gets the 404 page (issue 14.4).
    res = req.nextUrl.pathname.startsWith("/api/")
      ? NextResponse.json({ error: "Dit adres bestaat niet." }, { status: 404 })
      : NextResponse.rewrite(new URL("/adres-bestaat-niet", req.url), { request: { headers: forward } });
  } else if (!hasSession && PROTECTED.test(req.nextUrl.pathname)) {
    const url = req.nextUrl.clone();
    url.pathname = "/inloggen";
    url.search = `?callbackUrl=${encodeURIComponent(req.nextUrl.pathname + req.nextUrl.search)}`;
    res = NextResponse.redirect(url);
  } else {
    res = NextResponse.next({ request: { headers: forward } });
  }
  res.headers.set("content-security-policy", csp);
  res.headers.set("x-request-id", requestId);
  for (const [k, v] of Object.entries(staticSecurityHeaders(!dev))) res.headers.set(k, v);
  return res;
}

export const config = {
  // Everything except Next's own static files (those get headers from next.config.ts).
  // Server-action POSTs come here too since issue 14.4: their Origin and body are checked
  // before Next decodes them (about 2–3 ms per call; see README, Speed).
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
