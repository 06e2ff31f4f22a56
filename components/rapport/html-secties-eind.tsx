/** HTML sections 7–12 and the appendices, from the same model as the PDF. */
import { formatScore } from "@/lib/analysetool/format";
import type { TRapportModel } from "@/lib/rapport/types";
import {
  BIJLAGE_KOLOMMEN,
  bijlageRijen,
  REACTIE_STATUS,
  RONDE_KOLOMMEN,
  rondeRijen,
  VRAAG_KOLOMMEN,
  vraagAanduiding,
  vraagRijen,
} from "@/lib/rapport/weergave";
import { Alineas, HpKaart, Lijst, Tabel } from "./html-delen";

type P = { model: TRapportModel };

function Teksten({ teksten }: { teksten: { dimensie: string; tekst: string }[] }) {
  return (
    <>
      {teksten.map((t) => (
        <div key={t.dimensie}>
          <h3 className="mt-4">{t.dimensie}</h3>
          <Alineas tekst={t.tekst} />
        </div>
      ))}
    </>
  );
}

export function WorkshopHtml({ model }: P) {
  const w = model.workshop;
  return (
    <>
      <h3 className="mt-4">Besproken gespreksonderwerpen</h3>
      {w.onderwerpen.length ? (
        <Lijst items={w.onderwerpen.map((o) => `${vraagAanduiding(o)} (${o.dimensie}): ${o.stelling} — ${o.reden}`)} />
      ) : (
        <p className="mt-2">Er waren geen vragen waarover de beelden sterk uiteenliepen.</p>
      )}
      <h3 className="mt-6">Kennislacunes</h3>
      {w.kennislacunes.length ? (
        <Lijst items={w.kennislacunes.map((k) => `${vraagAanduiding(k)} (${k.dimensie}): ${k.stelling}`)} />
      ) : (
        <p className="mt-2">Geen.</p>
      )}
      {w.rondes?.length ? (
        <>
          <h3 className="mt-6">Rondes in de zaal</h3>
          <p className="mt-2">Wat de deelnemers in de workshop op hun telefoon antwoordden, per ronde; wie wat koos, staat nergens.</p>
          <Tabel caption="Antwoorden in de zaal per ronde" kolommen={RONDE_KOLOMMEN} rijen={rondeRijen(model)} />
        </>
      ) : null}
      <h3 className="mt-6">Observaties van de begeleiders</h3>
      {w.observaties.length ? (
        w.observaties.map((o) => (
          <div key={o.dimensie}>
            <h4 className="mt-4 font-semibold">{o.dimensie}</h4>
            <Alineas tekst={o.tekst} />
          </div>
        ))
      ) : (
        <p className="mt-2">Geen observaties vastgelegd.</p>
      )}
    </>
  );
}

export function SterkePuntenHtml({ model }: P) {
  const sp = model.sterkePunten;
  return (
    <>
      <Teksten teksten={sp.teksten} />
      {sp.vragen.length ? (
        <Tabel
          caption="Vragen met een hoge score (3,5 of meer) waarover de deelnemers het eens waren"
          kolommen={VRAAG_KOLOMMEN}
          rijen={vraagRijen(sp.vragen)}
        />
      ) : (
        <p className="mt-2">Geen vragen met een score van 3,5 of meer zonder markering.</p>
      )}
    </>
  );
}

export function VerbeterpuntenHtml({ model }: P) {
  const vp = model.verbeterpunten;
  return (
    <>
      <Teksten teksten={vp.teksten} />
      {vp.kloven.length ? (
        <>
          <h3 className="mt-6">Dimensies met een ambitiekloof van 1,5 of meer</h3>
          <Lijst items={vp.kloven.map((k) => `${k.dimensie}: van ${formatScore(k.score)} naar ${formatScore(k.ambitie)} (kloof ${formatScore(k.kloof)})`)} />
        </>
      ) : null}
      {vp.vragen.length ? (
        <Tabel caption="Vragen met een lage score (2,5 of minder)" kolommen={VRAAG_KOLOMMEN} rijen={vraagRijen(vp.vragen)} />
      ) : (
        <p className="mt-2">Geen vragen met een score van 2,5 of minder.</p>
      )}
    </>
  );
}

export function HandelingsperspectievenHtml({ model }: P) {
  const h = model.handelingsperspectieven;
  return (
    <>
      <p className="mt-2">
        {h.soort === "top3"
          ? "De deelnemers en begeleiders kozen samen deze drie handelingsperspectieven, op volgorde van prioriteit."
          : "De longlist tot nu toe, op aantal stemmen. Na het digitale overleg kiezen de deelnemers en begeleiders hieruit samen de top 3."}
      </p>
      {h.items.length ? h.items.map((hp) => <HpKaart key={hp.titel} hp={hp} />) : <p className="mt-2">Er zijn nog geen voorstellen.</p>}
      {h.kandidaten.length ? (
        <>
          <h3 className="mt-6">Kandidaat-verbeterpunten uit de workshop</h3>
          <Lijst items={h.kandidaten.map((k) => `${k.dimensie}: ${k.tekst}`)} />
        </>
      ) : null}
    </>
  );
}

export function ReactiesHtml({ model }: P) {
  if (!model.reacties) return null;
  return (
    <>
      <p className="mt-2">De reacties op het concept en wat ermee is gedaan. Namen van wie reageerde staan er niet bij.</p>
      {model.reacties.length ? (
        <Tabel
          caption="Reacties op het concept"
          kolommen={[
            { titel: "Sectie", breedte: "" },
            { titel: "Reactie", breedte: "" },
            { titel: "Besluit", breedte: "" },
            { titel: "Toelichting", breedte: "" },
          ]}
          rijen={model.reacties.map((r) => [r.sectie, r.tekst, REACTIE_STATUS[r.status], r.antwoord ?? "–"])}
        />
      ) : (
        <p className="mt-2">Er kwamen geen reacties op het concept.</p>
      )}
    </>
  );
}

export function VervolgHtml({ model }: P) {
  const v = model.vervolg;
  return (
    <>
      {v.conclusies ? (
        <>
          <h3 className="mt-4">Conclusies</h3>
          <Alineas tekst={v.conclusies} />
        </>
      ) : null}
      <h3 className="mt-6">Advies voor het vervolg</h3>
      <Lijst items={v.adviezen} />
      <h3 className="mt-6">Verwijzingen</h3>
      <Lijst
        items={v.verwijzingen.map((w) => (
          <>
            <a href={w.url}>{w.naam}</a> — {w.omschrijving}
          </>
        ))}
      />
    </>
  );
}

export function BijlageAntwoordenHtml({ model }: P) {
  return (
    <>
      <p className="mt-2">
        Per vraag: het aantal antwoorden per niveau (1–5), n = aantal numerieke antwoorden, S = vraagscore, R = bereik (hoogste − laagste antwoord), G =
        verschil tussen de rolgemiddelden.
      </p>
      <Tabel caption="Antwoorden per vraag" kolommen={BIJLAGE_KOLOMMEN} rijen={bijlageRijen(model)} />
    </>
  );
}

export function BijlageVragenlijstHtml({ model }: P) {
  return (
    <>
      <p className="mt-2">
        De vragen en niveaubeschrijvingen van model {model.model.id} versie {model.model.versie}, zoals de deelnemers ze zagen.
      </p>
      {model.bijlageVragenlijst.map((d) => (
        <details key={d.dimensie} className="mt-3 rounded border border-gray-300 p-3">
          <summary className="cursor-pointer font-semibold">{d.dimensie}</summary>
          {d.vragen.map((v) => (
            <div key={v.id} className="mt-3">
              <p className="font-semibold">
                {vraagAanduiding(v)} — {v.stelling}
              </p>
              <p className="text-base text-gray-700">Primaire rollen: {v.primair.join(", ")}</p>
              <ol className="mt-1 list-decimal pl-6 text-base">
                {v.niveaus.map((n, k) => (
                  <li key={k}>{n}</li>
                ))}
              </ol>
            </div>
          ))}
        </details>
      ))}
    </>
  );
}
