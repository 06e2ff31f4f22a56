"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { extendDeadlineAction } from "@/lib/actions/analysetool/extend-deadline";
import { fieldProps, initialActionState } from "@/lib/actions/state";

/** Begeleider: a later deadline for the whole scan (Amsterdam time). */
export function DeadlineFormulier({ scanId, voorstel }: { scanId: string; voorstel: string }) {
  const [state, action] = useActionState(extendDeadlineAction, initialActionState);
  return (
    <form action={action} noValidate className="mt-3">
      <ErrorSummary message={state.status === "error" ? state.message : undefined} fieldErrors={state.fieldErrors} labels={{ deadline: "Nieuwe deadline" }} />
      <input type="hidden" name="scanId" value={scanId} />
      <TextField
        id="deadline"
        type="datetime-local"
        label="Nieuwe deadline"
        hint="Na de huidige deadline en vóór de workshop. Deelnemers die nog niet hebben ingediend, krijgen een herinnering met de nieuwe datum."
        {...fieldProps(state, { deadline: voorstel })("deadline")}
        className="max-w-xs"
      />
      <SubmitButton variant="secondary" pendingText="Wordt verlengd…">
        Deadline verlengen
      </SubmitButton>
    </form>
  );
}
