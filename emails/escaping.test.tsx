/**
 * Names and texts people type reach mails escaped (security.md row 19, CVE-2022-31127):
 * markup, right-to-left and zero-width characters never become HTML. Every template in
 * emails/ is rendered with the real render function, with a hostile gemeente name, member
 * name and free text (toelichting, reden, opmerkingen …) wherever it shows one (right-to-left
 * overrides are dropped, see lib/security/bidi.ts); a new
 * template without a case here fails the first test.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { createElement, type FunctionComponent } from "react";
import { describe, expect, it } from "vitest";
import { renderMail } from "@/lib/mail/render";

const HOSTILE = ["<script>alert(1)</script>", '"><img src=x onerror=alert(1)>', "\u202egnp.exe", "a\u200bb", "<a href='javascript:alert(1)'>klik</a>"];

/** Where each template shows text that people typed: a gemeente name, member names, free text. */
type TInput = { gemeente: string; naam: string; tekst: string };
const CASES: Record<string, (h: TInput) => Record<string, unknown>> = {
  "aanmelding-afgewezen": (h) => ({ gemeente: h.gemeente, reden: h.tekst }),
  "begeleider-toegewezen": (h) => ({ gemeente: h.gemeente, procesregisseur: h.naam }),
  "aanmelding-ontvangen": (h) => ({ gemeente: h.gemeente }),
  "analysetool-heropend": (h) => ({ gemeente: h.gemeente, reden: h.tekst }),
  "checkin-opvolging": (h) => ({ gemeente: h.gemeente, maanden: 3, punten: [[`1. ${h.tekst}`, "Bezig"]], opvolgingUrl: "http://localhost:3000/x" }),
  "concept-beschikbaar": (h) => ({ gemeente: h.gemeente }),
  "deadline-vandaag": (h) => ({ gemeente: h.gemeente }),
  "definitief-rapport": (h) => ({ gemeente: h.gemeente, top3: [h.tekst, h.naam, "Derde"] }),
  herinnering: (h) => ({ gemeente: h.gemeente }),
  // No text from people: the link and its time are ours. Rendered anyway, with the text as the time.
  inloglink: (h) => ({ geldigTot: h.tekst }),
  "nieuwe-aanmelding": (h) => ({ gemeente: h.gemeente, contact: h.naam, opmerkingen: h.tekst, voorkeurPeriode: h.tekst }),
  "overzicht-deadline": (h) => ({ gemeente: h.gemeente, ingediend: [h.naam], nietIngediend: [h.naam] }),
  "uitnodiging-analysetool": (h) => ({ gemeente: h.gemeente }),
  "uitnodiging-overleg": (h) => ({ gemeente: h.gemeente }),
  "uitnodiging-procesregisseur": (h) => ({ gemeente: h.gemeente, begeleiders: h.naam }),
  "stemmen-open": (h) => ({ gemeente: h.gemeente }),
  "welkom-deelnemer": (h) => ({ gemeente: h.gemeente, procesregisseur: h.naam }),
  "workshopdatum-vastgelegd": (h) => ({ gemeente: h.gemeente, locatie: h.tekst }),
  "workshop-momenten": (h) => ({ gemeente: h.gemeente }),
};

const dir = import.meta.dirname;
const templateFiles = readdirSync(dir)
  .filter((f) => f.endsWith(".tsx") && !f.endsWith(".test.tsx"))
  .map((f) => f.replace(/\.tsx$/, ""))
  .sort();

type TTemplate = FunctionComponent<Record<string, unknown>> & { PreviewProps?: Record<string, unknown> };

/** The template with its preview props under the case's values, so every prop it needs is there. */
async function template(name: string): Promise<(props: Record<string, unknown>) => ReturnType<typeof createElement>> {
  const mod = (await import(path.join(dir, `${name}.tsx`))) as { default?: TTemplate };
  const Template = mod.default;
  if (typeof Template !== "function") throw new Error(`emails/${name}.tsx has no default export`);
  return (props) => createElement(Template, { ...Template.PreviewProps, ...props });
}

/** What React makes of text: the form a safely escaped value takes in the HTML. */
const escaped = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#x27;");

function expectInert(html: string, value: string) {
  expect(html).not.toMatch(/<script|<img|<a href='javascript|onerror=alert\(1\)>/i);
  if (/[<>"]/.test(value)) expect(html).not.toContain(value);
}

describe("mail escaping", () => {
  it("has a case for every template in emails/", () => {
    expect(templateFiles.length).toBeGreaterThanOrEqual(15);
    expect(templateFiles.filter((f) => !CASES[f])).toEqual([]);
    expect(Object.keys(CASES).filter((f) => !templateFiles.includes(f))).toEqual([]);
  });

  describe.each(Object.keys(CASES))("%s", (name) => {
    it.each(HOSTILE)("renders %j as text in the gemeente, member name and free text", async (value) => {
      const render = await template(name);
      const { html, text } = await renderMail(render(CASES[name]!({ gemeente: value, naam: value, tekst: value })));
      expectInert(html, value);
      // A right-to-left override is dropped (it would reverse the rest of the sentence)…
      expect(html + text).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
      const shown = value.replace(/\u202e/g, "");
      // …and the rest is really there, as text: escaped in the HTML, literal in the plain-text part.
      expect(html).toContain(escaped(shown));
      // (The plain-text conversion turns a zero-width space into a space.)
      const bare = (s: string) => s.replace(/[\s\u200b]+/g, "");
      expect(bare(text)).toContain(bare(shown));
    });
  });

  it("never lets generated names open a tag, in any template (fuzzed)", async () => {
    const templates = await Promise.all(Object.keys(CASES).map(async (n) => [n, await template(n)] as const));
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...templates),
        fc.string({ maxLength: 30 }).map((s) => `<b id=x>${s}`),
        fc.constantFrom("gemeente", "naam", "tekst"),
        async ([name, render], value, veld) => {
          const input: TInput = { gemeente: "Utrecht", naam: "Priya", tekst: "Toelichting", [veld]: value };
          const { html } = await renderMail(render(CASES[name]!(input)));
          expect(html).not.toContain("<b id=x>");
        },
      ),
      { numRuns: 100 },
    );
  }, 60_000);
});
