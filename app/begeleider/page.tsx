import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { isStaff } from "@/lib/auth/access";
import { getCurrentUser } from "@/lib/auth/session";
import { listScansForStaff } from "@/lib/data/scans";
import { formatDatumTijd } from "@/lib/dates";
import { stapLabel } from "@/lib/scan/stappen";

export const metadata: Metadata = { title: "Mijn scans" };

export default async function BegeleiderDashboardPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/inloggen?callbackUrl=/begeleider");
  if (!isStaff(user)) notFound();
  const scans = await listScansForStaff(user);
  return (
    <div>
      <h1>{user.role === "admin" ? "Alle scans" : "Mijn scans"}</h1>
      <p className="mt-2">
        {scans.length === 0
          ? "Er zijn nog geen scans aan je toegewezen."
          : `${scans.length} ${scans.length === 1 ? "scan" : "scans"}${user.role === "admin" ? "" : " waarvoor je begeleider bent"}.`}
      </p>
      {scans.length > 0 ? (
        <div className="mt-6 overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">Scans met gemeente, huidige stap en workshopdatum</caption>
            <thead>
              <tr className="border-b-2 border-rijk-700">
                <th scope="col" className="py-2 pr-4">
                  Gemeente
                </th>
                <th scope="col" className="py-2 pr-4">
                  Huidige stap
                </th>
                <th scope="col" className="py-2">
                  Workshop
                </th>
              </tr>
            </thead>
            <tbody>
              {scans.map((s) => (
                <tr key={s.id} className="border-b border-gray-300">
                  <td className="py-2 pr-4">
                    <Link href={`/scans/${s.id}`}>{s.gemeenteNaam}</Link>
                  </td>
                  <td className="py-2 pr-4">{stapLabel(s.stap)}</td>
                  <td className="py-2">{s.workshopAt ? formatDatumTijd(s.workshopAt) : "Nog niet gepland"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
