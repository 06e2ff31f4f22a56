/** PDF sections 5–7: per dimension, roles, workshop. */
import { Text, View } from "@react-pdf/renderer";
import type { TRapportModel } from "@/lib/rapport/types";
import { dimensieFeiten, RONDE_KOLOMMEN, rolKolommen, rolRijen, rondeRijen, VRAAG_KOLOMMEN, vraagAanduiding, vraagRijen } from "@/lib/rapport/weergave";
import { Alineas, Blad, enkeleRegel, Feiten, Lijst, SectieKop, Tabel, type TPaginas } from "./onderdelen";
import { PdfRadar } from "./radar";
import { s } from "./styles";

type P = { model: TRapportModel; paginas: TPaginas };

function DimensieBlok({ d, nummer }: { d: TRapportModel["dimensies"][number]; nummer: string }) {
  return (
    <View>
      <Text style={s.h2} minPresenceAhead={80}>
        {nummer} {d.naam}
      </Text>
      <Feiten rijen={dimensieFeiten(d)} />
      <Tabel kolommen={VRAAG_KOLOMMEN} rijen={vraagRijen(d.vragen)} />
      <Text style={s.h3}>Sterke punten</Text>
      <Alineas tekst={d.sterk} leeg="Geen aparte sterke punten beschreven." />
      <Text style={s.h3}>Verbeterpunten</Text>
      <Alineas tekst={d.verbeter} leeg="Geen aparte verbeterpunten beschreven." />
      {d.citaten.length ? (
        <>
          <Text style={s.h3}>Uit de toelichtingen</Text>
          {d.citaten.map((c, k) => (
            <Text key={k} style={s.citaat} wrap={false}>
              ‘{enkeleRegel(c.tekst)}’ <Text style={s.klein}>— {c.rol}</Text>
            </Text>
          ))}
        </>
      ) : null}
    </View>
  );
}

/** One page flow per dimension, the first under the section heading. */
export function Dimensies({ model, paginas }: P) {
  const nummer = model.secties.find((x) => x.id === "dimensies")!.nummer;
  return (
    <>
      {model.dimensies.map((d, i) => (
        <Blad key={d.id} model={model}>
          {i === 0 ? <SectieKop model={model} id="dimensies" paginas={paginas} /> : null}
          <DimensieBlok d={d} nummer={`${nummer}.${i + 1}`} />
        </Blad>
      ))}
    </>
  );
}

export function Rollen({ model, paginas }: P) {
  return (
    <View>
      <SectieKop model={model} id="rollen" paginas={paginas} />
      <Text style={s.p}>
        Eén lijn per rol. In de tabel betekent een *: wijkt 1,0 of meer af van de score van alle rollen samen. (1) = één deelnemer in die rol; diens oordeel is
        via het rolgemiddelde herkenbaar.
      </Text>
      <PdfRadar geometry={model.rollen.radar} breedte={300} />
      <Tabel kolommen={rolKolommen(model)} rijen={rolRijen(model)} />
      <Text style={s.h2}>Opvallende verschillen</Text>
      {model.rollen.opvallend.length ? <Lijst items={model.rollen.opvallend} /> : <Text style={s.p}>Geen rol wijkt 1,0 of meer af.</Text>}
    </View>
  );
}

export function Workshop({ model, paginas }: P) {
  const w = model.workshop;
  return (
    <View>
      <SectieKop model={model} id="workshop" paginas={paginas} />
      <Text style={s.h2}>Besproken gespreksonderwerpen</Text>
      {w.onderwerpen.length ? (
        <Lijst items={w.onderwerpen.map((o) => `${vraagAanduiding(o)} (${o.dimensie}): ${o.stelling} — ${o.reden}`)} />
      ) : (
        <Text style={s.p}>Er waren geen vragen waarover de beelden sterk uiteenliepen.</Text>
      )}
      <Text style={s.h2}>Kennislacunes</Text>
      {w.kennislacunes.length ? (
        <Lijst items={w.kennislacunes.map((k) => `${vraagAanduiding(k)} (${k.dimensie}): ${k.stelling}`)} />
      ) : (
        <Text style={s.p}>Geen.</Text>
      )}
      {w.rondes?.length ? (
        <>
          <Text style={s.h2}>Rondes in de zaal</Text>
          <Text style={s.p}>Wat de deelnemers in de workshop op hun telefoon antwoordden, per ronde; wie wat koos, staat nergens.</Text>
          <Tabel kolommen={RONDE_KOLOMMEN} rijen={rondeRijen(model)} />
        </>
      ) : null}
      <Text style={s.h2}>Observaties van de begeleiders</Text>
      {w.observaties.length ? (
        w.observaties.map((o) => (
          <View key={o.dimensie}>
            <Text style={s.h3}>{o.dimensie}</Text>
            <Alineas tekst={o.tekst} />
          </View>
        ))
      ) : (
        <Text style={s.p}>Geen observaties vastgelegd.</Text>
      )}
    </View>
  );
}
