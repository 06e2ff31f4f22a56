import { renderToBuffer } from "@react-pdf/renderer";
import { createElement } from "react";
import type { TRapportModel } from "@/lib/rapport/types";
import { stripBidiControlsDeep } from "@/lib/security/bidi";
import { registerPdfFonts } from "./fonts";
import type { TPaginas } from "./onderdelen";
import { RapportDocument } from "./rapport-document";

/**
 * Renders the report to PDF bytes, in Node only (route handlers, server actions, scripts).
 * One layout pass: every section heading records its page while the document is paginated,
 * and the contents page reads those numbers in the render props React-PDF resolves last.
 */
export async function renderRapportPdf(model: TRapportModel, opts: { kenmerk?: string | null } = {}): Promise<Buffer> {
  registerPdfFonts();
  const paginas: TPaginas = {};
  // Typed text cannot reverse the layout around it; the stored snapshot (and its hash) keep what was typed.
  return renderToBuffer(createElement(RapportDocument, { model: stripBidiControlsDeep(model), kenmerk: opts.kenmerk, paginas }) as never);
}
