import { describe, expect, it } from "vitest";
import { fromAmsterdamLocal } from "@/lib/dates";
import { buildIcs, escapeText, foldLine, icsDateTime } from "./ics";

const base = {
  uid: "workshop-scan-1@datavolwassenheidsscan",
  start: fromAmsterdamLocal("2026-12-15T13:30")!,
  durationMinutes: 180,
  summary: "Workshop datavolwassenheidsscan",
  description: "Bespreking van de resultaten.",
  now: new Date("2026-11-20T09:15:42.123Z"),
};

/** Undo folding (RFC 5545 §3.1) and split into content lines. */
const unfold = (ics: string) => ics.replace(/\r\n /g, "").split("\r\n");

const octets = (s: string) => Buffer.byteLength(s, "utf8");

describe("buildIcs", () => {
  it("writes one VEVENT in a VCALENDAR with CRLF line endings", () => {
    const ics = buildIcs(base);
    expect(ics.endsWith("\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    expect(unfold(ics)).toEqual([
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//Datavolwassenheidsscan//NL",
      "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH",
      "BEGIN:VEVENT",
      "UID:workshop-scan-1@datavolwassenheidsscan",
      "DTSTAMP:20261120T091542Z",
      "SEQUENCE:0",
      "DTSTART:20261215T123000Z",
      "DTEND:20261215T153000Z",
      "SUMMARY:Workshop datavolwassenheidsscan",
      "DESCRIPTION:Bespreking van de resultaten.",
      "STATUS:CONFIRMED",
      "TRANSP:OPAQUE",
      "END:VEVENT",
      "END:VCALENDAR",
      "",
    ]);
  });

  it("writes Amsterdam times as UTC on both sides of the DST change", () => {
    expect(icsDateTime(fromAmsterdamLocal("2026-06-16T13:30")!)).toBe("20260616T113000Z");
    expect(icsDateTime(fromAmsterdamLocal("2026-12-16T13:30")!)).toBe("20261216T123000Z");
    // A meeting across the autumn change: 01:30 CEST + 2 h is 02:30 CET, three hours of wall clock.
    const ics = buildIcs({ ...base, start: new Date("2026-10-24T23:30:00Z"), durationMinutes: 120 });
    expect(unfold(ics)).toContain("DTEND:20261025T013000Z");
  });

  it("adds the optional properties and the sequence", () => {
    const lines = unfold(
      buildIcs({
        ...base,
        location: "Stadhuis, zaal 2; Markt 1",
        url: "https://scan.example.nl/scans/1?tab=planning",
        organizerEmail: "noreply@scan.example.nl",
        sequence: 2,
      }),
    );
    expect(lines).toContain("LOCATION:Stadhuis\\, zaal 2\\; Markt 1");
    expect(lines).toContain("URL:https://scan.example.nl/scans/1?tab=planning");
    expect(lines).toContain("ORGANIZER:mailto:noreply@scan.example.nl");
    expect(lines).toContain("SEQUENCE:2");
  });

  it("escapes TEXT values and refuses values that would inject lines", () => {
    expect(escapeText("a\\b;c,d\ne\r\nf\rg")).toBe("a\\\\b\\;c\\,d\\ne\\nf\\ng");
    expect(escapeText("tab\there\u0007")).toBe("tab\there");
    const ics = buildIcs({ ...base, summary: "Workshop, deel 1; evaluatie\nEND:VEVENT" });
    expect(unfold(ics)).toContain("SUMMARY:Workshop\\, deel 1\\; evaluatie\\nEND:VEVENT");
    expect(ics.match(/^END:VEVENT/gm)).toHaveLength(1);
    expect(() => buildIcs({ ...base, url: "https://x.nl/\r\nATTENDEE:x" })).toThrow(/control character/);
    expect(() => buildIcs({ ...base, organizerEmail: "a@b.nl;x" })).toThrow(/e-mail/);
  });

  it("folds a long Dutch description at 75 octets without splitting a character", () => {
    const description =
      "Tijdens de workshop bespreken we de resultaten van de analysetool. Coördinatie, " +
      "privacy én informatieveiligheid komen aan bod; ideeën over de aanpak van ondermijning " +
      "zijn welkom.\nNeem je collega's mee – we beginnen om 13:30 uur. Café open vanaf 13:00. ".repeat(3);
    const ics = buildIcs({ ...base, description });
    const physical = ics.split("\r\n").slice(0, -1);
    for (const line of physical) expect(octets(line)).toBeLessThanOrEqual(75);
    // Decoding the bytes again gives no replacement characters: no sequence was split.
    for (const line of physical) {
      expect(new TextDecoder("utf-8", { fatal: true }).decode(Buffer.from(line, "utf8"))).toBe(line);
    }
    const folded = physical.filter((l) => l.startsWith(" "));
    expect(folded.length).toBeGreaterThan(3);
    expect(unfold(ics)).toContain(`DESCRIPTION:${escapeText(description)}`);
  });

  it("refuses a non-positive duration", () => {
    expect(() => buildIcs({ ...base, durationMinutes: 0 })).toThrow(/durationMinutes/);
  });
});

describe("foldLine", () => {
  it("leaves a line of exactly 75 octets alone and folds one of 76", () => {
    expect(foldLine("x".repeat(75))).toBe("x".repeat(75));
    expect(foldLine("x".repeat(76))).toBe(`${"x".repeat(75)}\r\n x`);
  });

  it("puts at most 74 octets after the leading space of a continuation", () => {
    const lines = foldLine("y".repeat(75 + 74 + 10)).split("\r\n");
    expect(lines.map((l) => l.length)).toEqual([75, 75, 11]);
  });

  it("moves a multi-byte character that does not fit to the next line", () => {
    // 74 ASCII octets + "ë" (2 octets) = 76: the ë must go to the next line whole.
    expect(foldLine(`${"a".repeat(74)}ë`)).toBe(`${"a".repeat(74)}\r\n ë`);
    // A 4-octet emoji is kept whole as well.
    const lines = foldLine(`${"a".repeat(73)}😀b`).split("\r\n");
    expect(lines).toEqual(["a".repeat(73), " 😀b"]);
  });

  it("does not cut a backslash escape in two", () => {
    expect(foldLine(`${"a".repeat(74)}\\n`)).toBe(`${"a".repeat(74)}\r\n \\n`);
  });
});
