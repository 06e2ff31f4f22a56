import { TIME_ZONE } from "@/lib/dates";

const kort = new Intl.DateTimeFormat("nl-NL", {
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
  const parts = kort.formatToParts(d);
  const get = (t: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === t)?.value.replace(/\.$/, "") ?? "";
  return `${get("weekday")} ${get("day")} ${get("month")} ${get("year")}, ${get("hour")}:${get("minute")}`;
}
