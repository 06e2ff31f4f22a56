/**
 * A single-event iCalendar file (RFC 5545) for the workshop invitation and the digital
 * meeting of stap 5 (architecture §3). Times are written in UTC ("…Z"), so no VTIMEZONE
 * block is needed and every calendar shows the right local time.
 *
 * When a meeting is moved, send a new file with the same `uid` and a higher `sequence`:
 * calendars then update the existing entry instead of adding a second one.
 */

export type TIcsEvent = {
  /** Stable per meeting, e.g. "workshop-<scanId>@datavolwassenheidsscan". */
  uid: string;
  start: Date;
  durationMinutes: number;
  summary: string;
  description: string;
  location?: string | null;
  url?: string | null;
  organizerEmail?: string | null;
  /** Revision of this event; raise it each time the meeting changes. Default 0. */
  sequence?: number;
  /** DTSTAMP: when this file was made. Default: the current time. */
  now?: Date;
};

export const ICS_PRODID = "-//Datavolwassenheidsscan//NL";
export const ICS_CONTENT_TYPE = "text/calendar; charset=utf-8; method=PUBLISH";

const CRLF = "\r\n";
const MAX_OCTETS = 75;

/** "20261215T123000Z": DATE-TIME in UTC form (RFC 5545 §3.3.5); milliseconds dropped. */
export function icsDateTime(d: Date): string {
  if (Number.isNaN(d.getTime())) throw new Error("ics: invalid date");
  return d
    .toISOString()
    .replace(/\.\d{3}Z$/, "Z")
    .replace(/[-:]/g, "");
}

/**
 * Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma get a backslash,
 * line breaks become "\n". Other control characters are not allowed in TEXT and are dropped
 * (a tab is allowed and kept).
 */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n")
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "");
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * Folds a content line so no physical line exceeds 75 octets (RFC 5545 §3.1); each
 * continuation starts with one space, which counts towards its 75. Lines are cut between
 * whole code points, so a multi-byte UTF-8 character is never split, and never inside a
 * backslash escape: unfolding would repair either, but some clients do not unfold well.
 */
export function foldLine(line: string): string {
  // Units that must stay together: a backslash escape, or one code point.
  const units = line.match(/\\.|[\s\S]/gu) ?? [];
  const out: string[] = [];
  let current = "";
  let octets = 0;
  for (const unit of units) {
    let size = 0;
    for (const ch of unit) size += utf8Length(ch.codePointAt(0)!);
    const limit = out.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit && current !== "") {
      out.push(current);
      current = "";
      octets = 0;
    }
    current += unit;
    octets += size;
  }
  out.push(current);
  return out.join(`${CRLF} `);
}

/** Values that are not TEXT (URI, CAL-ADDRESS) cannot be escaped; refuse what would break the file. */
function plainValue(value: string, what: string): string {
  if (/[\u0000-\u001f\u007f]/.test(value)) throw new Error(`ics: ${what} contains a control character`);
  return value;
}

export function buildIcs(event: TIcsEvent): string {
  const { uid, start, durationMinutes, summary, description } = event;
  if (!Number.isFinite(durationMinutes) || durationMinutes <= 0) {
    throw new Error("ics: durationMinutes must be a positive number");
  }
  const sequence = event.sequence ?? 0;
  if (!Number.isInteger(sequence) || sequence < 0) throw new Error("ics: sequence must be a non-negative integer");
  const end = new Date(start.getTime() + durationMinutes * 60_000);

  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${ICS_PRODID}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    "BEGIN:VEVENT",
    `UID:${escapeText(uid)}`,
    `DTSTAMP:${icsDateTime(event.now ?? new Date())}`,
    `SEQUENCE:${sequence}`,
    `DTSTART:${icsDateTime(start)}`,
    `DTEND:${icsDateTime(end)}`,
    `SUMMARY:${escapeText(summary)}`,
    `DESCRIPTION:${escapeText(description)}`,
  ];
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.url) lines.push(`URL:${plainValue(event.url, "url")}`);
  if (event.organizerEmail) {
    const email = plainValue(event.organizerEmail, "organizerEmail");
    if (/[\s:;,"]/.test(email) || !email.includes("@")) throw new Error("ics: organizerEmail is not an e-mail address");
    lines.push(`ORGANIZER:mailto:${email}`);
  }
  lines.push("STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR");

  // Every line, the last one included, ends with CRLF (RFC 5545 §3.1).
  return lines.map(foldLine).join(CRLF) + CRLF;
}
