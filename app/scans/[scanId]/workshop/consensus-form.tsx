"use client";

import { useActionState } from "react";
import { SelectField, TextArea } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/actions/state";
import { saveConsensusAction } from "@/lib/actions/workshop/save-consensus";

const NIVEAUS = ["1", "1.5", "2", "2.5", "3", "3.5", "4", "4.5", "5"];

export function ConsensusForm({
  scanId,
  dimensieId,
  naam,
  berekend,
  initial,
}: {
  scanId: string;
  dimensieId: string;
  naam: string;
  berekend: string;
  initial: { niveau: number | null; motivering: string | null; observaties: string | null; verbeterpunten: string | null };
}) {
  const [state, action] = useActionState(saveConsensusAction, initialActionState);
  const v = (k: keyof typeof initial) => state.values?.[k] ?? (initial[k] === null ? "" : String(initial[k]));
  const id = (f: string) => `${dimensieId}-${f}`;
  return (
    <form action={action} aria-labelledby={id("titel")} className="rounded border-2 border-gray-300 p-4" noValidate>
      <h2 id={id("titel")}>{naam}</h2>
      <p className="mb-4 text-base">Berekende score: {berekend}</p>
      <input type="hidden" name="scanId" value={scanId} />
      <input type="hidden" name="dimensieId" value={dimensieId} />
      {state.status === "error" && state.message && !state.fieldErrors ? (
        <p role="alert" className="mb-3 font-semibold text-fout">
          ⚠ {state.message}
        </p>
      ) : null}
      <SelectField
        id={id("niveau")}
        name="niveau"
        label="Vastgesteld niveau"
        defaultValue={v("niveau")}
        error={state.fieldErrors?.niveau}
        key={`n-${v("niveau")}`}
      >
        <option value="">Kies een niveau</option>
        {NIVEAUS.map((n) => (
          <option key={n} value={n}>
            {n.replace(".", ",")}
          </option>
        ))}
      </SelectField>
      <TextArea
        id={id("motivering")}
        name="motivering"
        label="Motivering"
        hint={`Verplicht als het niveau 0,5 of meer afwijkt van de berekende score (${berekend}); anders mag je dit leeg laten.`}
        defaultValue={v("motivering")}
        error={state.fieldErrors?.motivering}
      />
      <TextArea id={id("observaties")} name="observaties" label="Observaties" optional defaultValue={v("observaties")} error={state.fieldErrors?.observaties} />
      <TextArea
        id={id("verbeterpunten")}
        name="verbeterpunten"
        label="Kandidaat-verbeterpunten"
        optional
        defaultValue={v("verbeterpunten")}
        error={state.fieldErrors?.verbeterpunten}
      />
      <div className="flex items-center gap-4">
        <SubmitButton pendingText="Bezig met opslaan…">{`Opslaan: ${naam}`}</SubmitButton>
        <p aria-live="polite" className="font-semibold text-succes">
          {state.status === "ok" ? "✓ Opgeslagen" : ""}
        </p>
      </div>
    </form>
  );
}
