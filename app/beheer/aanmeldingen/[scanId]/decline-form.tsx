"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextArea } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { declineAanmeldingAction } from "@/lib/actions/aanmelding/decline-aanmelding";
import { initialActionState } from "@/lib/actions/state";

export function DeclineForm({ scanId, gemeente }: { scanId: string; gemeente: string }) {
  const [state, formAction] = useActionState(declineAanmeldingAction, initialActionState);
  return (
    <form action={formAction} noValidate className="mt-4">
      <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} labels={{ reden: "Reden" }} />
      <input type="hidden" name="scanId" value={scanId} />
      <TextArea
        id="reden"
        label="Reden van de afwijzing"
        hint={`Deze tekst mailen we aan de contactpersoon van gemeente ${gemeente}. Schrijf hem dus voor hen.`}
        defaultValue={state.values?.reden ?? ""}
        error={state.fieldErrors?.reden}
      />
      <SubmitButton variant="danger" pendingText="Bezig met afwijzen…">{`Aanmelding van ${gemeente} afwijzen`}</SubmitButton>
    </form>
  );
}
