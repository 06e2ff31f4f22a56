"use client";

import { useCallback, useState } from "react";
import { TextArea } from "@/components/ui/field";
import type { TOptie, TVraagVeldProps } from "@/lib/antwoorden/pagina-inhoud";
import { paginaVeld } from "@/lib/antwoorden/velden";
import { lokaleWaarde, type TLokaleWaarde, useTool, zetLokaleWaarde } from "./tool-context";
import { statusTekst, useAutosave } from "./use-autosave";

type TProps = TVraagVeldProps & { scanId: string; fouten?: Record<string, string>; herstel?: Record<string, string> };

/**
 * One question: a single radio group (fieldset + legend) with every level's descriptor in
 * view, "weet ik niet" and "niet van toepassing" as choices of their own, and an optional
 * toelichting. Works as a plain form field without JavaScript; with it, each change saves.
 */
export function VraagVeld(p: TProps) {
  const { zetBeantwoord } = useTool();
  const keuzeNaam = paginaVeld("keuze", p.vraagId);
  const toelichtingNaam = paginaVeld("toelichting", p.vraagId);
  const [waarde, setWaarde] = useState<TLokaleWaarde>(() => {
    if (p.herstel) return { keuze: p.herstel[keuzeNaam] ?? "", toelichting: p.herstel[toelichtingNaam] ?? "", tekst: "" };
    return lokaleWaarde(p.scanId, p.vraagId) ?? { ...p.initieel, tekst: "" };
  });
  const opVervangen = useCallback(
    (w: TLokaleWaarde) => {
      setWaarde(w);
      zetLokaleWaarde(p.scanId, p.vraagId, w);
      zetBeantwoord(p.vraagId, w.keuze !== "");
    },
    [p.scanId, p.vraagId, zetBeantwoord],
  );
  const autosave = useAutosave(p.scanId, p.vraagId, opVervangen);

  function wijzig(nieuw: TLokaleWaarde, vertraging: number) {
    setWaarde(nieuw);
    zetLokaleWaarde(p.scanId, p.vraagId, nieuw);
    zetBeantwoord(p.vraagId, nieuw.keuze !== "");
    autosave.bewaar({ keuze: nieuw.keuze, toelichting: nieuw.toelichting }, vertraging);
  }

  const keuzeFout = p.fouten?.[keuzeNaam];
  const optie = (o: TOptie) => {
    const id = `${keuzeNaam}-${o.waarde}`;
    return (
      <div key={o.waarde} className="flex items-start gap-3 py-1.5">
        <input
          type="radio"
          id={id}
          name={keuzeNaam}
          value={o.waarde}
          checked={waarde.keuze === o.waarde}
          onChange={() => wijzig({ ...waarde, keuze: o.waarde }, 0)}
          className="mt-1.5 h-5 w-5 shrink-0 accent-rijk-700"
        />
        <label htmlFor={id}>
          <span className="font-semibold">{o.naam}</span>
          {o.beschrijving ? <span className="block">{o.beschrijving}</span> : null}
        </label>
      </div>
    );
  };

  return (
    <fieldset
      id={keuzeNaam}
      className={`mb-10 scroll-mt-4 border-t-2 border-gray-300 pt-4 ${keuzeFout ? "border-l-4 border-l-fout pl-4" : ""}`}
      aria-describedby={keuzeFout ? `${keuzeNaam}-fout` : undefined}
    >
      <legend className="float-left w-full text-lg font-semibold text-rijk-900">
        <span className="mr-1">{p.nummer}</span> {p.stelling}
        {p.primairVoorMij ? (
          <span className="ml-2 inline-block rounded bg-yellow-100 px-2 text-base font-semibold text-gray-900">Belangrijk voor jouw rol</span>
        ) : null}
      </legend>
      <div className="clear-both pt-2">
        {keuzeFout ? (
          <p id={`${keuzeNaam}-fout`} className="font-semibold text-fout">
            <span aria-hidden="true">⚠ </span>
            <span className="sr-only">Fout: </span>
            {keuzeFout}
          </p>
        ) : null}
        {p.niveaus.map(optie)}
        <div className="mt-2 border-t border-dashed border-gray-400 pt-1">
          {optie({ waarde: "weet_niet", naam: "Weet ik niet" })}
          {p.metNvt ? optie({ waarde: "nvt", naam: "Niet van toepassing" }) : null}
        </div>
        <div className="mt-3">
          <TextArea
            id={toelichtingNaam}
            name={toelichtingNaam}
            label="Toelichting"
            optional
            hint={`Kies je niveau 4 of 5, geef dan een voorbeeld: waaruit blijkt dat? Maximaal ${p.toelichtingMax} tekens.`}
            maxLength={p.toelichtingMax}
            rows={2}
            value={waarde.toelichting}
            error={p.fouten?.[toelichtingNaam]}
            onChange={(e) => wijzig({ ...waarde, toelichting: e.target.value }, 800)}
            onBlur={autosave.nu}
          />
        </div>
        <input type="hidden" name={paginaVeld("was", p.vraagId)} value={p.was} />
        <p
          role="status"
          className={`min-h-7 text-base ${autosave.status === "opnieuw" || autosave.status === "geweigerd" ? "font-semibold text-fout" : "text-succes"}`}
        >
          {statusTekst(autosave.status, autosave.melding)}
        </p>
      </div>
    </fieldset>
  );
}
