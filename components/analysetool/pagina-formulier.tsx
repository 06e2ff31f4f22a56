"use client";

import Link from "next/link";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { savePaginaAction } from "@/lib/actions/analysetool/save-pagina";
import { initialActionState } from "@/lib/actions/state";
import type { TOpenVraagVeldProps, TVraagVeldProps } from "@/lib/antwoorden/pagina-inhoud";
import { OpenVraagVeld } from "./open-vraag-veld";
import { VraagVeld } from "./vraag-veld";

type TProps = {
  scanId: string;
  pagina: string;
  vragen: TVraagVeldProps[];
  openVragen: TOpenVraagVeldProps[];
  /** Error-summary labels per field name ("Vraag 1.3"). */
  labels: Record<string, string>;
  vorigeHref: string | null;
  knopTekst: string;
};

/**
 * A page of the tool as one form. With JavaScript every answer is already saved on its own;
 * the button then only moves on. Without JavaScript the button posts the page's answers.
 */
export function PaginaFormulier({ scanId, pagina, vragen, openVragen, labels, vorigeHref, knopTekst }: TProps) {
  const [state, action] = useActionState(savePaginaAction, initialActionState);
  const fout = state.status === "error" ? state : undefined;
  // A refusal of the whole page arrives as `_form` with the same text as the message.
  const veldFouten = fout?.fieldErrors && fout.fieldErrors._form === fout.message ? { ...fout.fieldErrors, _form: "" } : fout?.fieldErrors;
  return (
    <form action={action} noValidate>
      <ErrorSummary message={fout?.message} fieldErrors={veldFouten} labels={labels} />
      <input type="hidden" name="scanId" value={scanId} />
      <input type="hidden" name="pagina" value={pagina} />
      {vragen.map((v) => (
        <VraagVeld key={v.vraagId} {...v} scanId={scanId} fouten={fout?.fieldErrors} herstel={fout?.values} />
      ))}
      {openVragen.map((v) => (
        <OpenVraagVeld key={v.vraagId} {...v} scanId={scanId} fouten={fout?.fieldErrors} herstel={fout?.values} />
      ))}
      <div className="mt-6 flex flex-wrap items-center gap-6">
        <SubmitButton pendingText="Wordt opgeslagen…">{knopTekst}</SubmitButton>
        {vorigeHref ? <Link href={vorigeHref}>Vorige</Link> : null}
      </div>
    </form>
  );
}
