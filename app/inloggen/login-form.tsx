"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { requestLoginLinkAction } from "@/lib/actions/inloggen/request-login-link";
import { initialActionState } from "@/lib/actions/state";

export function LoginForm({ callbackUrl }: { callbackUrl?: string }) {
  const [state, formAction] = useActionState(requestLoginLinkAction, initialActionState);
  return (
    <form action={formAction} noValidate>
      <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} labels={{ email: "E-mailadres" }} />
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <TextField
        id="email"
        label="E-mailadres"
        type="email"
        autoComplete="email"
        spellCheck={false}
        hint="Het e-mailadres waarmee je bent uitgenodigd voor de scan."
        defaultValue={state.values?.email ?? ""}
        error={state.fieldErrors?.email}
      />
      <SubmitButton pendingText="Inloglink wordt verstuurd…">Stuur mij een inloglink</SubmitButton>
    </form>
  );
}
