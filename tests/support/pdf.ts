/**
 * Reads a PDF the way a reader's viewer does, in JavaScript (PDF.js through unpdf), so the
 * suite needs no poppler on the machine: the text per page in reading order, the text in
 * drawing order (for the rotated watermark), the page count and every font with whether its
 * file is embedded. A PDF without embedded fonts shows other letters on another machine, and
 * text that PDF.js cannot extract is text a screen reader cannot read either.
 */
import { getDocumentProxy, getResolvedPDFJS } from "unpdf";

// PDF.js 5 calls ArrayBuffer#transferToFixedLength (Node ≥ 21) while loading fonts; on Node 20
// a copy does what the reader needs (the buffer is not used afterwards).
const proto = ArrayBuffer.prototype as ArrayBuffer & { transferToFixedLength?: (n?: number) => ArrayBuffer };
proto.transferToFixedLength ??= function (this: ArrayBuffer, n = this.byteLength) {
  return this.slice(0, n);
};

export type TPdfFont = { name: string; embedded: boolean };
export type TPdfPage = { number: number; lines: string[]; text: string };
export type TPdf = {
  pageCount: number;
  pages: TPdfPage[];
  /** All pages in reading order, one line per text line. */
  text: string;
  /** All text in the order it is drawn, without spacing: what a search in the file finds. */
  raw: string;
  fonts: TPdfFont[];
};

type TItem = { str: string; transform: number[]; width: number };

/** Items on one baseline (within a point) form a line; a gap wider than a space becomes spaces. */
function linesOf(items: TItem[]): string[] {
  const rows = new Map<number, TItem[]>();
  for (const item of items) {
    if (!item.str) continue;
    const y = Math.round(item.transform[5]!);
    const key = [...rows.keys()].find((k) => Math.abs(k - y) <= 1) ?? y;
    rows.set(key, [...(rows.get(key) ?? []), item]);
  }
  return [...rows.entries()]
    .sort(([a], [b]) => b - a)
    .map(([, row]) => {
      row.sort((a, b) => a.transform[4]! - b.transform[4]!);
      let line = "";
      let end = -Infinity;
      for (const item of row) {
        const x = item.transform[4]!;
        const size = Math.abs(item.transform[0]!) || 10;
        if (line && x - end > size * 0.2 && !line.endsWith(" ") && !item.str.startsWith(" "))
          line += " ".repeat(Math.max(1, Math.round((x - end) / (size * 0.5))));
        line += item.str;
        end = x + item.width;
      }
      return line.trimEnd();
    })
    .filter((l) => l.trim() !== "");
}

export async function readPdf(bytes: Uint8Array): Promise<TPdf> {
  const { OPS } = await getResolvedPDFJS();
  const doc = await getDocumentProxy(new Uint8Array(bytes));
  const pages: TPdfPage[] = [];
  const fonts = new Map<string, TPdfFont>();
  let raw = "";
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const items = content.items.filter((i): i is TItem & typeof i => "str" in i);
      const lines = linesOf(items);
      pages.push({ number: n, lines, text: lines.join("\n") });
      raw += items.map((i) => i.str).join("");
      const ops = await page.getOperatorList();
      ops.fnArray.forEach((fn, k) => {
        if (fn !== OPS.setFont) return;
        const ref = String(ops.argsArray[k]![0]);
        const font = page.commonObjs.get(ref) as { name?: string; missingFile?: boolean } | undefined;
        const name = font?.name ?? ref;
        fonts.set(name, { name, embedded: font?.missingFile === false });
      });
    }
  } finally {
    await doc.destroy();
  }
  return {
    pageCount: doc.numPages,
    pages,
    text: pages.map((p) => p.text).join("\n"),
    raw: raw.replace(/\s+/g, ""),
    fonts: [...fonts.values()],
  };
}
