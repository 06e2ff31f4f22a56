import { auditLabel } from "@/lib/audit-labels";
import type { listAudit } from "@/lib/data/audit";
import { formatDatumTijd } from "@/lib/dates";

export function AuditTable({ rows }: { rows: Awaited<ReturnType<typeof listAudit>> }) {
  if (rows.length === 0) return <p className="mt-4">Nog geen gebeurtenissen.</p>;
  return (
    <div className="mt-4 overflow-x-auto">
      <table className="w-full border-collapse text-left text-base">
        <caption className="sr-only">Audittrail, nieuwste eerst</caption>
        <thead>
          <tr className="border-b-2 border-rijk-700">
            <th scope="col" className="py-2 pr-3">
              Moment
            </th>
            <th scope="col" className="py-2 pr-3">
              Wie
            </th>
            <th scope="col" className="py-2 pr-3">
              Wat
            </th>
            <th scope="col" className="py-2">
              Uitkomst
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-b border-gray-300 align-top">
              <td className="py-2 pr-3 whitespace-nowrap">{formatDatumTijd(r.at)}</td>
              <td className="py-2 pr-3">{r.actor ?? r.actorEmail ?? "Systeem"}</td>
              <td className="py-2 pr-3">{auditLabel(r.action)}</td>
              <td className="py-2">{r.outcome === "denied" ? "Geweigerd" : "Uitgevoerd"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
