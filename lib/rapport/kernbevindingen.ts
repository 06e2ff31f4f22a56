/**
 * Three to five key findings for the samenvatting, written from the data so that every
 * report opens with the same kind of facts; the begeleider's own samenvatting sits above.
 */
import { formatScore, niveauNaam } from "@/lib/analysetool";
import type { TRapportDimensie } from "./types";

function lijst(namen: string[]): string {
  if (namen.length <= 1) return namen.join("");
  return `${namen.slice(0, -1).join(", ")} en ${namen.at(-1)}`;
}

export function kernbevindingen(dimensies: readonly TRapportDimensie[], opts: { gespreksonderwerpen: number; kennislacunes: number }): string[] {
  const out: string[] = [];
  // One kind of number per sentence, and it says which (issue 19.12): the agreed levels when
  // the workshop set one for every dimension, otherwise the calculated scores throughout.
  const alleVastgesteld = dimensies.length > 0 && dimensies.every((d) => d.vastgesteld !== null);
  const niveauVan = (d: TRapportDimensie) => (alleVastgesteld ? d.vastgesteld : d.berekend);
  const basis = alleVastgesteld ? "vastgesteld niveau" : "berekende score";
  const gescoord = dimensies.filter((d) => niveauVan(d) !== null);
  if (gescoord.length === 0) {
    return [
      "Er zijn te weinig antwoorden om een profiel te maken; de bevindingen steunen op het gesprek in de workshop.",
      `Er waren ${opts.gespreksonderwerpen} gespreksonderwerpen en ${opts.kennislacunes} kennislacunes.`,
      "Een herhaalmeting met meer deelnemers geeft een betrouwbaarder beeld.",
    ];
  }
  const hoogste = Math.max(...gescoord.map((d) => niveauVan(d)!));
  const laagste = Math.min(...gescoord.map((d) => niveauVan(d)!));
  const sterkst = gescoord.filter((d) => niveauVan(d) === hoogste).map((d) => d.naam);
  const zwakst = gescoord.filter((d) => niveauVan(d) === laagste).map((d) => d.naam);
  if (laagste === hoogste) {
    out.push(`Alle dimensies hebben hetzelfde ${basis}: ${formatScore(hoogste)} (${niveauNaam(hoogste)}).`);
  } else {
    const sterk = sterkst.length > 3 ? `${sterkst.length} dimensies` : lijst(sterkst);
    out.push(`Het sterkst ${sterkst.length > 1 ? "zijn" : "is"} ${sterk}, met een ${basis} van ${formatScore(hoogste)} (${niveauNaam(hoogste)}).`);
    const zwak = zwakst.length > 3 ? `${zwakst.length} dimensies` : lijst(zwakst);
    out.push(`De meeste ruimte voor groei is er bij ${zwak}, met een ${basis} van ${formatScore(laagste)} (${niveauNaam(laagste)}).`);
  }

  const kloof = dimensies
    .filter((d) => d.ambitiekloof !== null && d.ambitie !== null && d.ambitiekloof >= 1 - 1e-9)
    .sort((a, b) => b.ambitiekloof! - a.ambitiekloof!)[0];
  if (kloof) {
    out.push(
      `De grootste ambitie ligt bij ${kloof.naam}: de deelnemers willen over twee jaar van een berekende score van ${formatScore(kloof.berekend)} naar een ambitie van ${formatScore(kloof.ambitie)}.`,
    );
  }

  const verdeeld = dimensies.filter((d) => d.verdeeld).map((d) => d.naam);
  if (opts.gespreksonderwerpen === 0) {
    out.push("De deelnemers zagen de situatie grotendeels hetzelfde: geen enkele vraag liep sterk uiteen.");
  } else if (verdeeld.length > 3) {
    out.push(
      `Bij ${opts.gespreksonderwerpen} vragen liepen de beelden sterk uiteen; in ${verdeeld.length} van de ${dimensies.length} dimensies was het beeld verdeeld.`,
    );
  } else if (verdeeld.length) {
    out.push(
      `Bij ${opts.gespreksonderwerpen} ${opts.gespreksonderwerpen === 1 ? "vraag liepen" : "vragen liepen"} de beelden sterk uiteen; het meest verdeeld ${verdeeld.length === 1 ? "was" : "waren"} ${lijst(verdeeld)}.`,
    );
  } else {
    out.push(
      `Bij ${opts.gespreksonderwerpen} ${opts.gespreksonderwerpen === 1 ? "vraag liepen" : "vragen liepen"} de beelden sterk uiteen; die zijn in de workshop besproken.`,
    );
  }

  if (opts.kennislacunes > 0 && out.length < 5) {
    out.push(
      `Bij ${opts.kennislacunes} ${opts.kennislacunes === 1 ? "vraag wist" : "vragen wist"} minstens de helft van de rollen die het best kunnen oordelen het antwoord niet: dat is een bevinding op zich.`,
    );
  }
  if (out.length < 3) out.push("Het profiel is een gespreksinstrument, geen rapportcijfer: het laat zien waar de gemeente nu staat.");
  return out.slice(0, 5);
}
