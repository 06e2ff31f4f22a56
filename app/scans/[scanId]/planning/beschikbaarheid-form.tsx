"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { RadioGroup } from "@/components/ui/radio-group";
import { SubmitButton } from "@/components/ui/submit-button";
import { saveBeschikbaarheidAction } from "@/lib/actions/planning/save-beschikbaarheid";
import { initialActionState } from "@/lib/actions/state";

type TOptie = { id: string; label: string; antwoord: boolean | null };

/** One yes/no question per proposed moment; radio names are optie1…optie5, values carry the moment's id. */
export function BeschikbaarheidForm({ scanId, opties }: { scanId: string; opties: TOptie[] }) {
  const [state, formAction] = useActionState(saveBeschikbaarheidAction, initialActionState);
  return (
    <form action={formAction} noValidate>
      <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} idPrefix="beschikbaar-" />
      <input type="hidden" name="scanId" value={scanId} />
      {opties.map((o, i) => {
        const name = `optie${i + 1}`;
        const gekozen = state.values?.[name] ?? (o.antwoord === null ? "" : `${o.id}:${o.antwoord ? "kan" : "kan_niet"}`);
        return (
          <RadioGroup
            key={o.id}
            id={`beschikbaar-${name}`}
            name={name}
            legend={o.label}
            error={state.fieldErrors?.[name]}
            defaultValue={gekozen}
            options={[
              { value: `${o.id}:kan`, label: "Ik kan" },
              { value: `${o.id}:kan_niet`, label: "Ik kan niet" },
            ]}
          />
        );
      })}
      <SubmitButton>Beschikbaarheid opslaan</SubmitButton>
    </form>
  );
}
