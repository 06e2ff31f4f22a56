/** Session limits (ASVS 7.3): documented in the README, enforced in getCurrentUser. */
export const SESSION_ABSOLUTE_SECONDS = 12 * 60 * 60;
export const SESSION_IDLE_SECONDS = 60 * 60;
/** Magic links live at most 10 minutes (ASVS 6.5.5). */
export const MAGIC_LINK_SECONDS = 10 * 60;

/**
 * Over https the session cookie carries the `__Host-` prefix: Secure, path=/, no Domain,
 * so no subdomain can set or read it. Plain http (development, loopback tests) cannot.
 */
export const SECURE_SESSION_COOKIE = "__Host-authjs.session-token";
export const PLAIN_SESSION_COOKIE = "authjs.session-token";
export const SESSION_COOKIE_NAMES = [SECURE_SESSION_COOKIE, PLAIN_SESSION_COOKIE] as const;

export function sessionCookie(secure: boolean) {
  return {
    name: secure ? SECURE_SESSION_COOKIE : PLAIN_SESSION_COOKIE,
    options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure },
  };
}

/** Only same-site paths; anything that could leave the site falls back to the landing page. */
export function safeCallbackPath(input: string | null | undefined, fallback = "/na-inloggen"): string {
  if (!input) return fallback;
  let value = input;
  try {
    value = decodeURIComponent(input);
  } catch {
    return fallback;
  }
  if (!value.startsWith("/") || value.startsWith("//") || value.includes("\\") || /[\u0000-\u001f\u007f]/.test(value)) {
    return fallback;
  }
  // Re-encoded by the URL parser: a non-ASCII character (U+3002, U+2028) in a Location header
  // made the redirect itself fail with a 500 (issue 14.4). The origin check is a second guard.
  const base = "http://callback.invalid";
  const url = new URL(value, base);
  const path = `${url.pathname}${url.search}${url.hash}`;
  // Removing dot segments can make "/.//evil" into "//evil": a protocol-relative address.
  if (url.origin !== base || path.startsWith("//")) return fallback;
  return path;
}

/** Auth.js's redirect callback: absolute URLs only on our own origin, and then only the path. */
export function authRedirect(url: string, baseUrl: string): string {
  if (url.startsWith(`${baseUrl}/`)) return `${baseUrl}${safeCallbackPath(url.slice(baseUrl.length))}`;
  return `${baseUrl}${safeCallbackPath(url)}`;
}
