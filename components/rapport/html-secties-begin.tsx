/** HTML sections 1–6 of the report, from the same model as the PDF. */
import { RadarChart } from "@/components/charts/radar-chart";
import { formatScore } from "@/lib/analysetool/format";
import type { TRapportModel } from "@/lib/rapport/types";
import {
  datumTekst,
  dimensieFeiten,
  PROFIEL_KOLOMMEN,
  profielRijen,
  profielUitleg,
  rolKolommen,
  rolRijen,
  VRAAG_KOLOMMEN,
  vraagRijen,
} from "@/lib/rapport/weergave";
import { Alineas, Feiten, HpKaart, Lijst, Tabel } from "./html-delen";

type P = { model: TRapportModel };

export function SamenvattingHtml({ model }: P) {
  return (
    <>
      <Alineas tekst={model.samenvatting.tekst} leeg="De begeleiders hebben nog geen samenvatting geschreven." />
      <h3 className="mt-6">Kernbevindingen</h3>
      <Lijst items={model.samenvatting.kernbevindingen} />
      <h3 className="mt-6">{model.soort === "definitief" ? "Top 3 handelingsperspectieven" : "Handelingsperspectieven"}</h3>
      {model.samenvatting.top3.length ? (
        model.samenvatting.top3.map((h) => <HpKaart key={h.titel} hp={h} kop="h4" />)
      ) : (
        <p className="mt-2">De top 3 wordt na het digitale overleg over dit concept gekozen.</p>
      )}
    </>
  );
}

export function WerkwijzeHtml({ model }: P) {
  const w = model.werkwijze;
  return (
    <>
      {w.alineas.map((a, i) => (
        <p key={i} className="mt-2">
          {a}
        </p>
      ))}
      <h3 className="mt-6">Verloop</h3>
      <Feiten rijen={w.stappen.map((s) => [s.titel, datumTekst(s.datum)])} />
      <Tabel
        caption="Niveaus van de analysetool"
        kolommen={[
          { titel: "Niveau", breedte: "" },
          { titel: "Naam", breedte: "" },
          { titel: "Kern", breedte: "" },
        ]}
        rijen={w.niveaus.map((n) => [String(n.niveau), n.naam, n.kern])}
      />
      <h3 className="mt-6">Thema&apos;s en dimensies</h3>
      <Lijst items={w.themas.map((t) => `${t.naam}: ${t.dimensies.join("; ")}`)} />
    </>
  );
}

export function DeelnemersHtml({ model }: P) {
  const d = model.deelnemers;
  return (
    <>
      <p className="mt-2">
        {d.ingediend} van de {d.uitgenodigd} uitgenodigde deelnemers hebben de analysetool ingeleverd. Namen staan niet in dit rapport.
      </p>
      <Tabel
        caption="Deelnemers per rol"
        kolommen={[
          { titel: "Rol", breedte: "" },
          { titel: "Uitgenodigd", breedte: "", rechts: true },
          { titel: "Ingeleverd", breedte: "", rechts: true },
          { titel: "Functies", breedte: "" },
        ]}
        rijen={d.rollen.map((r) => [r.label, String(r.uitgenodigd), String(r.ingediend), r.functies.join(", ") || "–"])}
      />
    </>
  );
}

export function ProfielHtml({ model }: P) {
  const p = model.profiel;
  return (
    <>
      <p className="mt-2">{profielUitleg(model)}</p>
      <RadarChart
        geometry={p.radar}
        titel="Datavolwassenheidsprofiel"
        beschrijving={`Radar met per dimensie de berekende score, het vastgestelde niveau en de ambitie${model.vergelijking ? ", en de berekende score van de vorige scan" : ""}. De tabel eronder geeft dezelfde cijfers${model.vergelijking ? "; die van de vorige scan staan in de vergelijking" : ""}.`}
      />
      <Tabel caption="Score per dimensie (1 = ad hoc, 5 = geoptimaliseerd)" kolommen={PROFIEL_KOLOMMEN} rijen={profielRijen(model)} />
      <h3 className="mt-6">Per thema</h3>
      <Feiten rijen={p.themas.map((t) => [t.naam, formatScore(t.score)])} />
      {p.waarschuwingen.length ? (
        <>
          <h3 className="mt-6">Geldigheid</h3>
          <Lijst items={p.waarschuwingen} />
        </>
      ) : null}
    </>
  );
}

export function DimensiesHtml({ model }: P) {
  const nummer = model.secties.find((s) => s.id === "dimensies")!.nummer;
  return (
    <>
      {model.dimensies.map((d, i) => (
        <section key={d.id} aria-labelledby={`dimensie-${d.id}`} className="mt-6 border-t border-gray-300 pt-4">
          <h3 id={`dimensie-${d.id}`}>
            {nummer}.{i + 1} {d.naam}
          </h3>
          <Feiten rijen={dimensieFeiten(d)} />
          <Tabel caption={`Vragen van ${d.naam}`} kolommen={VRAAG_KOLOMMEN} rijen={vraagRijen(d.vragen)} />
          <h4 className="mt-4 font-semibold">Sterke punten</h4>
          <Alineas tekst={d.sterk} leeg="Geen aparte sterke punten beschreven." />
          <h4 className="mt-4 font-semibold">Verbeterpunten</h4>
          <Alineas tekst={d.verbeter} leeg="Geen aparte verbeterpunten beschreven." />
          {d.citaten.length ? (
            <>
              <h4 className="mt-4 font-semibold">Uit de toelichtingen</h4>
              {d.citaten.map((c, k) => (
                <figure key={k} className="mt-2 border-l-4 border-gray-300 pl-3">
                  <blockquote className="whitespace-pre-line">‘{c.tekst}’</blockquote>
                  <figcaption className="text-base text-gray-700">— {c.rol}</figcaption>
                </figure>
              ))}
            </>
          ) : null}
        </section>
      ))}
    </>
  );
}

export function RollenHtml({ model }: P) {
  return (
    <>
      <p className="mt-2">
        Eén lijn per rol. In de tabel betekent een *: wijkt 1,0 of meer af van de score van alle rollen samen. (1) = één deelnemer in die rol; diens oordeel is
        via het rolgemiddelde herkenbaar.
      </p>
      <RadarChart geometry={model.rollen.radar} titel="Profiel per rol" beschrijving="Radar met één lijn per rol. De tabel eronder geeft dezelfde cijfers." />
      <Tabel
        caption="Score per rol en dimensie"
        kolommen={rolKolommen(model)}
        rijen={rolRijen(model)}
        vet={(r, c) => c >= 2 && (model.rollen.rijen[r]?.cellen[c - 2]?.afwijkend ?? false)}
      />
      <h3 className="mt-6">Opvallende verschillen</h3>
      {model.rollen.opvallend.length ? <Lijst items={model.rollen.opvallend} /> : <p className="mt-2">Geen rol wijkt 1,0 of meer af.</p>}
    </>
  );
}
