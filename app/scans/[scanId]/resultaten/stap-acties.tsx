import Link from "next/link";
import { ActionForm } from "@/components/ui/action-form";
import { buttonClass } from "@/components/ui/button";
import type { TScanState } from "@/db/schema";
import { closeAnalysetoolAction } from "@/lib/actions/analysetool/close-analysetool";

/** What the begeleider can do next from the results, depending on the step. */
export function StapActies({ scanId, stap }: { scanId: string; stap: TScanState }) {
  if (stap === "analysetool") {
    return (
      <div className="mt-4">
        <p>De analysetool staat nog open. Sluit hem na de deadline, of eerder als iedereen heeft ingediend.</p>
        <ActionForm action={closeAnalysetoolAction} fields={{ scanId }} label="Analysetool sluiten en naar de workshop" className="mt-2" />
      </div>
    );
  }
  if (stap === "workshop") {
    return (
      <p className="mt-4">
        <Link href={`/scans/${scanId}/workshop`} className={buttonClass("primary")}>
          Naar de workshop
        </Link>
      </p>
    );
  }
  return null;
}
