import { formatDatumTijd } from "@/lib/dates";
import { scheduleFor } from "@/lib/jobs/schedule";

/**
 * The schedule of stap 3 derived from the workshop date (architecture §3), shown to everyone
 * so nobody is surprised by the mails.
 */
export function AnalysetoolSchema({
  workshopAt,
  deadlineAt,
  startedAt,
  now = new Date(),
}: {
  workshopAt: Date;
  deadlineAt?: Date | null;
  startedAt: Date | null;
  now?: Date;
}) {
  const s = scheduleFor(workshopAt, deadlineAt);
  const uitnodiging = startedAt
    ? startedAt.getTime() > s.uitnodiging.getTime()
      ? `${formatDatumTijd(startedAt)} (bij de start; later dan drie weken vooraf)`
      : formatDatumTijd(s.uitnodiging)
    : s.uitnodiging.getTime() < now.getTime()
      ? "Meteen als de analysetool wordt gestart (minder dan drie weken vooraf)"
      : formatDatumTijd(s.uitnodiging);
  const rows: [string, string][] = [
    ["Uitnodiging analysetool", uitnodiging],
    [
      "Herinnering aan wie nog niet heeft ingediend",
      s.herinnering.getTime() < now.getTime() && !startedAt ? "Vervalt (dat moment is al voorbij)" : formatDatumTijd(s.herinnering),
    ],
    ["Deadline analysetool", formatDatumTijd(s.deadline)],
    ["Workshop", formatDatumTijd(workshopAt)],
  ];
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-semibold">{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
