"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { copyVorigeDeelnemersAction } from "@/lib/actions/herhaalmeting/copy-vorige-deelnemers";
import { echoedChoices, initialActionState } from "@/lib/actions/state";
import { ROL_LABELS } from "@/lib/analysetool/rollen-en-niveaus";
import type { TVorigeDeelnemer } from "@/lib/data/herhaalmeting";

/** Herhaalmeting, stap 2: take over the previous scan's deelnemers in one go; each stays editable. */
export function VorigeDeelnemersForm({ scanId, deelnemers }: { scanId: string; deelnemers: TVorigeDeelnemer[] }) {
  const [state, action] = useActionState(copyVorigeDeelnemersAction, initialActionState);
  const open = deelnemers.filter((d) => !d.doetAlMee);
  const gekozen = new Set(
    echoedChoices(
      state,
      "memberIds",
      open.map((d) => d.memberId),
    ),
  );
  const fout = state.fieldErrors?.memberIds;
  return (
    <form action={action} noValidate className="mt-4">
      <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} labels={{ memberIds: "Wie doet weer mee?" }} />
      <input type="hidden" name="scanId" value={scanId} />
      <fieldset id="memberIds" tabIndex={-1} aria-describedby={fout ? "memberIds-fout" : undefined}>
        <legend className="font-semibold text-rijk-900">Wie doet weer mee?</legend>
        {fout ? (
          <p id="memberIds-fout" className="font-semibold text-fout">
            <span aria-hidden="true">⚠ </span>
            {fout}
          </p>
        ) : null}
        {deelnemers.map((d) => (
          <div key={d.memberId} className="mt-2 flex items-center gap-3">
            <input
              type="checkbox"
              id={`vorige-${d.memberId}`}
              name="memberIds"
              value={d.memberId}
              defaultChecked={!d.doetAlMee && gekozen.has(d.memberId)}
              disabled={d.doetAlMee}
              key={`${d.memberId}-${gekozen.has(d.memberId)}`}
              className="h-6 w-6"
            />
            <label htmlFor={`vorige-${d.memberId}`}>
              {d.naam}, {ROL_LABELS[d.rol]}
              {d.functie ? ` (${d.functie})` : ""}
              {d.doetAlMee ? " — doet al mee" : ""}
            </label>
          </div>
        ))}
      </fieldset>
      {open.length ? (
        <SubmitButton variant="secondary" pendingText="Wordt toegevoegd…">
          Gekozen deelnemers toevoegen
        </SubmitButton>
      ) : null}
    </form>
  );
}
