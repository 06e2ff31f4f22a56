/** Building blocks of the PDF: page frame, headings, paragraphs, lists and tables. */
import { Page, Text, View } from "@react-pdf/renderer";
import type { ReactNode } from "react";
import { formatDatum } from "@/lib/dates";
import { alineas } from "@/lib/rapport/teksten";
import type { TRapportModel } from "@/lib/rapport/types";
import { s } from "./styles";

/** Where each section starts, filled in while the document is laid out (see render.ts). */
export type TPaginas = Record<string, number>;

export function versieLabel(m: TRapportModel): string {
  const datum = formatDatum(new Date(m.datum));
  return m.soort === "concept" ? `CONCEPT versie ${m.versie} · ${datum}` : `Definitief · vastgesteld ${datum}`;
}

/**
 * Header and footer, repeated on every page: one text node each, since React-PDF lays out
 * every fixed node again on every page.
 */
export function PaginaRand({ model }: { model: TRapportModel }) {
  return (
    <>
      <Text fixed style={s.kop}>
        Gemeente {model.gemeente} · Eindrapport datavolwassenheidsscan · {versieLabel(model)}
      </Text>
      <Text
        fixed
        style={s.voet}
        render={({ pageNumber, totalPages }) => `Pagina ${pageNumber} van ${totalPages} · Datavolwassenheidsscan, model ${model.model.versie}`}
      />
    </>
  );
}

/** Drawn last, so it shows over coloured boxes too; light enough to read through. */
export function Watermerk({ model }: { model: TRapportModel }) {
  if (model.soort !== "concept") return null;
  return (
    <Text fixed style={s.watermerk}>
      CONCEPT
    </Text>
  );
}

/**
 * One A4 page flow with the page frame. Every section gets its own: React-PDF lays out the
 * remaining content of a flow again at every page break, so one long flow costs time
 * quadratic in its pages (a 34-page report took 30 s that way).
 */
export function Blad({ model, children }: { model: TRapportModel; children: ReactNode }) {
  return (
    <Page size="A4" style={s.page}>
      <PaginaRand model={model} />
      {children}
      <Watermerk model={model} />
    </Page>
  );
}

/** A section heading that is a link target and records its page for the table of contents. */
export function SectieKop({ model, id, paginas }: { model: TRapportModel; id: string; paginas: TPaginas }) {
  const sectie = model.secties.find((x) => x.id === id)!;
  const label = sectie.nummer.startsWith("B") ? sectie.titel : `${sectie.nummer}. ${sectie.titel}`;
  return (
    <View id={`sectie-${id}`} minPresenceAhead={60}>
      <Text
        style={s.h1}
        render={({ pageNumber }) => {
          paginas[id] = pageNumber;
          return label;
        }}
      />
    </View>
  );
}

/**
 * A line break inside a React-PDF text makes it look up the newline character in a
 * fallback font, which drags an unembedded Helvetica into the file. So text never carries
 * "\n" into the PDF: single-line places join lines, paragraphs get one node per line.
 */
export function enkeleRegel(tekst: string): string {
  return tekst.replace(/\s*\n\s*/g, " ");
}

export function Alineas({ tekst, leeg }: { tekst: string | null; leeg?: string }) {
  const delen = alineas(tekst);
  if (!delen.length) return leeg ? <Text style={[s.p, s.klein]}>{leeg}</Text> : null;
  return (
    <>
      {delen.map((a, i) => {
        const regels = a.split("\n");
        return regels.length === 1 ? (
          <Text key={i} style={s.p}>
            {a}
          </Text>
        ) : (
          <View key={i} style={{ marginBottom: 6 }}>
            {regels.map((r, k) => (
              <Text key={k} style={{ lineHeight: "14.5pt" }}>
                {r}
              </Text>
            ))}
          </View>
        );
      })}
    </>
  );
}

export function Lijst({ items, teken = "•" }: { items: ReactNode[]; teken?: string | ((i: number) => string) }) {
  return (
    <View style={{ marginBottom: 6 }}>
      {items.map((item, i) => (
        <View key={i} style={s.lijstItem} wrap={false}>
          <Text style={s.bullet}>{typeof teken === "function" ? teken(i) : teken}</Text>
          {typeof item === "string" ? <Text style={s.lijstTekst}>{enkeleRegel(item)}</Text> : <View style={s.lijstTekst}>{item}</View>}
        </View>
      ))}
    </View>
  );
}

export type TKolom = { titel: string; breedte: number | string; rechts?: boolean };

/** A column: its header, its width, and "rechts" for numbers. */
export const kol = (titel: string, breedte: string, uitlijning?: "rechts"): TKolom => ({ titel, breedte, rechts: uitlijning === "rechts" });

/** A table whose header repeats on every page it spans and whose rows never split. */
/** Rows that fit on one page with room to spare: such a table moves to the next page whole. */
const KLEINE_TABEL = 15;

export function Tabel({ kolommen, rijen, vet }: { kolommen: TKolom[]; rijen: string[][]; vet?: (rij: number, kolom: number) => boolean }) {
  // A header was left alone at the foot of a page with its rows on the next (issue 19.14). A
  // small table is kept in one piece; a long one repeats its header on every page it runs over.
  const klein = rijen.length <= KLEINE_TABEL;
  return (
    <View style={s.tabel} wrap={!klein}>
      <View fixed={!klein} style={s.tabelKop}>
        {kolommen.map((k) => (
          <Text key={k.titel} style={[s.kopCel, { width: k.breedte, textAlign: k.rechts ? "right" : "left" }]}>
            {k.titel}
          </Text>
        ))}
      </View>
      {rijen.map((rij, r) => (
        <View key={r} wrap={false} style={s.tabelRij}>
          {rij.map((cel, c) => (
            <Text
              key={c}
              style={[s.cel, { width: kolommen[c]!.breedte, textAlign: kolommen[c]!.rechts ? "right" : "left" }, vet?.(r, c) ? { fontWeight: 700 } : {}]}
            >
              {enkeleRegel(cel)}
            </Text>
          ))}
        </View>
      ))}
    </View>
  );
}

/**
 * Label–value pairs, one text node per pair: React-PDF's time grows with the number of
 * nodes, and these lists appear on every dimension page.
 */
export function Feiten({ rijen }: { rijen: [string, string][] }) {
  return (
    <View style={{ marginVertical: 4 }}>
      {rijen.map(([label, waarde]) => (
        <Text key={label} style={{ marginBottom: 2 }}>
          <Text style={{ fontWeight: 600 }}>{label}: </Text>
          {enkeleRegel(waarde)}
        </Text>
      ))}
    </View>
  );
}
