/**
 * Names and texts people type reach mails escaped (security.md row 19, CVE-2022-31127):
 * markup, right-to-left and zero-width characters never become HTML.
 */
import fc from "fast-check";
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { renderMail } from "@/lib/mail/render";
import { OverzichtDeadlineMail } from "./overzicht-deadline";

const hostile = ["<script>alert(1)</script>", '"><img src=x onerror=alert(1)>', "\u202egnp.exe", "a\u200bb", "<a href='javascript:alert(1)'>klik</a>"];

describe("mail escaping", () => {
  it.each(hostile)("renders %j as text", async (naam) => {
    const { html, text } = await renderMail(createElement(OverzichtDeadlineMail, { gemeente: naam, ingediend: [naam], nietIngediend: [] }));
    expect(html).not.toMatch(/<script|<img|<a href='javascript/i);
    if (naam.includes("<")) expect(html).not.toContain(naam);
    // The plain-text part is never interpreted as HTML; it only has to carry the name.
    expect(text.length).toBeGreaterThan(50);
  });

  it("never lets generated names open a tag (fuzzed)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 30 }).map((s) => `<b id=x>${s}`), async (naam) => {
        const { html } = await renderMail(createElement(OverzichtDeadlineMail, { gemeente: "Utrecht", ingediend: [naam], nietIngediend: [] }));
        expect(html).not.toContain("<b id=x>");
      }),
      { numRuns: 50 },
    );
  });
});
