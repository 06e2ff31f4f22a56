"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { setGemeenteRegioAction } from "@/lib/actions/beheer/set-gemeente-regio";
import { fieldProps, initialActionState } from "@/lib/actions/state";
import { RIEC_REGIOS, VEILIGHEIDSREGIOS } from "@/lib/scan/regios";

export function RegioForm({ gemeente }: { gemeente: { id: string; naam: string; veiligheidsregioCode: string | null; riec: string | null } }) {
  const [state, formAction] = useActionState(setGemeenteRegioAction, initialActionState);
  const veld = fieldProps(state, { veiligheidsregio: gemeente.veiligheidsregioCode ?? "", riec: gemeente.riec ?? "" });
  return (
    <form action={formAction} noValidate>
      <input type="hidden" name="gemeenteId" value={gemeente.id} />
      <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} labels={{ veiligheidsregio: "Veiligheidsregio", riec: "RIEC-regio" }} />
      <SelectField id="veiligheidsregio" label="Veiligheidsregio" {...veld("veiligheidsregio")}>
        <option value="">Kies een veiligheidsregio</option>
        {VEILIGHEIDSREGIOS.map(([code, naam]) => (
          <option key={code} value={code}>
            {naam} ({code})
          </option>
        ))}
      </SelectField>
      <SelectField id="riec" label="RIEC-regio" hint="De benchmark vergelijkt per RIEC-regio." {...veld("riec")}>
        <option value="">Kies een RIEC-regio</option>
        {RIEC_REGIOS.map((r) => (
          <option key={r} value={r}>
            {r}
          </option>
        ))}
      </SelectField>
      <SubmitButton>{`Regio opslaan: ${gemeente.naam}`}</SubmitButton>
    </form>
  );
}
