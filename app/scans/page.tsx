import type { Metadata } from "next";
import Link from "next/link";
import { requireSignedInPage } from "@/lib/auth/access";
import { listScansForMember } from "@/lib/data/scans";
import { stapLabel } from "@/lib/scan/stappen";

export const metadata: Metadata = { title: "Mijn scans" };

export default async function MijnScansPage() {
  const user = await requireSignedInPage("/scans");
  const scans = await listScansForMember(user.id);
  return (
    <div>
      <h1>Mijn scans</h1>
      {scans.length === 0 ? (
        <p className="mt-4">Je doet op dit moment niet mee aan een scan.</p>
      ) : (
        <ul className="mt-4 space-y-2">
          {scans.map((s) => (
            <li key={s.id}>
              <Link href={`/scans/${s.id}`}>{s.gemeenteNaam}</Link> — {stapLabel(s.stap)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
