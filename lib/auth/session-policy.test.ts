/**
 * Open redirects through callbackUrl (security.md row 12, next-auth #3226): whatever comes
 * in, the path we redirect to stays on our own origin.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { authRedirect, MAGIC_LINK_SECONDS, SESSION_ABSOLUTE_SECONDS, SESSION_IDLE_SECONDS, safeCallbackPath } from "./session-policy";

const ORIGIN = "https://scan.example.nl";
const staysHome = (path: string) => new URL(path, ORIGIN).origin === ORIGIN;

describe("safeCallbackPath", () => {
  it.each([
    "//evil.nl",
    "https://app.nl.evil.nl",
    "/\\evil.nl",
    "\\\\evil.nl",
    "javascript:alert(1)",
    "%2F%2Fevil.nl",
    "/%2F%2Fevil.nl",
    "https:evil.nl",
    "/\t/evil.nl",
    "http://scan.example.nl@evil.nl",
    "/.//evil.nl",
    "/a/..//evil.nl",
  ])("keeps %j on our origin", (input) => {
    expect(staysHome(safeCallbackPath(input))).toBe(true);
  });

  it("keeps ordinary paths", () => {
    expect(safeCallbackPath("/scans/abc/analysetool?x=1")).toBe("/scans/abc/analysetool?x=1");
    expect(safeCallbackPath(undefined)).toBe("/na-inloggen");
  });

  // Issue 14.4: a non-ASCII character reached the Location header and the redirect was a 500.
  it.each(["%2F%E3%80%82%2Fevil.example", "%2F%E2%80%A8%2Fevil.example", "/ĳsselmeer?q=ë"])(
    "gives %j back as ASCII that a Location header carries",
    (input) => {
      const path = safeCallbackPath(input);
      expect(path).toMatch(/^\/[\x21-\x7e]*$/);
      expect(staysHome(path)).toBe(true);
      expect(() => new Headers({ location: path })).not.toThrow();
    },
  );

  it("never leaves the origin and is always a valid header value (fuzzed)", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: "binary" }),
          fc.string().map((s) => `/${s}`),
        ),
        (input) => {
          const path = safeCallbackPath(input);
          return staysHome(path) && /^\/[\x21-\x7e]*$/.test(path);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("never leaves the origin, for any input (fuzzed)", () => {
    const pieces = fc.constantFrom("/", "//", "\\", "%2F", "%5C", "evil.nl", "@", ":", "http:", "https://", "javascript:", ".", "\t", "\n", "?", "#", "%");
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(pieces, { maxLength: 8 }).map((a) => a.join("")),
        ),
        (input) => staysHome(safeCallbackPath(input)),
      ),
      { numRuns: 2000 },
    );
  });
});

describe("authRedirect (Auth.js redirect callback)", () => {
  it("keeps absolute URLs on our origin and refuses look-alikes", () => {
    expect(authRedirect(`${ORIGIN}/scans/x`, ORIGIN)).toBe(`${ORIGIN}/scans/x`);
    expect(authRedirect(`${ORIGIN}.evil.nl/x`, ORIGIN)).toBe(`${ORIGIN}/na-inloggen`);
    expect(authRedirect(`${ORIGIN}@evil.nl`, ORIGIN)).toBe(`${ORIGIN}/na-inloggen`);
  });
  it("never leaves the origin (fuzzed)", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.webUrl(),
          fc.string().map((s) => `${ORIGIN}${s}`),
        ),
        (input) => new URL(authRedirect(input, ORIGIN)).origin === ORIGIN,
      ),
      { numRuns: 2000 },
    );
  });
});

describe("session and link lifetimes (ASVS 6.5.5, 7.3)", () => {
  it("are at most 10 minutes for a link, 1 hour idle and 12 hours absolute", () => {
    expect(MAGIC_LINK_SECONDS).toBeLessThanOrEqual(600);
    expect(SESSION_IDLE_SECONDS).toBe(3600);
    expect(SESSION_ABSOLUTE_SECONDS).toBe(12 * 3600);
  });
});

describe("session cookie (security.md row 18)", () => {
  it("is __Host-, Secure, HttpOnly and SameSite=Lax over https", async () => {
    const { sessionCookie } = await import("./session-policy");
    expect(sessionCookie(true)).toEqual({
      name: "__Host-authjs.session-token",
      options: { httpOnly: true, sameSite: "lax", path: "/", secure: true },
    });
    expect(sessionCookie(false).options.httpOnly).toBe(true);
  });
});
