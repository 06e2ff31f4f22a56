"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextArea } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { reopenAnalysetoolAction } from "@/lib/actions/analysetool/reopen-analysetool";
import { initialActionState } from "@/lib/actions/state";
import { REDEN_MAX } from "@/lib/antwoorden/validate";

/** Begeleider: open a submitted tool again, with a reason (audited, and mailed to the deelnemer). */
export function HeropenenFormulier({ scanId, memberId, naam }: { scanId: string; memberId: string; naam: string }) {
  const [state, action] = useActionState(reopenAnalysetoolAction, initialActionState);
  return (
    <form action={action} noValidate className="mt-3">
      <ErrorSummary message={state.status === "error" ? state.message : undefined} fieldErrors={state.fieldErrors} labels={{ reden: "Reden" }} />
      <input type="hidden" name="scanId" value={scanId} />
      <input type="hidden" name="memberId" value={memberId} />
      <TextArea
        id="reden"
        label="Reden"
        hint={`${naam} krijgt deze reden per mail, en hij wordt vastgelegd in het logboek. Noem geen gevoelige gegevens. Maximaal ${REDEN_MAX} tekens.`}
        maxLength={REDEN_MAX}
        rows={3}
        defaultValue={state.values?.reden ?? ""}
        error={state.fieldErrors?.reden}
      />
      <SubmitButton variant="secondary" pendingText="Wordt heropend…">{`Analysetool van ${naam} heropenen`}</SubmitButton>
    </form>
  );
}
