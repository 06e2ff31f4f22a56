/** PDF section: the herhaalmeting next to the scan before it; the radar with both profiles is in "Profiel". */
import { Text, View } from "@react-pdf/renderer";
import type { TRapportModel } from "@/lib/rapport/types";
import { VERGELIJK_KOLOMMEN, VORIGE_TOP3_KOLOMMEN, vergelijkingUitleg, vergelijkRijen, vorigeTop3Rijen } from "@/lib/rapport/weergave";
import { Lijst, SectieKop, Tabel, type TPaginas } from "./onderdelen";
import { s } from "./styles";

export function Vergelijking({ model, paginas }: { model: TRapportModel; paginas: TPaginas }) {
  const v = model.vergelijking;
  if (!v) return null;
  return (
    <View>
      <SectieKop model={model} id="vergelijking" paginas={paginas} />
      {vergelijkingUitleg(v).map((a) => (
        <Text key={a} style={s.p}>
          {a}
        </Text>
      ))}
      <Text style={s.p}>In de figuur bij het profiel staat de vorige scan als groene lijn met korte streepjes en ronde punten.</Text>
      <Tabel kolommen={VERGELIJK_KOLOMMEN} rijen={vergelijkRijen(v)} />
      {v.weggelaten.length ? (
        <>
          <Text style={s.h2}>Niet vergeleken</Text>
          <Lijst items={v.weggelaten.map((w) => `${w.dimensie}: ${w.reden}`)} />
        </>
      ) : null}
      <Text style={s.h2}>Wat werd er van de vorige top 3?</Text>
      {v.vorigeTop3.length ? (
        <Tabel kolommen={VORIGE_TOP3_KOLOMMEN} rijen={vorigeTop3Rijen(v)} />
      ) : (
        <Text style={s.p}>De vorige scan had geen vastgestelde top 3.</Text>
      )}
    </View>
  );
}
