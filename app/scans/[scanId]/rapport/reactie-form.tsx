"use client";

import { useActionState } from "react";
import { SelectField, TextArea } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { leaveFeedbackAction } from "@/lib/actions/rapport/leave-feedback";
import { initialActionState, type TActionState } from "@/lib/actions/state";

const HINT = "Wat mis je, wat zie je anders? De begeleiders lezen je reactie en antwoorden erop. Anderen zien je naam niet.";

/** A refusal that belongs to no field (the concept changed, the step moved on). */
function FormFout({ state, velden }: { state: TActionState; velden: string[] }) {
  if (state.status !== "error" || !state.message || velden.some((v) => state.fieldErrors?.[v])) return null;
  return (
    <p role="alert" className="mb-3 font-semibold text-fout">
      <span aria-hidden="true">⚠ </span>
      {state.message}
    </p>
  );
}

/** The text of a reaction and its button; a refused text stays in the field. */
function ReactieTekst({ id, label, state }: { id: string; label: string; state: TActionState }) {
  return (
    <>
      <TextArea id={id} name="tekst" label={label} hint={HINT} maxLength={2000} defaultValue={state.values?.tekst ?? ""} error={state.fieldErrors?.tekst} />
      <SubmitButton pendingText="Bezig met plaatsen…">Reactie plaatsen</SubmitButton>
    </>
  );
}

/** Reaction to one section of the current concept; works as a plain form post without JavaScript. */
export function ReactieForm({ scanId, rapportId, sectieId, titel }: { scanId: string; rapportId: string; sectieId: string; titel: string }) {
  const [state, action] = useActionState(leaveFeedbackAction, initialActionState);
  const fout = state.status === "error";
  return (
    <details className="niet-printen mt-4 rounded border border-gray-300 p-3" open={fout}>
      <summary className="cursor-pointer font-semibold text-rijk-700">Reageer op: {titel}</summary>
      <form action={action} className="mt-3" noValidate>
        <input type="hidden" name="scanId" value={scanId} />
        <input type="hidden" name="rapportId" value={rapportId} />
        <input type="hidden" name="sectieId" value={sectieId} />
        <FormFout state={state} velden={["tekst"]} />
        <ReactieTekst id={`reactie-${sectieId}`} label={`Jouw reactie op ${titel}`} state={state} />
      </form>
    </details>
  );
}

/**
 * The visible way to react (issue 19.8): one form at the top of the concept, the section
 * chosen from a list. The folded forms under each section stay for reacting while reading.
 */
export function ReactieOpConceptForm({ scanId, rapportId, secties }: { scanId: string; rapportId: string; secties: { id: string; titel: string }[] }) {
  const [state, action] = useActionState(leaveFeedbackAction, initialActionState);
  return (
    <form action={action} className="niet-printen mt-4" noValidate>
      <input type="hidden" name="scanId" value={scanId} />
      <input type="hidden" name="rapportId" value={rapportId} />
      <FormFout state={state} velden={["tekst", "sectieId"]} />
      <SelectField
        id="reactie-sectie"
        name="sectieId"
        label="Over welk onderdeel?"
        defaultValue={state.values?.sectieId ?? ""}
        error={state.fieldErrors?.sectieId}
      >
        <option value="">Kies een onderdeel</option>
        {secties.map((s) => (
          <option key={s.id} value={s.id}>
            {s.titel}
          </option>
        ))}
      </SelectField>
      <ReactieTekst id="reactie-tekst" label="Jouw reactie" state={state} />
    </form>
  );
}
