"use client";

import { type ReactNode, useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { acceptAanmeldingAction } from "@/lib/actions/aanmelding/accept-aanmelding";
import { echoedChoices, fieldProps, initialActionState } from "@/lib/actions/state";

const LABELS = {
  begeleiderIds: "Begeleiders",
  procesregisseur: "Procesregisseur",
  prNaam: "Naam",
  prEmail: "E-mailadres",
  prFunctie: "Functie",
};

export function AcceptForm({ scanId, contact, begeleiders }: { scanId: string; contact: string; begeleiders: { id: string; label: string }[] }) {
  const [state, formAction] = useActionState(acceptAanmeldingAction, initialActionState);
  const e = state.fieldErrors ?? {};
  const veld = fieldProps(state);
  const v = state.values ?? {};
  const keuze = v.procesregisseur ?? "contact";
  const gekozenBegeleiders = echoedChoices(state, "begeleiderIds", []);
  return (
    <form action={formAction} noValidate className="mt-4">
      <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} labels={LABELS} />
      <input type="hidden" name="scanId" value={scanId} />

      <fieldset
        id="begeleiderIds"
        tabIndex={-1}
        className={`mb-6 ${e.begeleiderIds ? "border-l-4 border-fout pl-4" : ""}`}
        aria-describedby={e.begeleiderIds ? "begeleiderIds-fout" : undefined}
      >
        <legend className="font-semibold text-rijk-900">Begeleiders</legend>
        <p className="text-base text-gray-700">Kies een of meer begeleiders voor deze scan.</p>
        {e.begeleiderIds ? (
          <p id="begeleiderIds-fout" className="font-semibold text-fout">
            <span aria-hidden="true">⚠ </span>
            <span className="sr-only">Fout: </span>
            {e.begeleiderIds}
          </p>
        ) : null}
        {begeleiders.length === 0 ? <p>Er zijn geen actieve begeleiders. Voeg eerst een begeleider toe.</p> : null}
        {begeleiders.map((b) => (
          <div key={b.id} className="mt-2 flex items-center gap-3">
            <input
              type="checkbox"
              id={`begeleider-${b.id}`}
              name="begeleiderIds"
              value={b.id}
              defaultChecked={gekozenBegeleiders.includes(b.id)}
              key={`${b.id}-${gekozenBegeleiders.includes(b.id)}`}
              className="h-6 w-6"
            />
            <label htmlFor={`begeleider-${b.id}`}>{b.label}</label>
          </div>
        ))}
      </fieldset>

      <fieldset id="procesregisseur" tabIndex={-1} className="mb-6">
        <legend className="font-semibold text-rijk-900">Procesregisseur</legend>
        {e.procesregisseur ? (
          <p className="font-semibold text-fout">
            <span aria-hidden="true">⚠ </span>
            {e.procesregisseur}
          </p>
        ) : null}
        <ProcesregisseurKeuze value="contact" keuze={keuze}>
          De contactpersoon: {contact}
        </ProcesregisseurKeuze>
        <ProcesregisseurKeuze value="anders" keuze={keuze}>
          Iemand anders, namelijk:
        </ProcesregisseurKeuze>
        <div className="mt-4 ml-9">
          <p className="mb-3 text-base text-gray-700">Alleen invullen als je &quot;Iemand anders&quot; kiest.</p>
          <TextField id="prNaam" label="Naam" required={false} {...veld("prNaam")} />
          <TextField id="prEmail" label="E-mailadres" type="email" spellCheck={false} required={false} {...veld("prEmail")} />
          <TextField id="prFunctie" label="Functie" required={false} {...veld("prFunctie")} />
        </div>
      </fieldset>
      <SubmitButton pendingText="Bezig met goedkeuren…">Aanmelding goedkeuren en procesregisseur uitnodigen</SubmitButton>
    </form>
  );
}

/** One choice of who becomes procesregisseur; remounted when the echoed choice changes, so a refused form shows what was sent. */
function ProcesregisseurKeuze({ value, keuze, children }: { value: "contact" | "anders"; keuze: string; children: ReactNode }) {
  return (
    <div className="mt-2 flex items-center gap-3">
      <input
        type="radio"
        id={`pr-${value}`}
        name="procesregisseur"
        value={value}
        defaultChecked={keuze === value}
        key={`${value}-${keuze}`}
        className="h-6 w-6"
      />
      <label htmlFor={`pr-${value}`}>{children}</label>
    </div>
  );
}
