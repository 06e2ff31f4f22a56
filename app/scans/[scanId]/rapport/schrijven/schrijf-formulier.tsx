"use client";

import { useActionState, useDeferredValue, useMemo, useState } from "react";
import { RapportHtml } from "@/components/rapport/rapport-html";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextArea } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { saveRapportTekstenAction } from "@/lib/actions/rapport/save-rapport-teksten";
import { initialActionState } from "@/lib/actions/state";
import type { TTekstVeld } from "@/lib/rapport/tekst-velden";
import { applyTeksten, type TTeksten } from "@/lib/rapport/teksten";
import type { TRapportModel } from "@/lib/rapport/types";

/**
 * The begeleider's texts with a live preview: the preview is the report page's own
 * component, re-rendered in the browser from the form state with the same `applyTeksten`
 * the server uses, so what you see is what the next concept will say.
 */
export function SchrijfFormulier({ scanId, model, velden, opgeslagen }: { scanId: string; model: TRapportModel; velden: TTekstVeld[]; opgeslagen: TTeksten }) {
  const [state, action] = useActionState(saveRapportTekstenAction, initialActionState);
  const [teksten, setTeksten] = useState<TTeksten>(() => Object.fromEntries(velden.map((v) => [v.sleutel, opgeslagen[v.sleutel] ?? ""])));
  const uitgesteld = useDeferredValue(teksten);
  const voorbeeld = useMemo(() => applyTeksten(model, uitgesteld), [model, uitgesteld]);
  const gewijzigd = velden.some((v) => (teksten[v.sleutel] ?? "").trim() !== (opgeslagen[v.sleutel] ?? "").trim());
  const groepen = [...new Set(velden.map((v) => v.groep))];
  const labels = Object.fromEntries(velden.map((v) => [v.sleutel, v.label]));

  return (
    <div className="grid gap-8 xl:grid-cols-2">
      <form action={action} noValidate aria-labelledby="teksten-kop">
        <h2 id="teksten-kop">Teksten</h2>
        <ErrorSummary message={state.status === "error" ? state.message : undefined} fieldErrors={state.fieldErrors} labels={labels} />
        <input type="hidden" name="scanId" value={scanId} />
        {groepen.map((groep) => {
          const inGroep = velden.filter((v) => v.groep === groep);
          const body = inGroep.map((v) => (
            <TextArea
              key={v.sleutel}
              id={v.sleutel}
              name={v.sleutel}
              label={inGroep.length > 1 ? (v.sleutel.endsWith(".sterk") ? "Sterke punten" : "Verbeterpunten") : v.label}
              hint={v.hint ?? `Hoogstens ${v.max} tekens.`}
              optional
              rows={v.sleutel === "samenvatting" ? 8 : 4}
              maxLength={v.max}
              value={teksten[v.sleutel] ?? ""}
              onChange={(e) => setTeksten((t) => ({ ...t, [v.sleutel]: e.target.value }))}
              error={state.fieldErrors?.[v.sleutel]}
            />
          ));
          return inGroep.length > 1 ? (
            <fieldset key={groep} className="mt-4 border-t border-gray-300 pt-3">
              <legend className="text-lg font-semibold">{groep}</legend>
              {body}
            </fieldset>
          ) : (
            <div key={groep} className="mt-4">
              {body}
            </div>
          );
        })}
        <div className="sticky bottom-0 flex flex-wrap items-center gap-4 border-t-2 border-rijk-700 bg-white py-3">
          <SubmitButton pendingText="Bezig met opslaan…">Teksten opslaan</SubmitButton>
          <p aria-live="polite" className="font-semibold">
            {state.status === "ok" && !gewijzigd ? <span className="text-succes">✓ {state.message}</span> : gewijzigd ? "Niet opgeslagen wijzigingen." : ""}
          </p>
        </div>
      </form>
      <section aria-labelledby="voorbeeld-kop" className="self-start xl:sticky xl:top-4">
        <h2 id="voorbeeld-kop">Voorbeeld</h2>
        <p className="mt-1 text-base text-gray-700">Zo ziet het volgende concept eruit; het voorbeeld volgt wat je typt.</p>
        <div
          role="region"
          aria-label="Voorbeeld van het rapport"
          tabIndex={0}
          className="mt-3 max-h-[85vh] overflow-y-auto rounded border-2 border-gray-300 p-4"
        >
          <RapportHtml model={voorbeeld} kopNiveau={2} />
        </div>
      </section>
    </div>
  );
}
