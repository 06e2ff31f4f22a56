import { describe, expect, it } from "vitest";
import { OPVOLG_STATUSSEN } from "@/db/schema";
import { magVoortgangBijwerken, notitieVerplicht, OPVOLG_STATUS_LABELS, opvolgingOpen } from "./opvolging";

describe("who may update a top-3 item", () => {
  const item = { eigenaarMemberId: "m1" };
  it.each([
    [{ procesregisseur: true, admin: false, memberId: "m9" }, true],
    [{ procesregisseur: false, admin: true, memberId: null }, true],
    [{ procesregisseur: false, admin: false, memberId: "m1" }, true],
    [{ procesregisseur: false, admin: false, memberId: "m2" }, false],
    [{ procesregisseur: false, admin: false, memberId: null }, false],
  ])("%j → %s", (rechten, mag) => {
    expect(magVoortgangBijwerken(rechten, item)).toBe(mag);
  });

  it("gives nobody but the procesregisseur an item without a keeper", () => {
    expect(magVoortgangBijwerken({ procesregisseur: false, admin: false, memberId: "m1" }, { eigenaarMemberId: null })).toBe(false);
  });
});

describe("statuses", () => {
  it("have a Dutch label each, and a changed or stopped plan needs a note", () => {
    for (const s of OPVOLG_STATUSSEN) expect(OPVOLG_STATUS_LABELS[s]).toMatch(/^[A-Z]/);
    expect(OPVOLG_STATUSSEN.filter(notitieVerplicht)).toEqual(["bijgesteld", "gestopt"]);
  });

  it("open only in stap 7", () => {
    expect(opvolgingOpen("afgerond")).toBe(true);
    expect(opvolgingOpen("handelingsperspectieven")).toBe(false);
  });
});
