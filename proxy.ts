import { NextResponse, type NextRequest } from "next/server";
import { SESSION_COOKIE_NAMES } from "@/lib/auth/session-policy";

/**
 * A convenience only: sends visitors without a session cookie to the login page before
 * rendering. Every page, action and route handler still authorizes itself.
 */
export async function proxy(req: NextRequest) {
  const hasSession = SESSION_COOKIE_NAMES.some((n) => req.cookies.has(n));
  if (!hasSession) {
    const url = req.nextUrl.clone();
    url.pathname = "/inloggen";
    url.search = `?callbackUrl=${encodeURIComponent(req.nextUrl.pathname + req.nextUrl.search)}`;
    return NextResponse.redirect(url);
  }
  return NextResponse.next();
}

export const config = {
  matcher: ["/begeleider/:path*", "/beheer/:path*", "/scans/:path*"],
};
