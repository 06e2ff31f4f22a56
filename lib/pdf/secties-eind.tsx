/** PDF sections 8–12: strengths, improvements, handelingsperspectieven, reactions, follow-up. */
import { Link, Text, View } from "@react-pdf/renderer";
import { formatScore } from "@/lib/analysetool";
import type { TRapportModel } from "@/lib/rapport/types";
import { REACTIE_STATUS, VRAAG_KOLOMMEN, vraagRijen } from "@/lib/rapport/weergave";
import { Alineas, kol, Lijst, SectieKop, Tabel, type TPaginas } from "./onderdelen";
import { HpBlok } from "./secties-begin";
import { KLEUR, s } from "./styles";

type P = { model: TRapportModel; paginas: TPaginas };

function Teksten({ teksten }: { teksten: { dimensie: string; tekst: string }[] }) {
  return (
    <>
      {teksten.map((t) => (
        <View key={t.dimensie}>
          <Text style={s.h3}>{t.dimensie}</Text>
          <Alineas tekst={t.tekst} />
        </View>
      ))}
    </>
  );
}

export function SterkePunten({ model, paginas }: P) {
  const sp = model.sterkePunten;
  return (
    <View>
      <SectieKop model={model} id="sterke_punten" paginas={paginas} />
      <Teksten teksten={sp.teksten} />
      <Text style={s.h2}>Vragen met een hoge score (3,5 of meer) waarover de deelnemers het eens waren</Text>
      {sp.vragen.length ? <Tabel kolommen={VRAAG_KOLOMMEN} rijen={vraagRijen(sp.vragen)} /> : <Text style={s.p}>Geen.</Text>}
    </View>
  );
}

export function Verbeterpunten({ model, paginas }: P) {
  const vp = model.verbeterpunten;
  return (
    <View>
      <SectieKop model={model} id="verbeterpunten" paginas={paginas} />
      <Teksten teksten={vp.teksten} />
      {vp.kloven.length ? (
        <>
          <Text style={s.h2}>Dimensies met een ambitiekloof van 1,5 of meer</Text>
          <Lijst items={vp.kloven.map((k) => `${k.dimensie}: van ${formatScore(k.score)} naar ${formatScore(k.ambitie)} (kloof ${formatScore(k.kloof)})`)} />
        </>
      ) : null}
      <Text style={s.h2}>Vragen met een lage score (2,5 of minder)</Text>
      {vp.vragen.length ? <Tabel kolommen={VRAAG_KOLOMMEN} rijen={vraagRijen(vp.vragen)} /> : <Text style={s.p}>Geen.</Text>}
    </View>
  );
}

export function Handelingsperspectieven({ model, paginas }: P) {
  const h = model.handelingsperspectieven;
  return (
    <View>
      <SectieKop model={model} id="handelingsperspectieven" paginas={paginas} />
      {h.soort === "top3" ? (
        <Text style={s.p}>De deelnemers en begeleiders kozen samen deze drie handelingsperspectieven, op volgorde van prioriteit.</Text>
      ) : (
        <Text style={s.p}>De longlist tot nu toe, op aantal stemmen. Na het digitale overleg kiezen de deelnemers en begeleiders hieruit samen de top 3.</Text>
      )}
      {h.items.length ? h.items.map((hp) => <HpBlok key={hp.titel} hp={hp} />) : <Text style={s.p}>Er zijn nog geen voorstellen.</Text>}
      {h.kandidaten.length ? (
        <>
          <Text style={s.h2}>Kandidaat-verbeterpunten uit de workshop</Text>
          <Lijst items={h.kandidaten.map((k) => `${k.dimensie}: ${k.tekst}`)} />
        </>
      ) : null}
    </View>
  );
}

export function Reacties({ model, paginas }: P) {
  if (!model.reacties) return null;
  return (
    <View>
      <SectieKop model={model} id="reacties" paginas={paginas} />
      <Text style={s.p}>De reacties op het concept en wat ermee is gedaan. Namen van wie reageerde staan er niet bij.</Text>
      {model.reacties.length ? (
        <Tabel
          kolommen={[kol("Sectie", "18%"), kol("Reactie", "36%"), kol("Besluit", "14%"), kol("Toelichting", "32%")]}
          rijen={model.reacties.map((r) => [r.sectie, r.tekst, REACTIE_STATUS[r.status], r.antwoord ?? "–"])}
        />
      ) : (
        <Text style={s.p}>Er kwamen geen reacties op het concept.</Text>
      )}
    </View>
  );
}

export function Vervolg({ model, paginas }: P) {
  const v = model.vervolg;
  return (
    <View>
      <SectieKop model={model} id="vervolg" paginas={paginas} />
      {v.conclusies ? (
        <>
          <Text style={s.h2}>Conclusies</Text>
          <Alineas tekst={v.conclusies} />
        </>
      ) : null}
      <Text style={s.h2}>Advies voor het vervolg</Text>
      <Lijst items={v.adviezen} />
      <Text style={s.h2}>Verwijzingen</Text>
      <Lijst
        items={v.verwijzingen.map((w) => (
          <Text key={w.url}>
            <Text style={{ fontWeight: 600 }}>{w.naam}</Text> — {w.omschrijving}{" "}
            <Link src={w.url} style={{ color: KLEUR.rijk }}>
              {w.url}
            </Link>
          </Text>
        ))}
      />
    </View>
  );
}
