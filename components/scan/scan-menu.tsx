import Link from "next/link";
import { can, type TScanAccess } from "@/lib/auth/access";
import { STAPPEN } from "@/lib/scan/stappen";

/** The scan's pages this person may open, in the order of the steps. */
export function ScanMenu({ access }: { access: TScanAccess }) {
  const id = access.scan.id;
  const stap = STAPPEN.indexOf(access.scan.stap as (typeof STAPPEN)[number]);
  const vanaf = (s: (typeof STAPPEN)[number]) => stap >= STAPPEN.indexOf(s);
  const links: [string, string][] = [];
  if (can(access, "scan.plan")) {
    links.push([`/scans/${id}/deelnemers`, "Deelnemers"], [`/scans/${id}/planning`, "Planning"]);
  }
  if (can(access, "voortgang.view") && vanaf("analysetool")) links.push([`/scans/${id}/voortgang`, "Voortgang analysetool"]);
  if (vanaf("concept")) links.push([`/scans/${id}/rapport`, "Eindrapport"], [`/scans/${id}/handelingsperspectieven`, "Handelingsperspectieven"]);
  if (vanaf("afgerond")) links.push([`/scans/${id}/opvolging`, "Aan de slag met de top 3"]);
  if (can(access, "scan.begeleid")) {
    if (vanaf("analysetool")) links.push([`/scans/${id}/resultaten`, "Resultaten"]);
    if (vanaf("workshop")) links.push([`/scans/${id}/workshop`, "Workshop"]);
    links.push([`/scans/${id}/audit`, "Audittrail"]);
  }
  if (links.length === 0) return null;
  return (
    <nav aria-label="Pagina's van deze scan" className="mt-6">
      <ul className="flex flex-wrap gap-x-6 gap-y-2">
        {links.map(([href, label]) => (
          <li key={href}>
            <Link href={href}>{label}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
