import type { Metadata } from "next";
import Link from "next/link";
import { AuditTable } from "@/components/audit-table";
import { requireScanPage } from "@/lib/auth/access";
import { listAudit } from "@/lib/data/audit";

export const metadata: Metadata = { title: "Audittrail" };

export default async function ScanAuditPage({ params }: { params: Promise<{ scanId: string }> }) {
  const { scanId } = await params;
  const access = await requireScanPage(scanId, "scan.begeleid");
  const rows = await listAudit({ scanId });
  return (
    <div>
      <p>
        <Link href={`/scans/${scanId}`}>Gemeente {access.scan.gemeenteNaam}</Link>
      </p>
      <h1 className="mt-2">Audittrail</h1>
      <p className="mt-2">Wie wat deed in deze scan, ook geweigerde pogingen. Zonder inhoud van antwoorden of teksten.</p>
      <AuditTable rows={rows} />
    </div>
  );
}
