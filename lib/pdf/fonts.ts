import path from "node:path";
import { Font } from "@react-pdf/renderer";

export const PDF_FONT = "Source Sans 3";

let registered = false;

/**
 * The app's own TTF files (OFL), embedded as subsets in every PDF: without them React-PDF
 * falls back to Helvetica, which is not embedded and drops characters outside Latin-1
 * (’ and €). Hyphenation is off: React-PDF only knows English patterns.
 */
export function registerPdfFonts(): void {
  if (registered) return;
  const file = (name: string) => path.join(process.cwd(), "public", "fonts", name);
  Font.register({
    family: PDF_FONT,
    fonts: [
      { src: file("SourceSans3-Regular.ttf"), fontWeight: 400 },
      { src: file("SourceSans3-Italic.ttf"), fontWeight: 400, fontStyle: "italic" },
      { src: file("SourceSans3-SemiBold.ttf"), fontWeight: 600 },
      { src: file("SourceSans3-Bold.ttf"), fontWeight: 700 },
    ],
  });
  Font.registerHyphenationCallback((word) => [word]);
  registered = true;
}
