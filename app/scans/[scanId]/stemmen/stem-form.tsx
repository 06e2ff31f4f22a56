"use client";

import { useActionState } from "react";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/actions/state";
import { stemInRondeAction } from "@/lib/actions/workshop/stem-in-ronde";
import { RONDE_TOELICHTING_MAX } from "@/lib/workshop/ronde";

type TOptie = { value: string; label: string; hint?: string };

/** One big question on a phone: a level or "weet ik niet", and an optional one-line reason. */
export function StemForm({
  scanId,
  rondeId,
  vraag,
  opties,
  eerder,
}: {
  scanId: string;
  rondeId: string;
  vraag: string;
  opties: TOptie[];
  eerder: { antwoord: string; toelichting: string | null } | null;
}) {
  const [state, action] = useActionState(stemInRondeAction, initialActionState);
  const gekozen = state.values?.antwoord ?? eerder?.antwoord ?? "";
  const fout = state.fieldErrors?.antwoord;
  return (
    <form action={action} noValidate className="mt-4">
      <input type="hidden" name="scanId" value={scanId} />
      <input type="hidden" name="rondeId" value={rondeId} />
      <fieldset id="antwoord" tabIndex={-1} aria-describedby={fout ? "antwoord-fout" : undefined}>
        <legend className="text-2xl font-bold text-rijk-900">{vraag}</legend>
        {fout ? (
          <p id="antwoord-fout" className="mt-2 font-semibold text-fout">
            <span aria-hidden="true">⚠ </span>
            {fout}
          </p>
        ) : null}
        <div className="mt-3 space-y-3">
          {opties.map((o) => (
            // The whole card is the label: a target of at least 48 px, easy to hit on a phone.
            <label
              key={`${o.value}-${gekozen === o.value}`}
              htmlFor={`antwoord-${o.value}`}
              className="flex min-h-12 cursor-pointer items-start gap-3 rounded border-2 border-gray-400 p-3 has-[:checked]:border-rijk-700 has-[:checked]:bg-rijk-50"
            >
              <input
                type="radio"
                id={`antwoord-${o.value}`}
                name="antwoord"
                value={o.value}
                defaultChecked={gekozen === o.value}
                className="mt-1 h-6 w-6 shrink-0"
              />
              <span>
                <span className="block font-semibold">{o.label}</span>
                {o.hint ? <span className="block text-base text-gray-700">{o.hint}</span> : null}
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <TextField
        id="toelichting"
        name="toelichting"
        label="Waarom? (kort)"
        optional
        maxLength={RONDE_TOELICHTING_MAX}
        autoComplete="off"
        defaultValue={state.values?.toelichting ?? eerder?.toelichting ?? ""}
        error={state.fieldErrors?.toelichting}
      />
      {state.status === "error" && state.message && !state.fieldErrors ? (
        <p role="alert" className="mb-3 font-semibold text-fout">
          <span aria-hidden="true">⚠ </span>
          {state.message}
        </p>
      ) : null}
      {state.status === "ok" ? (
        <p role="status" className="mb-3 font-semibold text-succes">
          ✓ {state.message}
        </p>
      ) : null}
      <SubmitButton pendingText="Bezig met opslaan…">Antwoord opslaan</SubmitButton>
    </form>
  );
}
