"use client";

import { useCallback, useState } from "react";
import { TextArea } from "@/components/ui/field";
import type { TOpenVraagVeldProps } from "@/lib/antwoorden/pagina-inhoud";
import { paginaVeld } from "@/lib/antwoorden/velden";
import { lokaleWaarde, type TLokaleWaarde, useTool, zetLokaleWaarde } from "./tool-context";
import { statusTekst, useAutosave } from "./use-autosave";

type TProps = TOpenVraagVeldProps & { scanId: string; fouten?: Record<string, string>; herstel?: Record<string, string> };

/** An open question: one text field, saved while typing (debounced) and when it loses focus. */
export function OpenVraagVeld(p: TProps) {
  const { zetBeantwoord } = useTool();
  const naam = paginaVeld("tekst", p.vraagId);
  const [tekst, setTekst] = useState<string>(() => p.herstel?.[naam] ?? lokaleWaarde(p.scanId, p.vraagId)?.tekst ?? p.initieel);
  const opVervangen = useCallback(
    (w: TLokaleWaarde) => {
      setTekst(w.tekst);
      zetLokaleWaarde(p.scanId, p.vraagId, w);
      zetBeantwoord(p.vraagId, w.tekst.trim() !== "");
    },
    [p.scanId, p.vraagId, zetBeantwoord],
  );
  const autosave = useAutosave(p.scanId, p.vraagId, opVervangen);
  return (
    <div className="mb-8">
      <TextArea
        id={naam}
        name={naam}
        label={`${p.nummer}. ${p.vraag}`}
        optional
        hint={`Maximaal ${p.max} tekens.`}
        maxLength={p.max}
        rows={5}
        value={tekst}
        error={p.fouten?.[naam]}
        onChange={(e) => {
          const v = e.target.value;
          setTekst(v);
          zetLokaleWaarde(p.scanId, p.vraagId, { keuze: "", toelichting: "", tekst: v });
          zetBeantwoord(p.vraagId, v.trim() !== "");
          autosave.bewaar({ tekst: v }, 800);
        }}
        onBlur={autosave.nu}
      />
      <input type="hidden" name={paginaVeld("was", p.vraagId)} value={p.was} />
      <p
        role="status"
        className={`-mt-4 min-h-7 text-base ${autosave.status === "opnieuw" || autosave.status === "geweigerd" ? "font-semibold text-fout" : "text-succes"}`}
      >
        {statusTekst(autosave.status, autosave.melding)}
      </p>
    </div>
  );
}
