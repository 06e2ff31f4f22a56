"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextArea } from "@/components/ui/field";
import { RadioGroup } from "@/components/ui/radio-group";
import { SubmitButton } from "@/components/ui/submit-button";
import type { TOpvolgStatus } from "@/db/schema";
import { updateVoortgangAction } from "@/lib/actions/opvolging/update-voortgang";
import { fieldProps, initialActionState } from "@/lib/actions/state";
import { NOTITIE_MAX, OPVOLG_STATUS_LABELS, OPVOLG_STATUS_UITLEG } from "@/lib/scan/opvolging";

const OPTIES = (Object.keys(OPVOLG_STATUS_LABELS) as TOpvolgStatus[]).map((s) => ({ value: s, label: OPVOLG_STATUS_LABELS[s], hint: OPVOLG_STATUS_UITLEG[s] }));

/** A dated update of one top-3 item: how it stands and, optionally, what happened. Works without JavaScript. */
export function VoortgangForm({ scanId, hpId, rang, status }: { scanId: string; hpId: string; rang: number; status: TOpvolgStatus }) {
  const [state, action] = useActionState(updateVoortgangAction, initialActionState);
  const veld = fieldProps(state, { status });
  const prefix = `punt-${rang}-`;
  return (
    <form action={action} noValidate className="mt-4 rounded border border-gray-300 p-4">
      <h3 className="text-xl">Voortgang bijwerken</h3>
      <ErrorSummary
        message={state.message}
        fieldErrors={state.fieldErrors}
        labels={{ status: "Hoe staat het ervoor?", notitie: "Notitie" }}
        idPrefix={prefix}
      />
      <input type="hidden" name="scanId" value={scanId} />
      <input type="hidden" name="hpId" value={hpId} />
      <RadioGroup id={`${prefix}status`} name="status" legend="Hoe staat het ervoor?" options={OPTIES} {...veld("status")} />
      <TextArea
        id={`${prefix}notitie`}
        name="notitie"
        label="Notitie"
        optional
        hint="Wat is er gedaan of veranderd sinds de vorige keer? Deelnemers en begeleiders lezen mee."
        maxLength={NOTITIE_MAX}
        {...veld("notitie")}
      />
      <SubmitButton pendingText="Wordt opgeslagen…">Voortgang opslaan</SubmitButton>
    </form>
  );
}
