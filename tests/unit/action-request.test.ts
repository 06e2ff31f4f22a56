/**
 * The proxy's check of server-action requests (issue 14.4) against what React itself sends:
 * everything `encodeReply` makes of the arguments our actions take must pass, or the app
 * breaks; the malformed bodies a probe sent (which Next answered with a 500) must not.
 */
import { createRequire } from "node:module";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bodyRefusal, formActionRefusal, originRefusal } from "@/lib/security/action-request";

const require = createRequire(import.meta.url);
const { encodeReply } = require("next/dist/compiled/react-server-dom-webpack/client.edge") as {
  encodeReply: (v: unknown) => Promise<string | FormData>;
};

const asBody = (encoded: string | FormData) =>
  typeof encoded === "string"
    ? bodyRefusal("text/plain;charset=UTF-8", { text: encoded })
    : bodyRefusal("multipart/form-data; boundary=----x", { form: encoded });

/** Field values people type, including the characters React escapes. */
const tekst = fc.oneof(fc.string(), fc.constantFrom("$", "$$", "$K1", "$F1", "$@0", "$undefined", "[", '{"a":1}', "\u0000", "€ ë"));
const state = fc.oneof(
  fc.constant({ status: "idle" }),
  fc
    .record({
      status: fc.constantFrom("ok", "error"),
      message: tekst,
      fieldErrors: fc.dictionary(fc.string(), tekst),
      values: fc.dictionary(fc.string(), tekst),
    })
    // fast-check builds objects without a prototype; the state React holds is plain.
    .map((s) => ({ ...s, fieldErrors: { ...s.fieldErrors }, values: { ...s.values } })),
);
const formData = fc.array(fc.tuple(fc.string({ minLength: 1 }), tekst), { maxLength: 8 }).map((pairs) => {
  const f = new FormData();
  for (const [k, v] of pairs) f.append(k, v);
  return f;
});

describe("server-action bodies", () => {
  it("lets through everything React encodes for our actions: (FormData), (state, FormData), plain values", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          formData.map((f) => [f]),
          fc.tuple(state, formData),
          fc.array(fc.oneof(tekst, fc.integer(), fc.constant(null), fc.constant(undefined), fc.boolean(), fc.date({ noInvalidDate: true })), { maxLength: 5 }),
        ),
        async (args) => asBody(await encodeReply(args)) === null,
      ),
      { numRuns: 300 },
    );
  });

  it.each<[string, string | null, { text: string } | { form: FormData } | { unreadable: true }]>([
    ["text that is not JSON", "text/plain;charset=UTF-8", { text: "garbage{{" }],
    ["a server reference", "text/plain;charset=UTF-8", { text: '["$F1"]' }],
    ["a FormData reference without a form", "text/plain;charset=UTF-8", { text: '["$K1"]' }],
    ["a promise to nothing", "text/plain;charset=UTF-8", { text: '["$@1"]' }],
    ["an outlined model", "text/plain;charset=UTF-8", { text: '["$1"]' }],
    ["5,000-deep nesting", "text/plain;charset=UTF-8", { text: "[".repeat(5000) + "]".repeat(5000) }],
    ["not an argument list", "text/plain;charset=UTF-8", { text: '{"a":1}' }],
    ["a body that is not UTF-8 or a form", "multipart/form-data; boundary=x", { unreadable: true }],
    ["JSON", "application/json", { text: "[]" }],
    ["no media type", null, { text: "[]" }],
    ["urlencoded", "application/x-www-form-urlencoded", { text: "a=b" }],
  ])("refuses %s", (_, contentType, body) => {
    expect(bodyRefusal(contentType, body)?.status).toBeGreaterThanOrEqual(400);
  });

  it("refuses a multipart body without its argument list or with a reference to nothing", () => {
    const zonder = new FormData();
    zonder.append("_1_a", "b");
    expect(bodyRefusal("multipart/form-data; boundary=x", { form: zonder })?.status).toBe(400);
    const belofte = new FormData();
    belofte.append("0", '["$@5"]');
    expect(bodyRefusal("multipart/form-data; boundary=x", { form: belofte })?.status).toBe(400);
  });
});

describe("forms posted without JavaScript", () => {
  const form = (pairs: [string, string][]) => {
    const f = new FormData();
    for (const [k, v] of pairs) f.append(k, v);
    return f;
  };

  it("lets through the shapes React renders: a plain action id, and a stateful form with its bound state", () => {
    expect(
      formActionRefusal(
        form([
          ["$ACTION_ID_7f00aa", ""],
          ["email", "a@b.nl"],
        ]),
      ),
    ).toBeNull();
    expect(
      formActionRefusal(
        form([
          ["$ACTION_REF_1", ""],
          ["$ACTION_1:0", '{"id":"7f2142ed","bound":"$@1"}'],
          ["$ACTION_1:1", '[{"status":"idle"}]'],
          ["$ACTION_KEY", "k1"],
          ["email", "x"],
        ]),
      ),
    ).toBeNull();
  });

  it("answers an id this build does not have with a Dutch 404, as a plain id and as a reference", () => {
    const known = (id: string) => id === "7f00aa";
    expect(formActionRefusal(form([["$ACTION_ID_7f00aa", ""]]), known)).toBeNull();
    expect(formActionRefusal(form([["$ACTION_ID_0000", ""]]), known)?.status).toBe(404);
    expect(
      formActionRefusal(
        form([
          ["$ACTION_REF_1", ""],
          ["$ACTION_1:0", '{"id":"00ff","bound":null}'],
        ]),
        known,
      )?.message,
    ).toContain("bestaat niet");
  });

  it.each<[string, [string, string][]]>([
    ["a reference without its head", [["$ACTION_REF_1", ""]]],
    [
      "a head that is not JSON",
      [
        ["$ACTION_REF_1", ""],
        ["$ACTION_1:0", "{garbage"],
      ],
    ],
    [
      "bound arguments that are not there",
      [
        ["$ACTION_REF_1", ""],
        ["$ACTION_1:0", '{"id":"7f21","bound":"$@1"}'],
      ],
    ],
    [
      "bound arguments that refer on",
      [
        ["$ACTION_REF_1", ""],
        ["$ACTION_1:0", '{"id":"7f21","bound":"$@1"}'],
        ["$ACTION_1:1", '["$F1"]'],
      ],
    ],
    [
      "an id that is not one",
      [
        ["$ACTION_REF_1", ""],
        ["$ACTION_1:0", '{"id":"<script>","bound":null}'],
      ],
    ],
  ])("refuses %s", (_, pairs) => {
    expect(formActionRefusal(form(pairs))?.status).toBe(400);
  });
});

describe("the Origin of an action call", () => {
  it("must be this site when it is given", () => {
    expect(originRefusal("https://scan.example.nl", "scan.example.nl")).toBeNull();
    expect(originRefusal(null, "scan.example.nl")).toBeNull();
    for (const origin of ["https://evil.example", "null", "not a url", "https://scan.example.nl.evil.example"]) {
      expect(originRefusal(origin, "scan.example.nl")?.status).toBe(403);
    }
  });
});
