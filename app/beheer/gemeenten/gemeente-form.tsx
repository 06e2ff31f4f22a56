"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { addGemeenteAction } from "@/lib/actions/beheer/add-gemeente";
import { fieldProps, initialActionState } from "@/lib/actions/state";
import { PROVINCIES } from "@/lib/scan/provincies";

export function GemeenteForm() {
  const [state, formAction] = useActionState(addGemeenteAction, initialActionState);
  const veld = fieldProps(state);
  return (
    <form action={formAction} noValidate>
      <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} labels={{ code: "CBS-code", naam: "Naam", provincie: "Provincie" }} />
      <TextField id="code" label="CBS-code" hint="GM gevolgd door vier cijfers, zoals GM1992." autoComplete="off" {...veld("code")} />
      <TextField id="naam" label="Naam" hint="Zoals CBS de gemeente schrijft." autoComplete="off" {...veld("naam")} />
      <SelectField id="provincie" label="Provincie" {...veld("provincie")}>
        <option value="">Kies een provincie</option>
        {PROVINCIES.map((p) => (
          <option key={p} value={p}>
            {p}
          </option>
        ))}
      </SelectField>
      <SubmitButton>Gemeente toevoegen</SubmitButton>
    </form>
  );
}
