/** PDF appendices: answers per question (B1) and the questionnaire as sent (B2). */
import { Text, View } from "@react-pdf/renderer";
import type { TRapportModel } from "@/lib/rapport/types";
import { BIJLAGE_KOLOMMEN, bijlageRijen, vraagAanduiding } from "@/lib/rapport/weergave";
import { Blad, SectieKop, Tabel, type TPaginas } from "./onderdelen";
import { s } from "./styles";

type P = { model: TRapportModel; paginas: TPaginas };

export function BijlageAntwoorden({ model, paginas }: P) {
  return (
    <View>
      <SectieKop model={model} id="bijlage_antwoorden" paginas={paginas} />
      <Text style={s.p}>
        Per vraag: het aantal antwoorden per niveau (1–5), n = aantal numerieke antwoorden, S = vraagscore, R = bereik (hoogste − laagste antwoord), G =
        verschil tussen de rolgemiddelden.
      </Text>
      <Tabel kolommen={BIJLAGE_KOLOMMEN} rijen={bijlageRijen(model)} />
    </View>
  );
}

/** One page flow per dimension: the questionnaire is the longest part of the report. */
export function BijlageVragenlijst({ model, paginas }: P) {
  return (
    <>
      {model.bijlageVragenlijst.map((d, i) => (
        <Blad key={d.dimensie} model={model}>
          {i === 0 ? (
            <>
              <SectieKop model={model} id="bijlage_vragenlijst" paginas={paginas} />
              <Text style={s.p}>
                De vragen en niveaubeschrijvingen van model {model.model.id} versie {model.model.versie}, zoals de deelnemers ze zagen.
              </Text>
            </>
          ) : null}
          <Text style={s.h2}>{d.dimensie}</Text>
          {d.vragen.map((v) => (
            <View key={v.id} style={{ marginBottom: 6 }} wrap={false}>
              <Text style={{ marginBottom: 1 }}>
                <Text style={{ fontWeight: 600 }}>
                  {vraagAanduiding(v)} — {v.stelling}
                </Text>
                <Text style={s.klein}> (primair: {v.primair.join(", ")})</Text>
              </Text>
              {v.niveaus.map((n, k) => (
                <Text key={k} style={{ fontSize: 9, paddingLeft: 10 }}>
                  {k + 1}. {n}
                </Text>
              ))}
            </View>
          ))}
        </Blad>
      ))}
    </>
  );
}
