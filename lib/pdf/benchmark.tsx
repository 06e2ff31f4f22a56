/** PDF section: the gemeente against the country and its RIEC region, as it stood when the report was made. */
import { Text, View } from "@react-pdf/renderer";
import type { TRapportModel } from "@/lib/rapport/types";
import { BENCHMARK_KOLOMMEN, benchmarkRijen, benchmarkUitleg } from "@/lib/rapport/weergave";
import { SectieKop, Tabel, type TPaginas } from "./onderdelen";
import { PdfRadar } from "./radar";
import { s } from "./styles";

export function Benchmark({ model, paginas }: { model: TRapportModel; paginas: TPaginas }) {
  const b = model.benchmark;
  if (!b) return null;
  return (
    <View>
      <SectieKop model={model} id="benchmark" paginas={paginas} />
      <Text style={s.p}>{benchmarkUitleg(b)}</Text>
      {b.datum
        ? b.groepen.map((g) => (
            <View key={g.naam}>
              <Text style={s.h2} minPresenceAhead={120}>
                {g.naam}
              </Text>
              {g.getoond ? (
                <>
                  <Text style={s.p}>{g.gemeenten} gemeenten.</Text>
                  <PdfRadar geometry={g.radar} breedte={280} />
                  <Tabel kolommen={BENCHMARK_KOLOMMEN} rijen={benchmarkRijen(g)} />
                </>
              ) : (
                <Text style={s.p}>Te weinig gemeenten om te tonen.</Text>
              )}
            </View>
          ))
        : null}
    </View>
  );
}
