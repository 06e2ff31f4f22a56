"use client";

import Link from "next/link";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { submitAnalysetoolAction } from "@/lib/actions/analysetool/submit-analysetool";
import { initialActionState } from "@/lib/actions/state";

export function IndienenFormulier({ scanId, terugHref }: { scanId: string; terugHref: string }) {
  const [state, action] = useActionState(submitAnalysetoolAction, initialActionState);
  return (
    <form action={action} className="mt-6">
      <ErrorSummary message={state.status === "error" ? state.message : undefined} />
      <input type="hidden" name="scanId" value={scanId} />
      <div className="flex flex-wrap items-center gap-6">
        <SubmitButton pendingText="Wordt ingediend…">Ja, analysetool indienen</SubmitButton>
        <Link href={terugHref}>Nee, terug naar het overzicht</Link>
      </div>
    </form>
  );
}
