import type { TRapportModel } from "@/lib/rapport/types";
import { VERGELIJK_KOLOMMEN, VORIGE_TOP3_KOLOMMEN, vergelijkingUitleg, vergelijkRijen, vorigeTop3Rijen } from "@/lib/rapport/weergave";
import { Lijst, Tabel } from "./html-delen";

/** The herhaalmeting's comparison in the HTML twin; the radar with both profiles is in "Profiel". */
export function VergelijkingHtml({ model }: { model: TRapportModel }) {
  const v = model.vergelijking;
  if (!v) return null;
  return (
    <>
      {vergelijkingUitleg(v).map((a) => (
        <p key={a} className="mt-2">
          {a}
        </p>
      ))}
      <p className="mt-2">In de figuur bij het profiel staat de vorige scan als groene lijn met korte streepjes en ronde punten.</p>
      <Tabel caption="Score en vastgesteld niveau per dimensie, vorige scan en nu" kolommen={VERGELIJK_KOLOMMEN} rijen={vergelijkRijen(v)} />
      {v.weggelaten.length ? (
        <>
          <h3 className="mt-6">Niet vergeleken</h3>
          <Lijst items={v.weggelaten.map((w) => `${w.dimensie}: ${w.reden}`)} />
        </>
      ) : null}
      <h3 className="mt-6">Wat werd er van de vorige top 3?</h3>
      {v.vorigeTop3.length ? (
        <Tabel
          caption="De top 3 van de vorige scan: laatste status en de verandering in de dimensie"
          kolommen={VORIGE_TOP3_KOLOMMEN}
          rijen={vorigeTop3Rijen(v)}
        />
      ) : (
        <p className="mt-2">De vorige scan had geen vastgestelde top 3.</p>
      )}
    </>
  );
}
