"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { setHpEigenaarAction } from "@/lib/actions/opvolging/set-hp-eigenaar";
import { fieldProps, initialActionState } from "@/lib/actions/state";

/** The procesregisseur chooses the member who keeps this item up to date. */
export function EigenaarForm({
  scanId,
  hpId,
  rang,
  huidig,
  leden,
}: {
  scanId: string;
  hpId: string;
  rang: number;
  huidig: string | null;
  leden: { id: string; naam: string }[];
}) {
  const [state, action] = useActionState(setHpEigenaarAction, initialActionState);
  const veld = fieldProps(state, { memberId: huidig ?? "" });
  const prefix = `punt-${rang}-`;
  return (
    <form action={action} noValidate className="mt-4">
      <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} labels={{ memberId: "Wie houdt dit punt bij?" }} idPrefix={prefix} />
      <input type="hidden" name="scanId" value={scanId} />
      <input type="hidden" name="hpId" value={hpId} />
      <SelectField
        id={`${prefix}memberId`}
        name="memberId"
        label="Wie houdt dit punt bij?"
        hint="Die persoon kan de voortgang van dit punt bijwerken, net als jij."
        {...veld("memberId")}
      >
        <option value="">Niemand, alleen de procesregisseur</option>
        {leden.map((l) => (
          <option key={l.id} value={l.id}>
            {l.naam}
          </option>
        ))}
      </SelectField>
      <SubmitButton variant="secondary" pendingText="Wordt opgeslagen…">
        Eigenaar opslaan
      </SubmitButton>
    </form>
  );
}
