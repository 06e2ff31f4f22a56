import { DataTable } from "@/components/ui/data-table";
import { auditLabel } from "@/lib/audit-labels";
import type { listAudit } from "@/lib/data/audit";
import { formatDatumTijd } from "@/lib/dates";

export function AuditTable({ rows }: { rows: Awaited<ReturnType<typeof listAudit>> }) {
  return (
    <DataTable
      caption="Audittrail, nieuwste eerst"
      region={false}
      className="mt-4"
      empty="Nog geen gebeurtenissen."
      rows={rows}
      rowKey={(r) => r.id}
      columns={[
        { header: "Moment", className: "whitespace-nowrap", cell: (r) => formatDatumTijd(r.at) },
        { header: "Wie", cell: (r) => r.actor ?? r.actorEmail ?? "Systeem" },
        { header: "Wat", cell: (r) => auditLabel(r.action) },
        { header: "Uitkomst", cell: (r) => (r.outcome === "denied" ? "Geweigerd" : "Uitgevoerd") },
      ]}
    />
  );
}
