/** PDF sections 1–4: samenvatting, werkwijze, deelnemers, profiel. */
import { Text, View } from "@react-pdf/renderer";
import { formatScore } from "@/lib/analysetool";
import type { TRapportHp, TRapportModel } from "@/lib/rapport/types";
import { datumTekst, hpFeiten, PROFIEL_KOLOMMEN, profielRijen, profielUitleg } from "@/lib/rapport/weergave";
import { Alineas, Feiten, kol, Lijst, SectieKop, Tabel, type TPaginas } from "./onderdelen";
import { PdfRadar } from "./radar";
import { s } from "./styles";

type P = { model: TRapportModel; paginas: TPaginas };

export function HpBlok({ hp }: { hp: TRapportHp }) {
  return (
    <View style={s.kader} wrap={false}>
      <Text style={s.h3}>
        {hp.rang ? `${hp.rang}. ` : ""}
        {hp.titel}
      </Text>
      <Alineas tekst={hp.omschrijving} />
      <Feiten rijen={hpFeiten(hp)} />
    </View>
  );
}

export function Samenvatting({ model, paginas }: P) {
  return (
    <View>
      <SectieKop model={model} id="samenvatting" paginas={paginas} />
      <Alineas tekst={model.samenvatting.tekst} leeg="De begeleiders hebben nog geen samenvatting geschreven." />
      <Text style={s.h2}>Kernbevindingen</Text>
      <Lijst items={model.samenvatting.kernbevindingen} />
      <Text style={s.h2}>{model.soort === "definitief" ? "Top 3 handelingsperspectieven" : "Handelingsperspectieven"}</Text>
      {model.samenvatting.top3.length ? (
        model.samenvatting.top3.map((h) => <HpBlok key={h.titel} hp={h} />)
      ) : (
        <Text style={s.p}>De top 3 wordt na het digitale overleg over dit concept gekozen.</Text>
      )}
    </View>
  );
}

export function Werkwijze({ model, paginas }: P) {
  const w = model.werkwijze;
  return (
    <View>
      <SectieKop model={model} id="werkwijze" paginas={paginas} />
      {w.alineas.map((a, i) => (
        <Text key={i} style={s.p}>
          {a}
        </Text>
      ))}
      <Text style={s.h2}>Verloop</Text>
      <Feiten rijen={w.stappen.map((st) => [st.titel, datumTekst(st.datum)])} />
      <Text style={s.h2}>Niveaus</Text>
      <Tabel kolommen={[kol("Niveau", "10%"), kol("Naam", "22%"), kol("Kern", "68%")]} rijen={w.niveaus.map((n) => [String(n.niveau), n.naam, n.kern])} />
      <Text style={s.h2}>Thema&apos;s en dimensies</Text>
      <Lijst items={w.themas.map((t) => `${t.naam}: ${t.dimensies.join("; ")}`)} />
    </View>
  );
}

export function Deelnemers({ model, paginas }: P) {
  const d = model.deelnemers;
  return (
    <View>
      <SectieKop model={model} id="deelnemers" paginas={paginas} />
      <Text style={s.p}>
        {d.ingediend} van de {d.uitgenodigd} uitgenodigde deelnemers hebben de analysetool ingeleverd. Namen staan niet in dit rapport.
      </Text>
      <Tabel
        kolommen={[kol("Rol", "20%"), kol("Uitgenodigd", "14%", "rechts"), kol("Ingeleverd", "14%", "rechts"), kol("Functies", "52%")]}
        rijen={d.rollen.map((r) => [r.label, String(r.uitgenodigd), String(r.ingediend), r.functies.join(", ") || "–"])}
      />
    </View>
  );
}

export function Profiel({ model, paginas }: P) {
  const p = model.profiel;
  return (
    <View>
      <SectieKop model={model} id="profiel" paginas={paginas} />
      <Text style={s.p}>{profielUitleg(model)}</Text>
      <PdfRadar geometry={p.radar} breedte={330} />
      <Tabel kolommen={PROFIEL_KOLOMMEN} rijen={profielRijen(model)} />
      <Text style={s.h2}>Per thema</Text>
      <Feiten rijen={p.themas.map((t) => [t.naam, formatScore(t.score)])} />
      {p.waarschuwingen.length ? (
        <>
          <Text style={s.h2}>Geldigheid</Text>
          <Lijst items={p.waarschuwingen} />
        </>
      ) : null}
    </View>
  );
}
