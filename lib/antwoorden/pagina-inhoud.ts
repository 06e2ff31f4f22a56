/** The props of a tool page's questions, built from the model and the stored answers. Pure. */
import { findQuestion, NIVEAU_SCHAAL, NIVEAUS, type TModel, TOELICHTING_MAX, type TRol, type TThemaId } from "@/lib/analysetool";
import { keuzeVan, OPEN_ANTWOORD_MAX, vingerafdruk } from "./validate";
import { paginaVeld } from "./velden";
import type { TAntwoordRij, TPagina } from "./voortgang";

export type TOptie = { waarde: string; naam: string; beschrijving?: string };

export type TVraagVeldProps = {
  vraagId: string;
  /** "1.3", or "Ambitie". */
  nummer: string;
  stelling: string;
  primairVoorMij: boolean;
  /** The five levels, each with its descriptor. */
  niveaus: TOptie[];
  /** "Niet van toepassing" is offered (not for an ambition). */
  metNvt: boolean;
  toelichtingMax: number;
  initieel: { keuze: string; toelichting: string };
  /** Fingerprint of `initieel`, posted back by the no-JavaScript form. */
  was: string;
};

export type TOpenVraagVeldProps = { vraagId: string; nummer: string; vraag: string; max: number; initieel: string; was: string };

export const THEMA_NAMEN: Record<TThemaId, string> = {
  ondermijning: "Ondermijning",
  mens_en_organisatie: "Mens en Organisatie",
  data_en_software: "Data en Software",
};

export function vraagVeldProps(model: TModel, pagina: TPagina, rows: readonly TAntwoordRij[], rol: TRol | null) {
  const perVraag = new Map(rows.map((r) => [r.vraagId, r]));
  const vragen: TVraagVeldProps[] = [];
  const openVragen: TOpenVraagVeldProps[] = [];
  const labels: Record<string, string> = {};
  const dimIndex = model.dimensies.findIndex((d) => d.id === pagina.id);
  pagina.vraagIds.forEach((vraagId, i) => {
    const q = findQuestion(model, vraagId);
    if (!q) return;
    const r = perVraag.get(vraagId);
    if (q.kind === "open") {
      const tekst = r?.tekst ?? "";
      openVragen.push({
        vraagId,
        nummer: String(i + 1),
        vraag: q.openVraag.vraag,
        max: OPEN_ANTWOORD_MAX,
        initieel: tekst,
        was: vingerafdruk({ keuze: "", toelichting: null, tekst }),
      });
      labels[paginaVeld("tekst", vraagId)] = `Open vraag ${i + 1}`;
      return;
    }
    const keuze = r ? keuzeVan(r) : "";
    const toelichting = r?.toelichting ?? "";
    const nummer = q.kind === "vraag" ? `${dimIndex + 1}.${i + 1}` : "Ambitie:";
    vragen.push({
      vraagId,
      nummer,
      stelling: q.kind === "vraag" ? q.vraag.stelling : q.tekst,
      primairVoorMij: q.kind === "vraag" && rol !== null && q.vraag.primair.includes(rol),
      niveaus: NIVEAUS.map((n) => ({
        waarde: String(n),
        naam: `${n} · ${NIVEAU_SCHAAL[n].naam}`,
        beschrijving: q.kind === "vraag" ? q.vraag.niveaus[n] : NIVEAU_SCHAAL[n].kern,
      })),
      metNvt: q.kind === "vraag",
      toelichtingMax: TOELICHTING_MAX,
      initieel: { keuze, toelichting },
      was: vingerafdruk({ keuze, toelichting, tekst: null }),
    });
    const label = q.kind === "vraag" ? `Vraag ${nummer}` : "Ambitie";
    labels[paginaVeld("keuze", vraagId)] = label;
    labels[paginaVeld("toelichting", vraagId)] = `${label}, toelichting`;
  });
  return { vragen, openVragen, labels };
}
