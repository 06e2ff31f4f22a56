import type { Metadata } from "next";
import Link from "next/link";
import { requireAdminPage } from "@/lib/auth/access";
import { listOpenAanmeldingen } from "@/lib/data/aanmeldingen";
import { outboxCounts } from "@/lib/data/outbox";

export const metadata: Metadata = { title: "Beheer" };

export default async function BeheerPage() {
  await requireAdminPage();
  const [counts, open] = await Promise.all([outboxCounts(), listOpenAanmeldingen()]);
  return (
    <div>
      <h1>Beheer</h1>
      <ul className="mt-6 space-y-3">
        <li>
          <Link href="/beheer/aanmeldingen">Aanmeldingen</Link> — {open.length} {open.length === 1 ? "wacht" : "wachten"} op beoordeling
        </li>
        <li>
          <Link href="/beheer/begeleiders">Begeleiders</Link> — accounts toevoegen en deactiveren
        </li>
        <li>
          <Link href="/beheer/gemeenten">Gemeenten</Link> — de lijst in het aanmeldformulier
        </li>
        <li>
          <Link href="/beheer/landelijk">Landelijk beeld</Link> — voortgang, doorlooptijden, respons en de benchmark, ook als CSV
        </li>
        <li>
          <Link href="/beheer/outbox">Uitgaande mail</Link> — {counts.pending} wachtend, {counts.failed} mislukt
        </li>
        <li>
          <Link href="/beheer/status">Status van de applicatie</Link> — database, wachtrij en planner
        </li>
        <li>
          <Link href="/beheer/audit">Audittrail</Link> — wie wat deed, ook geweigerde pogingen
        </li>
      </ul>
    </div>
  );
}
