import { readFileSync } from "node:fs";
import path from "node:path";
import { Font } from "@react-pdf/renderer";
import { naamTabel, zonderTabellen } from "./font-tabellen";

export const PDF_FONT = "Source Sans 3";

/**
 * Shaping tables are left out of the PDF's copy of the fonts: React-PDF runs every OpenType
 * lookup in GSUB/GPOS for every text run, which took a third of the render time of the
 * report, for kerning and ligatures a report can do without. Texts are stored NFC, so
 * accented letters are single glyphs that need no shaping. The long `name` table (with the
 * licence) is swapped for a minimal one: pdfkit serialises it on every font switch.
 */
const WEG = ["GPOS", "GSUB", "GDEF", "BASE"];

let registered = false;

function fontData(bestand: string): string {
  const stijl = bestand.replace(/^SourceSans3-|\.ttf$/g, "");
  const origineel = readFileSync(path.join(process.cwd(), "public", "fonts", bestand));
  const data = zonderTabellen(origineel, WEG, { name: naamTabel(PDF_FONT, stijl, `SourceSans3-${stijl}`) });
  return `data:font/ttf;base64,${Buffer.from(data).toString("base64")}`;
}

/**
 * The app's own TTF files (OFL), embedded as subsets in every PDF: without them React-PDF
 * falls back to Helvetica, which is not embedded and drops characters outside Latin-1
 * (’ and €). Hyphenation is off: React-PDF only knows English patterns.
 */
export function registerPdfFonts(): void {
  if (registered) return;
  Font.register({
    family: PDF_FONT,
    fonts: [
      { src: fontData("SourceSans3-Regular.ttf"), fontWeight: 400 },
      { src: fontData("SourceSans3-Italic.ttf"), fontWeight: 400, fontStyle: "italic" },
      { src: fontData("SourceSans3-SemiBold.ttf"), fontWeight: 600 },
      { src: fontData("SourceSans3-Bold.ttf"), fontWeight: 700 },
    ],
  });
  Font.registerHyphenationCallback((word) => [word]);
  registered = true;
}
