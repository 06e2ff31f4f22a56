/**
 * Control characters other than newline and tab: a NUL byte cannot be stored in a PostgreSQL
 * text or jsonb value, so one pasted into a toelichting would make every autosave fail and
 * retry for ever (issue 14.5); the others cannot be shown. They are dropped, never refused:
 * nobody types them on purpose.
 */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

export function dropControlChars(value: string): string {
  return value.replace(CONTROL, "");
}
