"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { addBegeleiderAction } from "@/lib/actions/beheer/add-begeleider";
import { initialActionState } from "@/lib/actions/state";

export function BegeleiderForm() {
  const [state, formAction] = useActionState(addBegeleiderAction, initialActionState);
  return (
    <form action={formAction} noValidate>
      <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} labels={{ naam: "Naam", email: "E-mailadres" }} />
      <TextField id="naam" label="Naam" autoComplete="off" defaultValue={state.values?.naam ?? ""} error={state.fieldErrors?.naam} />
      <TextField
        id="email"
        label="E-mailadres"
        type="email"
        spellCheck={false}
        autoComplete="off"
        hint="De begeleider logt hiermee in; er is geen wachtwoord."
        defaultValue={state.values?.email ?? ""}
        error={state.fieldErrors?.email}
      />
      <SubmitButton>Begeleider toevoegen</SubmitButton>
    </form>
  );
}
