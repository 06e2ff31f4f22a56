/**
 * The Content-Security-Policy for one response. Scripts only with this request's nonce
 * (Next adds it to its own scripts when it finds the policy on the request); no inline
 * scripts and no eval outside development. Inline *style attributes* are allowed: the
 * charts and bars set widths with them, and styles cannot run code.
 */
export function contentSecurityPolicy(nonce: string, dev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Headers for every response (also set in next.config for static files). */
export function staticSecurityHeaders(production: boolean): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    // same-origin, not no-referrer: with no-referrer browsers send `Origin: null` on form
    // posts, and Next.js then rejects every server action.
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    ...(production ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
  };
}

/** A caller-supplied request id is kept only when it is a plain token; anything else is replaced. */
export function plausibleRequestId(value: string | null): value is string {
  return !!value && /^[A-Za-z0-9._-]{8,128}$/.test(value);
}
