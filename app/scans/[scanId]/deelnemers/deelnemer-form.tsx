"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";
import { RadioGroup } from "@/components/ui/radio-group";
import { SubmitButton } from "@/components/ui/submit-button";
import type { TRol } from "@/db/schema";
import { addDeelnemerAction } from "@/lib/actions/deelnemers/add-deelnemer";
import { updateDeelnemerAction } from "@/lib/actions/deelnemers/update-deelnemer";
import { initialActionState } from "@/lib/actions/state";
import { ROL_LABELS, ROL_VOORBEELDEN } from "@/lib/analysetool/model-2026-1";

const LABELS = { naam: "Naam", email: "E-mailadres", functie: "Functie", rol: "Rol" };

type TMember = { id: string; naam: string; email: string; functie: string; rol: string; procesregisseur: boolean };

/** Adds a deelnemer, or edits one when `member` is given. */
export function DeelnemerForm({ scanId, member }: { scanId: string; member?: TMember }) {
  const [state, formAction] = useActionState(member ? updateDeelnemerAction : addDeelnemerAction, initialActionState);
  const v = { ...(member ?? {}), ...(state.values ?? {}) } as Partial<Record<keyof TMember, string>>;
  const e = state.fieldErrors ?? {};
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
      <TextField id="naam" label={LABELS.naam} autoComplete="off" defaultValue={v.naam ?? ""} error={e.naam} />
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
          defaultValue={v.email ?? ""}
          error={e.email}
        />
      )}
      <TextField
        id="functie"
        label={LABELS.functie}
        hint="Bijvoorbeeld: beleidsadviseur ondermijning."
        autoComplete="off"
        defaultValue={v.functie ?? ""}
        error={e.functie}
      />
      <RadioGroup
        id="rol"
        legend="Rol: vanuit welk perspectief doet deze persoon mee?"
        hint="Nodig zijn in elk geval ondermijning, privacy en ICT; data-analyse als het kan."
        options={rolOpties}
        defaultValue={v.rol ?? ""}
        error={e.rol}
      />
      <SubmitButton>{member ? "Wijzigingen opslaan" : "Deelnemer toevoegen"}</SubmitButton>
    </form>
  );
}
