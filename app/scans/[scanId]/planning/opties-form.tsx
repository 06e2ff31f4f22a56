"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { proposeWorkshopOptiesAction } from "@/lib/actions/planning/propose-workshop-opties";
import { initialActionState } from "@/lib/actions/state";

const VELDEN = ["optie1", "optie2", "optie3", "optie4", "optie5"] as const;

/** Date/time inputs for the moments still free (five in total). */
export function OptiesForm({ scanId, vrij, bestaand, minimum }: { scanId: string; vrij: number; bestaand: number; minimum: string }) {
  const [state, formAction] = useActionState(proposeWorkshopOptiesAction, initialActionState);
  const velden = VELDEN.slice(0, vrij);
  const labels = Object.fromEntries(velden.map((v, i) => [v, `Moment ${bestaand + i + 1}`]));
  return (
    <form action={formAction} noValidate>
      <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} labels={labels} idPrefix="moment-" />
      <input type="hidden" name="scanId" value={scanId} />
      {velden.map((veld, i) => (
        <TextField
          key={veld}
          // The availability form on the same page has fields named optie1… too (issue 19.3).
          id={`moment-${veld}`}
          name={veld}
          label={labels[veld]!}
          type="datetime-local"
          min={minimum}
          optional={bestaand + i >= 2}
          defaultValue={state.values?.[veld] ?? ""}
          error={state.fieldErrors?.[veld]}
        />
      ))}
      <SubmitButton>Momenten voorstellen</SubmitButton>
    </form>
  );
}
