/**
 * The error pages fail closed too (security.md row 37): whatever went wrong, the visitor gets
 * Dutch generic text and the digest to quote, never the error's message or stack.
 */
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import ErrorPage from "@/app/error";
import GlobalError from "@/app/global-error";
import NotFound from "@/app/not-found";

const secret = 'relation "geheime_tabel" does not exist: select email from users where id = $1';

function failure() {
  const err = new Error(secret) as Error & { digest?: string };
  err.digest = "3141592653";
  err.stack = `Error: ${secret}\n    at query (/app/lib/data/scans.ts:42:7)`;
  return err;
}

describe("error pages", () => {
  it.each([
    ["app/error.tsx", (e: Error) => createElement(ErrorPage, { error: e, reset: () => {} })],
    ["app/global-error.tsx", (e: Error) => createElement(GlobalError, { error: e })],
  ])("%s shows Dutch generic text and the digest as the code, not the error", (_name, page) => {
    const html = renderToString(page(failure()));
    expect(html).toContain("Er ging iets mis");
    expect(html).toMatch(/Foutcode: (<!-- -->)?(<code>)?3141592653/);
    for (const leak of ["geheime_tabel", "does not exist", "select", "scans.ts", "    at ", "Error:"]) expect(html).not.toContain(leak);
  });

  it("shows no code line when there is no digest (nothing else to fall back on)", () => {
    const err = failure();
    delete err.digest;
    const html = renderToString(createElement(ErrorPage, { error: err, reset: () => {} }));
    expect(html).toContain("Er ging iets mis");
    expect(html).not.toContain("Foutcode");
    expect(html).not.toContain("geheime_tabel");
  });

  it("the 404 page says the same for a page that does not exist and one without access", () => {
    const html = renderToString(createElement(NotFound));
    expect(html).toContain("Pagina niet gevonden");
    expect(html).toContain("bestaat niet, of je hebt er geen toegang toe");
  });
});
