/**
 * The eindrapport as a React-PDF document, rendered from the report model: cover, table of
 * contents, the sections of §11 and the appendices. Page header, footer and (concept only)
 * the watermark repeat on every page.
 */
import { Document, Link, Page, Text, View } from "@react-pdf/renderer";
import type { TRapportModel } from "@/lib/rapport/types";
import { datumTekst, kenmerkTekst } from "@/lib/rapport/weergave";
import { Benchmark } from "./benchmark";
import { BijlageAntwoorden, BijlageVragenlijst } from "./bijlagen";
import { Blad, Feiten, PaginaRand, type TPaginas, Watermerk } from "./onderdelen";
import { Deelnemers, Profiel, Samenvatting, Werkwijze } from "./secties-begin";
import { Handelingsperspectieven, Reacties, SterkePunten, Verbeterpunten, Vervolg } from "./secties-eind";
import { Dimensies, Rollen, Workshop } from "./secties-midden";
import { KLEUR, s } from "./styles";
import { Vergelijking } from "./vergelijking";

export type TRapportDocumentProps = {
  model: TRapportModel;
  /** sha256 of the snapshot; printed on the definitief. */
  kenmerk?: string | null;
  /** Filled with the page of every section while the document is laid out. */
  paginas: TPaginas;
};

export function rapportTitel(m: TRapportModel): string {
  return `Eindrapport datavolwassenheidsscan gemeente ${m.gemeente} (${m.soort === "concept" ? `concept versie ${m.versie}` : "definitief"})`;
}

function Omslag({ model, kenmerk }: { model: TRapportModel; kenmerk?: string | null }) {
  const concept = model.soort === "concept";
  return (
    <View style={{ marginTop: 120 }}>
      <Text style={{ fontSize: 12, color: KLEUR.grijs, marginBottom: 6 }}>Datavolwassenheidsscan</Text>
      <Text style={{ fontSize: 30, fontWeight: 700, color: KLEUR.donker }}>Eindrapport</Text>
      <Text style={{ fontSize: 22, fontWeight: 600, color: KLEUR.rijk, marginBottom: 24 }}>Gemeente {model.gemeente}</Text>
      <Text style={{ fontSize: 14, fontWeight: 700, marginBottom: 12 }}>
        {concept ? `CONCEPT · versie ${model.versie} · ${datumTekst(model.datum)}` : `Definitief · vastgesteld op ${datumTekst(model.datum)}`}
      </Text>
      <Feiten
        rijen={[
          ["Modelversie", `${model.model.id} ${model.model.versie}`],
          ["Deelnemers", `${model.deelnemers.ingediend} van ${model.deelnemers.uitgenodigd} ingeleverd`],
          ...(kenmerk ? ([["Kenmerk (sha256)", kenmerkTekst(kenmerk)]] as [string, string][]) : []),
        ]}
      />
      <Text style={[s.p, { marginTop: 24 }]}>
        {concept
          ? "Dit is een concept. Lees het en reageer per sectie op de webpagina van het rapport; de reacties worden besproken in het digitale overleg."
          : "Dit rapport is vastgesteld en verandert niet meer. Het kenmerk is de sha256 van de inhoud waaruit het is gemaakt: daarmee is na te gaan dat deze versie niet is gewijzigd."}
      </Text>
      <Text style={s.klein}>Een toegankelijke versie van dit rapport staat op de webpagina van de scan.</Text>
    </View>
  );
}

function Inhoud({ model, paginas }: { model: TRapportModel; paginas: TPaginas }) {
  return (
    <View>
      <Text style={s.h1}>Inhoud</Text>
      {model.secties.map((sec) => (
        <Link key={sec.id} src={`#sectie-${sec.id}`} style={{ color: KLEUR.tekst, textDecoration: "none" }}>
          <View style={{ flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: KLEUR.lijn, paddingVertical: 4 }}>
            <Text style={{ width: 30 }}>{sec.nummer.startsWith("B") ? "" : sec.nummer}</Text>
            <Text style={{ flex: 1 }}>{sec.titel}</Text>
            {/* Resolved after pagination, when every section heading has recorded its page. */}
            <Text style={{ width: 40, textAlign: "right" }} render={() => (paginas[sec.id] ? String(paginas[sec.id]) : "")} />
          </View>
        </Link>
      ))}
    </View>
  );
}

export function RapportDocument({ model, kenmerk, paginas }: TRapportDocumentProps) {
  const p = { model, paginas };
  return (
    <Document
      title={rapportTitel(model)}
      author="Datavolwassenheidsscan"
      subject={`Gemeente ${model.gemeente}`}
      language="nl"
      creationDate={new Date(model.datum)}
    >
      <Page size="A4" style={s.page}>
        <PaginaRand model={model} />
        <Omslag model={model} kenmerk={kenmerk} />
        <Watermerk model={model} />
      </Page>
      <Page size="A4" style={s.page}>
        <PaginaRand model={model} />
        <Inhoud model={model} paginas={paginas} />
        <Watermerk model={model} />
      </Page>
      <Blad model={model}>
        <Samenvatting {...p} />
      </Blad>
      <Blad model={model}>
        <Werkwijze {...p} />
        <Deelnemers {...p} />
      </Blad>
      <Blad model={model}>
        <Profiel {...p} />
      </Blad>
      {model.vergelijking ? (
        <Blad model={model}>
          <Vergelijking {...p} />
        </Blad>
      ) : null}
      {model.benchmark ? (
        <Blad model={model}>
          <Benchmark {...p} />
        </Blad>
      ) : null}
      <Dimensies {...p} />
      <Blad model={model}>
        <Rollen {...p} />
      </Blad>
      <Blad model={model}>
        <Workshop {...p} />
      </Blad>
      <Blad model={model}>
        <SterkePunten {...p} />
        <Verbeterpunten {...p} />
      </Blad>
      <Blad model={model}>
        <Handelingsperspectieven {...p} />
      </Blad>
      {model.reacties ? (
        <Blad model={model}>
          <Reacties {...p} />
        </Blad>
      ) : null}
      <Blad model={model}>
        <Vervolg {...p} />
      </Blad>
      <Blad model={model}>
        <BijlageAntwoorden {...p} />
      </Blad>
      <BijlageVragenlijst {...p} />
    </Document>
  );
}
