"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";
import { RadioGroup } from "@/components/ui/radio-group";
import { SubmitButton } from "@/components/ui/submit-button";
import type { TRol } from "@/db/schema";
import { addDeelnemerAction } from "@/lib/actions/deelnemers/add-deelnemer";
import { updateDeelnemerAction } from "@/lib/actions/deelnemers/update-deelnemer";
import { fieldProps, initialActionState } from "@/lib/actions/state";
import { ROL_LABELS, ROL_VOORBEELDEN } from "@/lib/analysetool/rollen-en-niveaus";

const LABELS = { naam: "Naam", email: "E-mailadres", functie: "Functie", rol: "Rol" };

type TMember = { id: string; naam: string; email: string; functie: string; rol: string; procesregisseur: boolean };

/** Adds a deelnemer, or edits one when `member` is given. */
export function DeelnemerForm({ scanId, member }: { scanId: string; member?: TMember }) {
  const [state, formAction] = useActionState(member ? updateDeelnemerAction : addDeelnemerAction, initialActionState);
  const veld = fieldProps(state, member ? { naam: member.naam, email: member.email, functie: member.functie, rol: member.rol } : {});
  // ROL_LABELS is in ROLLEN order; the schema module itself stays out of the client bundle.
  const rolOpties: { value: string; label: string; hint?: string }[] = (Object.keys(ROL_LABELS) as TRol[]).map((r) => ({
    value: r,
    label: ROL_LABELS[r],
    hint: `Bijvoorbeeld ${ROL_VOORBEELDEN[r]}.`,
  }));
  if (member?.procesregisseur)
    rolOpties.push({ value: "geen", label: "Geen rol: ik coördineer alleen", hint: "De procesregisseur vult de analysetool dan niet in." });
  return (
    <form action={formAction} noValidate>
      <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} labels={LABELS} />
      <input type="hidden" name="scanId" value={scanId} />
      {member ? <input type="hidden" name="memberId" value={member.id} /> : null}
      <TextField id="naam" label={LABELS.naam} autoComplete="off" {...veld("naam")} />
      {member?.procesregisseur ? (
        <>
          <input type="hidden" name="email" value={member.email} />
          <p className="mb-6">
            <span className="font-semibold text-rijk-900">E-mailadres:</span> {member.email}
            <br />
            <span className="text-base text-gray-700">Het adres van de procesregisseur kan alleen het programmateam wijzigen.</span>
          </p>
        </>
      ) : (
        <TextField
          id="email"
          label={LABELS.email}
          type="email"
          spellCheck={false}
          autoComplete="off"
          hint="Het werkadres. Hierheen sturen we de uitnodigingen en de analysetool."
          {...veld("email")}
        />
      )}
      <TextField id="functie" label={LABELS.functie} hint="Bijvoorbeeld: beleidsadviseur ondermijning." autoComplete="off" {...veld("functie")} />
      <RadioGroup
        id="rol"
        legend="Rol: vanuit welk perspectief doet deze persoon mee?"
        hint="Nodig zijn in elk geval ondermijning, privacy en ICT; data-analyse als het kan."
        options={rolOpties}
        {...veld("rol")}
      />
      <SubmitButton>{member ? "Wijzigingen opslaan" : "Deelnemer toevoegen"}</SubmitButton>
    </form>
  );
}
