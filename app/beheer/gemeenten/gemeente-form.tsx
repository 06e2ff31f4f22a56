"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { addGemeenteAction } from "@/lib/actions/beheer/add-gemeente";
import { initialActionState } from "@/lib/actions/state";
import { PROVINCIES } from "@/lib/scan/provincies";

export function GemeenteForm() {
  const [state, formAction] = useActionState(addGemeenteAction, initialActionState);
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate>
      <ErrorSummary
        message={state.message}
        fieldErrors={state.fieldErrors}
        labels={{ code: "CBS-code", naam: "Naam", provincie: "Provincie" }}
      />
      <TextField
        id="code"
        label="CBS-code"
        hint="GM gevolgd door vier cijfers, zoals GM1992."
        autoComplete="off"
        defaultValue={v.code ?? ""}
        error={e.code}
      />
      <TextField
        id="naam"
        label="Naam"
        hint="Zoals CBS de gemeente schrijft."
        autoComplete="off"
        defaultValue={v.naam ?? ""}
        error={e.naam}
      />
      <SelectField id="provincie" label="Provincie" defaultValue={v.provincie ?? ""} error={e.provincie}>
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
