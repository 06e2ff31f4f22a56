"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";
import { RadioGroup } from "@/components/ui/radio-group";
import { SubmitButton } from "@/components/ui/submit-button";
import { setWorkshopDatumAction } from "@/lib/actions/planning/set-workshop-datum";
import { fieldProps, initialActionState } from "@/lib/actions/state";
import { formatDatumTijd, fromAmsterdamLocal } from "@/lib/dates";
import { beoordeelWorkshopDatum } from "@/lib/scan/workshop-datum";

type TOptie = { id: string; label: string; startsAt: string };
const LABELS = { keuze: "Moment", andereDatum: "Andere datum", duurMinuten: "Duur", locatie: "Locatie", bevestigKort: "Bevestiging" };

/**
 * Picks the workshop moment. When the action answers that the date leaves less than three
 * weeks, the shortened schedule and a confirmation checkbox appear; without JavaScript the
 * server renders the same.
 */
export function DatumForm({
  scanId,
  opties,
  standaard,
}: {
  scanId: string;
  opties: TOptie[];
  standaard: { keuze: string; andereDatum: string; duurMinuten: string; locatie: string };
}) {
  const [state, formAction] = useActionState(setWorkshopDatumAction, initialActionState);
  const v: Record<string, string | undefined> = { ...standaard, ...(state.values ?? {}) };
  const e = state.fieldErrors ?? {};
  const veld = fieldProps(state);
  const gekozen =
    v.keuze === "anders"
      ? fromAmsterdamLocal(v.andereDatum ?? "")
      : (() => {
          const o = opties.find((x) => x.id === v.keuze);
          return o ? new Date(o.startsAt) : null;
        })();
  const oordeel = gekozen && (e.bevestigKort || v.bevestigKort === "ja") ? beoordeelWorkshopDatum(gekozen, new Date()) : null;

  return (
    <form action={formAction} noValidate>
      <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} labels={LABELS} />
      <input type="hidden" name="scanId" value={scanId} />
      <RadioGroup
        id="keuze"
        legend="Wanneer is de workshop?"
        error={e.keuze}
        defaultValue={v.keuze}
        options={[...opties.map((o) => ({ value: o.id, label: o.label })), { value: "anders", label: "Een andere datum (vul hieronder in)" }]}
      />
      <TextField
        id="andereDatum"
        label="Andere datum en tijd"
        type="datetime-local"
        hint="Alleen nodig als je hierboven “Een andere datum” kiest."
        required={false}
        {...veld("andereDatum")}
      />
      <TextField
        id="duurMinuten"
        label="Duur in minuten"
        type="number"
        inputMode="numeric"
        min={30}
        max={600}
        step={15}
        hint="Een workshop duurt meestal een dagdeel: 180 minuten."
        defaultValue={v.duurMinuten ?? "180"}
        error={e.duurMinuten}
        className="max-w-40"
      />
      <TextField id="locatie" label="Locatie of link" hint="Het adres en de zaal, of de link naar het online overleg." {...veld("locatie")} />
      {oordeel && oordeel.status === "kort" && gekozen ? (
        <div id="bevestigKort-blok" role="group" aria-labelledby="kort-titel" className="mb-6 border-l-4 border-yellow-600 bg-yellow-50 p-4">
          <h3 id="kort-titel">Minder dan drie weken voor de analysetool</h3>
          <p className="mt-2">
            Normaal krijgen de deelnemers de analysetool drie weken voor de workshop. Met {formatDatumTijd(gekozen)} wordt het schema korter:
          </p>
          <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
            <dt className="font-semibold">Analysetool open</dt>
            <dd>Meteen als de analysetool wordt gestart (in plaats van {formatDatumTijd(oordeel.schedule.uitnodiging)})</dd>
            <dt className="font-semibold">Herinnering</dt>
            <dd>{oordeel.schedule.herinnering.getTime() > Date.now() ? formatDatumTijd(oordeel.schedule.herinnering) : "Vervalt: dat moment is al voorbij"}</dd>
            <dt className="font-semibold">Deadline</dt>
            <dd>{formatDatumTijd(oordeel.schedule.deadline)}</dd>
            <dt className="font-semibold">Tijd om in te vullen</dt>
            <dd>Ongeveer {oordeel.invulDagen} dagen</dd>
          </dl>
          {e.bevestigKort ? (
            <p id="bevestigKort-fout" className="mt-3 font-semibold text-fout">
              <span aria-hidden="true">⚠ </span>
              <span className="sr-only">Fout: </span>
              {e.bevestigKort}
            </p>
          ) : null}
          <div className="mt-3 flex items-start gap-3">
            <input
              type="checkbox"
              id="bevestigKort"
              name="bevestigKort"
              value="ja"
              defaultChecked={v.bevestigKort === "ja"}
              aria-describedby={e.bevestigKort ? "bevestigKort-fout" : undefined}
              className="mt-1 h-6 w-6 shrink-0"
            />
            <label htmlFor="bevestigKort">Ik kies deze datum toch, met het kortere schema hierboven.</label>
          </div>
        </div>
      ) : null}
      <SubmitButton>Workshopdatum vastleggen</SubmitButton>
    </form>
  );
}
