"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField, TextArea, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { fixTop3Action } from "@/lib/actions/handelingsperspectieven/fix-top3";
import { proposeHandelingsperspectiefAction } from "@/lib/actions/handelingsperspectieven/propose-handelingsperspectief";
import { saveStemmenAction } from "@/lib/actions/handelingsperspectieven/save-stemmen";
import { echoedChoices, fieldProps, initialActionState } from "@/lib/actions/state";
import { NIVEAU_NAMEN } from "@/lib/analysetool/rollen-en-niveaus";

type TOptie = { id: string; titel: string };

export function VoorstelForm({ scanId, dimensies }: { scanId: string; dimensies: { id: string; naam: string }[] }) {
  const [state, action] = useActionState(proposeHandelingsperspectiefAction, initialActionState);
  const veld = fieldProps(state);
  return (
    <form action={action} noValidate className="mt-4">
      <ErrorSummary
        message={state.status === "error" ? state.message : undefined}
        fieldErrors={state.fieldErrors}
        labels={{ titel: "Titel", omschrijving: "Omschrijving", dimensieId: "Dimensie" }}
      />
      <input type="hidden" name="scanId" value={scanId} />
      <TextField id="titel" name="titel" label="Titel" hint="Kort en concreet, bijvoorbeeld: Data-eigenaarschap beleggen." maxLength={150} {...veld("titel")} />
      <TextArea
        id="omschrijving"
        name="omschrijving"
        label="Omschrijving"
        hint="Wat gaat de gemeente doen, en wat levert het op?"
        maxLength={2000}
        {...veld("omschrijving")}
      />
      <SelectField id="dimensieId" name="dimensieId" label="Welke dimensie verbetert dit?" {...veld("dimensieId")}>
        <option value="">Kies een dimensie</option>
        {dimensies.map((d) => (
          <option key={d.id} value={d.id}>
            {d.naam}
          </option>
        ))}
      </SelectField>
      <SubmitButton pendingText="Bezig met toevoegen…">Voorstel toevoegen</SubmitButton>
    </form>
  );
}

export function StemForm({ scanId, opties, gekozen }: { scanId: string; opties: TOptie[]; gekozen: string[] }) {
  const [state, action] = useActionState(saveStemmenAction, initialActionState);
  const fout = state.fieldErrors?.hpIds;
  const aangevinkt = echoedChoices(state, "hpIds", gekozen);
  return (
    <form action={action} noValidate className="mt-4">
      <input type="hidden" name="scanId" value={scanId} />
      {state.status === "error" && !fout ? (
        <p role="alert" className="mb-3 font-semibold text-fout">
          <span aria-hidden="true">⚠ </span>
          {state.message}
        </p>
      ) : null}
      <fieldset className={fout ? "border-l-4 border-fout pl-4" : ""} aria-describedby={fout ? "hpIds-fout" : "hpIds-hint"}>
        <legend className="font-semibold text-rijk-900">Kies de 3 voorstellen die jij het belangrijkst vindt</legend>
        <p id="hpIds-hint" className="text-base text-gray-700">
          Je hebt 3 stemmen, één per voorstel. Opnieuw stemmen vervangt je eerdere keuze.
        </p>
        {fout ? (
          <p id="hpIds-fout" role="alert" className="font-semibold text-fout">
            <span aria-hidden="true">⚠ </span>
            {fout}
          </p>
        ) : null}
        <ul className="mt-2 space-y-2">
          {opties.map((o) => (
            <li key={o.id}>
              <label className="flex items-center gap-3">
                <input
                  type="checkbox"
                  name="hpIds"
                  value={o.id}
                  defaultChecked={aangevinkt.includes(o.id)}
                  key={`${o.id}-${aangevinkt.includes(o.id)}`}
                  className="h-5 w-5"
                />
                {o.titel}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="mt-4">
        <SubmitButton pendingText="Bezig met opslaan…">{gekozen.length ? "Stemmen wijzigen" : "Stemmen opslaan"}</SubmitButton>
      </div>
    </form>
  );
}

export type TTop3Waarden = Record<string, string>;

export function Top3Form({ scanId, opties, waarden }: { scanId: string; opties: (TOptie & { stemmen: number })[]; waarden: TTop3Waarden }) {
  const [state, action] = useActionState(fixTop3Action, initialActionState);
  const veld = fieldProps(state, waarden);
  const labels: Record<string, string> = {};
  for (const r of [1, 2, 3])
    Object.assign(labels, {
      [`hp${r}`]: `Nummer ${r}`,
      [`eigenaar${r}`]: `Eigenaar ${r}`,
      [`termijn${r}`]: `Termijn ${r}`,
      [`eersteStap${r}`]: `Eerste stap ${r}`,
      [`doelNiveau${r}`]: `Beoogd niveau ${r}`,
      [`partners${r}`]: `Partners ${r}`,
      [`middelen${r}`]: `Middelen ${r}`,
      [`indicator${r}`]: `Indicator ${r}`,
    });
  return (
    <form action={action} noValidate className="mt-4">
      <ErrorSummary message={state.status === "error" ? state.message : undefined} fieldErrors={state.fieldErrors} labels={labels} />
      <input type="hidden" name="scanId" value={scanId} />
      {[1, 2, 3].map((r) => (
        <fieldset key={r} className="mb-6 rounded border-2 border-gray-300 p-4">
          <legend className="px-1 text-lg font-semibold">Nummer {r}</legend>
          <SelectField id={`hp${r}`} name={`hp${r}`} label="Handelingsperspectief" {...veld(`hp${r}`)}>
            <option value="">Kies een voorstel</option>
            {opties.map((o) => (
              <option key={o.id} value={o.id}>
                {o.titel} ({o.stemmen} {o.stemmen === 1 ? "stem" : "stemmen"})
              </option>
            ))}
          </SelectField>
          <TextField
            id={`eigenaar${r}`}
            name={`eigenaar${r}`}
            label="Eigenaar"
            hint="Een functie of rol; een naam mag ook."
            maxLength={150}
            {...veld(`eigenaar${r}`)}
          />
          <TextField id={`termijn${r}`} name={`termijn${r}`} type="date" label="Termijn" hint="Wanneer is het klaar?" {...veld(`termijn${r}`)} />
          <TextArea
            id={`eersteStap${r}`}
            name={`eersteStap${r}`}
            label="Eerste concrete stap"
            hint="Wat gebeurt er in de komende vier weken?"
            rows={2}
            maxLength={500}
            {...veld(`eersteStap${r}`)}
          />
          <SelectField
            id={`doelNiveau${r}`}
            name={`doelNiveau${r}`}
            label="Beoogd niveau (niet verplicht)"
            hint="Naar welk niveau brengt dit de dimensie?"
            {...veld(`doelNiveau${r}`)}
          >
            <option value="">Geen keuze</option>
            {([1, 2, 3, 4, 5] as const).map((n) => (
              <option key={n} value={n}>
                {n} – {NIVEAU_NAMEN[n]}
              </option>
            ))}
          </SelectField>
          <TextField
            id={`partners${r}`}
            name={`partners${r}`}
            label="Betrokken partners (niet verplicht)"
            hint="Bijvoorbeeld het RIEC of de politie."
            maxLength={300}
            {...veld(`partners${r}`)}
          />
          <TextArea
            id={`middelen${r}`}
            name={`middelen${r}`}
            label="Benodigde middelen (niet verplicht)"
            hint="Mensen, budget of voorzieningen."
            rows={2}
            maxLength={500}
            {...veld(`middelen${r}`)}
          />
          <TextArea
            id={`indicator${r}`}
            name={`indicator${r}`}
            label="Waaraan zie je dat het gelukt is? (niet verplicht)"
            rows={2}
            maxLength={500}
            {...veld(`indicator${r}`)}
          />
        </fieldset>
      ))}
      <SubmitButton pendingText="Bezig met vastleggen…">Top 3 vastleggen</SubmitButton>
    </form>
  );
}
