import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { getModel } from "@/lib/analysetool";
import { deadlineInWoorden, deadlineVan } from "@/lib/antwoorden/deadline";
import { voortgang } from "@/lib/antwoorden/voortgang";
import { can, type TScanAccess } from "@/lib/auth/access";
import { getMemberAnswers, getToolScan } from "@/lib/data/analysetool";
import { formatDatumTijd } from "@/lib/dates";

/** What stap 3 asks of the visitor on the scan's home page: fill in the tool, or follow progress. */
export async function AnalysetoolActie({ access }: { access: TScanAccess }) {
  const scanId = access.scan.id;
  const deelnemer = can(access, "analysetool.fill") && access.member;
  const [scan, eigen] = await Promise.all([getToolScan(scanId), deelnemer ? getMemberAnswers(scanId, access.member!.id) : null]);
  const deadline = scan ? deadlineVan(scan) : null;
  const v = eigen ? voortgang(getModel(access.scan.modelVersie), eigen.rows) : null;
  return (
    <div className="space-y-3">
      {eigen && v ? (
        eigen.member.ingediendAt ? (
          <p>
            Je hebt je analysetool ingediend op {formatDatumTijd(eigen.member.ingediendAt)}.{" "}
            <Link href={`/scans/${scanId}/analysetool/mijn-antwoorden`}>Bekijk je antwoorden</Link>
          </p>
        ) : (
          <>
            <p>
              Je hebt {v.beantwoord} van {v.totaal} vragen beantwoord.
              {deadline ? ` Indienen vóór ${formatDatumTijd(deadline)} (${deadlineInWoorden(deadline, new Date())}).` : ""}
            </p>
            <Link href={`/scans/${scanId}/analysetool`} className={buttonClass("primary")}>
              Analysetool invullen
            </Link>
          </>
        )
      ) : null}
      {can(access, "voortgang.view") ? (
        <p>
          <Link href={`/scans/${scanId}/voortgang`}>Voortgang van de deelnemers bekijken</Link>
        </p>
      ) : null}
    </div>
  );
}
