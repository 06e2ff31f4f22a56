export const TIME_ZONE = "Europe/Amsterdam";

const datumTijd = new Intl.DateTimeFormat("nl-NL", {
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: TIME_ZONE,
});
const datum = new Intl.DateTimeFormat("nl-NL", {
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: TIME_ZONE,
});
const kort = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "short", year: "numeric", timeZone: TIME_ZONE });

/** "dinsdag 16 december 2026, 13:30" in Europe/Amsterdam. */
export function formatDatumTijd(d: Date): string {
  const parts = datumTijd.formatToParts(d);
  const get = (t: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === t)?.value ?? "";
  return `${get("weekday")} ${get("day")} ${get("month")} ${get("year")}, ${get("hour")}:${get("minute")}`;
}

export function formatDatum(d: Date): string {
  return datum.format(d);
}

export function formatDatumKort(d: Date): string {
  return kort.format(d);
}

const offsetFormat = new Intl.DateTimeFormat("en-US", {
  timeZone: TIME_ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

/** Minutes Amsterdam is ahead of UTC at the given instant (60 in winter, 120 in summer). */
export function amsterdamOffsetMinutes(at: Date): number {
  const p = Object.fromEntries(offsetFormat.formatToParts(at).map((x) => [x.type, x.value]));
  const asUtc = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
  return Math.round((asUtc - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
}

/**
 * Wall-clock time in Amsterdam ("2026-12-16T13:30", as a datetime-local input sends it)
 * to the instant it denotes. Null when the text is not such a time.
 */
export function fromAmsterdamLocal(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!m) return null;
  const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number];
  const guess = Date.UTC(y, mo - 1, d, h, mi);
  if (Number.isNaN(guess)) return null;
  let instant = guess - amsterdamOffsetMinutes(new Date(guess)) * 60_000;
  instant = guess - amsterdamOffsetMinutes(new Date(instant)) * 60_000;
  const result = new Date(instant);
  return toAmsterdamLocal(result) === value ? result : null;
}

/** The inverse: an instant as Amsterdam wall-clock "YYYY-MM-DDTHH:mm" (for datetime-local inputs). */
export function toAmsterdamLocal(at: Date): string {
  const p = Object.fromEntries(offsetFormat.formatToParts(at).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

/** The calendar day in Amsterdam, "YYYY-MM-DD". */
export function amsterdamDay(at: Date): string {
  return toAmsterdamLocal(at).slice(0, 10);
}

const momentKort = new Intl.DateTimeFormat("nl-NL", {
  weekday: "short",
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: TIME_ZONE,
});

/** "di 15 dec 2026, 13:30": a proposed moment as a table column header. */
export function formatMomentKort(d: Date): string {
  const parts = momentKort.formatToParts(d);
  const get = (t: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === t)?.value.replace(/\.$/, "") ?? "";
  return `${get("weekday")} ${get("day")} ${get("month")} ${get("year")}, ${get("hour")}:${get("minute")}`;
}
