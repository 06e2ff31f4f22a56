"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField, TextArea, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { startHandelingsperspectievenAction } from "@/lib/actions/handelingsperspectieven/start-handelingsperspectieven";
import { handleFeedbackAction } from "@/lib/actions/rapport/handle-feedback";
import { planOverlegAction } from "@/lib/actions/rapport/plan-overleg";
import { fieldProps, initialActionState } from "@/lib/actions/state";

const Fout = ({ message }: { message?: string }) =>
  message ? (
    <p role="alert" className="mb-3 font-semibold text-fout">
      <span aria-hidden="true">⚠ </span>
      {message}
    </p>
  ) : null;

export function BehandelForm({ scanId, feedbackId, status, antwoord }: { scanId: string; feedbackId: string; status: string; antwoord: string | null }) {
  const [state, action] = useActionState(handleFeedbackAction, initialActionState);
  const gekozen = state.values?.status ?? (status === "open" ? "" : status);
  const id = (f: string) => `${f}-${feedbackId}`;
  return (
    <form action={action} className="mt-3" noValidate>
      <input type="hidden" name="scanId" value={scanId} />
      <input type="hidden" name="feedbackId" value={feedbackId} />
      {state.status === "error" && !state.fieldErrors ? <Fout message={state.message} /> : null}
      <fieldset
        className={`mb-4 ${state.fieldErrors?.status ? "border-l-4 border-fout pl-4" : ""}`}
        aria-describedby={state.fieldErrors?.status ? id("status-fout") : undefined}
      >
        <legend className="font-semibold text-rijk-900">Besluit</legend>
        {state.fieldErrors?.status ? (
          <p id={id("status-fout")} className="font-semibold text-fout">
            <span aria-hidden="true">⚠ </span>
            {state.fieldErrors.status}
          </p>
        ) : null}
        {[
          ["verwerkt", "Verwerkt in het rapport"],
          ["afgewezen", "Niet overgenomen"],
        ].map(([waarde, label]) => (
          <label key={waarde} className="mr-6 inline-flex items-center gap-2">
            <input type="radio" name="status" value={waarde} defaultChecked={gekozen === waarde} className="h-5 w-5" />
            {label}
          </label>
        ))}
      </fieldset>
      <TextArea
        id={id("antwoord")}
        name="antwoord"
        label="Antwoord aan de deelnemer"
        hint="Wat is aangepast, of waarom niet. Dit komt (zonder naam) in het definitieve rapport."
        rows={3}
        maxLength={2000}
        defaultValue={state.values?.antwoord ?? antwoord ?? ""}
        error={state.fieldErrors?.antwoord}
      />
      <SubmitButton pendingText="Bezig met opslaan…">Besluit opslaan</SubmitButton>
    </form>
  );
}

export function OverlegForm({ scanId, waarden }: { scanId: string; waarden: { overlegAt: string; duur: string; link: string } }) {
  const [state, action] = useActionState(planOverlegAction, initialActionState);
  const v = (k: keyof typeof waarden) => state.values?.[k] ?? waarden[k];
  const veld = fieldProps(state, waarden);
  return (
    <form action={action} noValidate className="mt-4">
      <ErrorSummary
        message={state.status === "error" ? state.message : undefined}
        fieldErrors={state.fieldErrors}
        labels={{ overlegAt: "Datum en tijd", duur: "Duur", link: "Link naar het overleg" }}
      />
      <input type="hidden" name="scanId" value={scanId} />
      <TextField id="overlegAt" name="overlegAt" type="datetime-local" label="Datum en tijd" hint="Nederlandse tijd." {...veld("overlegAt")} />
      <SelectField id="duur" name="duur" label="Duur" defaultValue={v("duur") || "60"} error={state.fieldErrors?.duur}>
        {["30", "45", "60", "90", "120"].map((m) => (
          <option key={m} value={m}>
            {m} minuten
          </option>
        ))}
      </SelectField>
      <TextField
        id="link"
        name="link"
        type="url"
        label="Link naar het overleg"
        hint="Bijvoorbeeld de link van Teams of Zoom, beginnend met https://."
        spellCheck={false}
        {...veld("link")}
      />
      <SubmitButton pendingText="Bezig met versturen…">
        {waarden.overlegAt ? "Overleg verplaatsen en iedereen opnieuw uitnodigen" : "Overleg plannen en iedereen uitnodigen"}
      </SubmitButton>
    </form>
  );
}

export function NaarStap6Form({ scanId }: { scanId: string }) {
  const [state, action] = useActionState(startHandelingsperspectievenAction, initialActionState);
  return (
    <form action={action} className="mt-4">
      <input type="hidden" name="scanId" value={scanId} />
      {state.status === "error" ? <Fout message={state.message} /> : null}
      <label className="mb-4 flex items-center gap-3">
        <input
          type="checkbox"
          name="overlegGehouden"
          value="ja"
          defaultChecked={state.values?.overlegGehouden === "ja"}
          key={state.values?.overlegGehouden ?? ""}
          className="h-5 w-5"
        />
        Het digitale overleg is gehouden
      </label>
      <SubmitButton>Naar stap 6: top 3 kiezen</SubmitButton>
    </form>
  );
}
