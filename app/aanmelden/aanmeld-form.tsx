"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextArea, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { registerAanmeldingAction } from "@/lib/actions/aanmelding/register-aanmelding";
import { fieldProps, initialActionState } from "@/lib/actions/state";

const LABELS = {
  gemeente: "Gemeente",
  contactNaam: "Naam",
  contactFunctie: "Functie",
  contactEmail: "E-mailadres",
  contactTelefoon: "Telefoonnummer",
  voorkeurPeriode: "Voorkeursperiode voor de workshop",
  opmerkingen: "Opmerkingen",
};

/** The gemeente field is a plain text input with a datalist: it suggests as you type and needs no JavaScript. */
export function AanmeldForm({ gemeenten }: { gemeenten: string[] }) {
  const [state, formAction] = useActionState(registerAanmeldingAction, initialActionState);
  const veld = fieldProps(state);
  return (
    <form action={formAction} noValidate>
      <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} labels={LABELS} />
      <TextField
        id="gemeente"
        label={LABELS.gemeente}
        hint="Typ de eerste letters van de naam of de CBS-code (zoals GM0307) en kies de gemeente uit de lijst."
        list="gemeenten-lijst"
        autoComplete="off"
        {...veld("gemeente")}
      />
      <datalist id="gemeenten-lijst">
        {gemeenten.map((g) => (
          <option key={g} value={g} />
        ))}
      </datalist>

      <fieldset className="mb-6">
        <legend className="mb-2 text-xl font-bold text-rijk-900">Contactpersoon</legend>
        <p className="mb-4 text-base text-gray-700">Wie kunnen we bellen of mailen over de aanmelding? Meestal ben jij dat zelf.</p>
        <TextField id="contactNaam" label={LABELS.contactNaam} autoComplete="name" {...veld("contactNaam")} />
        <TextField
          id="contactFunctie"
          label={LABELS.contactFunctie}
          hint="Bijvoorbeeld: programmamanager ondermijning."
          autoComplete="organization-title"
          {...veld("contactFunctie")}
        />
        <TextField
          id="contactEmail"
          label={LABELS.contactEmail}
          type="email"
          autoComplete="email"
          spellCheck={false}
          hint="Hierheen sturen we de bevestiging en, als de aanmelding wordt goedgekeurd, de uitnodiging."
          {...veld("contactEmail")}
        />
        <TextField id="contactTelefoon" label={LABELS.contactTelefoon} type="tel" autoComplete="tel" optional {...veld("contactTelefoon")} />
      </fieldset>

      <TextField
        id="voorkeurPeriode"
        label={LABELS.voorkeurPeriode}
        hint="Bijvoorbeeld: maart of april 2027. De workshop duurt een dagdeel; reken op minstens vier weken voorbereiding."
        optional
        {...veld("voorkeurPeriode")}
      />
      <TextArea id="opmerkingen" label={LABELS.opmerkingen} optional {...veld("opmerkingen")} />

      {/* Honeypot for bots: hidden from people and assistive technology; a filled one is ignored. */}
      <div aria-hidden="true" className="absolute -left-[10000px] top-auto h-px w-px overflow-hidden">
        <label htmlFor="website">Laat dit veld leeg</label>
        <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>

      <SubmitButton pendingText="Aanmelding wordt verstuurd…">Aanmelding versturen</SubmitButton>
    </form>
  );
}
