import type { Metadata } from "next";
import Link from "next/link";
import { AuditTable } from "@/components/audit-table";
import { requireAdminPage } from "@/lib/auth/access";
import { listAudit } from "@/lib/data/audit";

export const metadata: Metadata = { title: "Audittrail" };

export default async function AuditPage() {
  await requireAdminPage();
  const rows = await listAudit({ limit: 300 });
  return (
    <div>
      <p>
        <Link href="/beheer">Beheer</Link>
      </p>
      <h1 className="mt-2">Audittrail</h1>
      <p className="mt-2">De laatste 300 gebeurtenissen in alle scans, nieuwste eerst.</p>
      <AuditTable rows={rows} />
    </div>
  );
}
