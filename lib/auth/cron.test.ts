import { describe, expect, it } from "vitest";
import { isCronAuthorized } from "./cron";

const SECRET = "een-geheim-van-voldoende-lengte";

describe("cron authorization (security.md row 29)", () => {
  it("accepts only the bearer secret", () => {
    expect(isCronAuthorized(`Bearer ${SECRET}`, SECRET)).toBe(true);
    expect(isCronAuthorized(`Bearer ${SECRET}x`, SECRET)).toBe(false);
    expect(isCronAuthorized(SECRET, SECRET)).toBe(false);
    expect(isCronAuthorized(null, SECRET)).toBe(false);
  });
  it("fails closed when the secret is unset or too short", () => {
    expect(isCronAuthorized("Bearer ", undefined)).toBe(false);
    expect(isCronAuthorized("Bearer undefined", undefined)).toBe(false);
    expect(isCronAuthorized("Bearer kort", "kort")).toBe(false);
  });
});
