/**
 * Rewrites a TrueType font without some of its tables (sfnt container: header, table
 * directory, 4-byte aligned table data). Checksums are copied as they were; neither
 * fontkit nor PDF viewers check them for embedded subsets.
 */
export function zonderTabellen(font: Uint8Array, weg: readonly string[], vervang: Record<string, Uint8Array> = {}): Uint8Array {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const aantal = view.getUint16(4);
  const tabellen: { tag: string; checksum: number; data: Uint8Array }[] = [];
  for (let i = 0; i < aantal; i++) {
    const p = 12 + 16 * i;
    const tag = String.fromCharCode(...font.subarray(p, p + 4));
    if (weg.includes(tag)) continue;
    const offset = view.getUint32(p + 8);
    const lengte = view.getUint32(p + 12);
    tabellen.push({ tag, checksum: view.getUint32(p + 4), data: vervang[tag] ?? font.subarray(offset, offset + lengte) });
  }
  const n = tabellen.length;
  const kop = 12 + 16 * n;
  const totaal = tabellen.reduce((som, t) => som + Math.ceil(t.data.length / 4) * 4, kop);
  const uit = new Uint8Array(totaal);
  const w = new DataView(uit.buffer);
  const macht = 2 ** Math.floor(Math.log2(n));
  w.setUint32(0, view.getUint32(0));
  w.setUint16(4, n);
  w.setUint16(6, macht * 16);
  w.setUint16(8, Math.log2(macht));
  w.setUint16(10, n * 16 - macht * 16);
  let offset = kop;
  tabellen.forEach((t, i) => {
    const p = 12 + 16 * i;
    for (let k = 0; k < 4; k++) uit[p + k] = t.tag.charCodeAt(k);
    w.setUint32(p + 4, t.checksum);
    w.setUint32(p + 8, offset);
    w.setUint32(p + 12, t.data.length);
    uit.set(t.data, offset);
    offset += Math.ceil(t.data.length / 4) * 4;
  });
  return uit;
}

/** A `name` table (format 0) with only family, style, full name and PostScript name, Windows English. */
export function naamTabel(familie: string, stijl: string, postscript: string): Uint8Array {
  const namen: [number, string][] = [
    [1, familie],
    [2, stijl],
    [4, `${familie} ${stijl}`],
    [6, postscript],
  ];
  const utf16 = namen.map(([, s]) => {
    const b = new Uint8Array(s.length * 2);
    for (let i = 0; i < s.length; i++) {
      b[2 * i] = s.charCodeAt(i) >> 8;
      b[2 * i + 1] = s.charCodeAt(i) & 0xff;
    }
    return b;
  });
  const kop = 6 + 12 * namen.length;
  const uit = new Uint8Array(kop + utf16.reduce((som, b) => som + b.length, 0));
  const w = new DataView(uit.buffer);
  w.setUint16(0, 0);
  w.setUint16(2, namen.length);
  w.setUint16(4, kop);
  let offset = 0;
  namen.forEach(([id], i) => {
    const p = 6 + 12 * i;
    w.setUint16(p, 3); // Windows
    w.setUint16(p + 2, 1); // Unicode BMP
    w.setUint16(p + 4, 0x409); // English (US)
    w.setUint16(p + 6, id);
    w.setUint16(p + 8, utf16[i]!.length);
    w.setUint16(p + 10, offset);
    uit.set(utf16[i]!, kop + offset);
    offset += utf16[i]!.length;
  });
  return uit;
}
