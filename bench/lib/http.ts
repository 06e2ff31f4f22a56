import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";

export type TResult = { ms: number; ok: boolean };

/** The id Next gave a server action in this build (the browser sends it as `Next-Action`). */
export function serverActionId(exportName: string): string {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { exportedName?: string }>;
  };
  const found = Object.entries(manifest.node).find(([, v]) => v.exportedName === exportName);
  if (!found) throw new Error(`${exportName} staat niet in .next/server/server-reference-manifest.json`);
  return found[0];
}

/** One request, timed to the last byte; ok only for a 200 whose body passes the check. */
export async function timed(request: () => Promise<Response>, ok: (body: string) => boolean): Promise<TResult> {
  const t = performance.now();
  try {
    const res = await request();
    const body = await res.text();
    return { ms: performance.now() - t, ok: res.status === 200 && ok(body) };
  } catch {
    return { ms: performance.now() - t, ok: false };
  }
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The autosave server action called exactly as the browser's useActionState form does. */
export function autosaveRequest(opts: {
  baseUrl: string;
  actionId: string;
  scanId: string;
  cookie: string;
  vraagId: string;
  keuze: string;
  toelichting?: string;
}) {
  const fd = new FormData();
  fd.set("_1_scanId", opts.scanId);
  fd.set("_1_vraagId", opts.vraagId);
  fd.set("_1_keuze", opts.keuze);
  fd.set("_1_toelichting", opts.toelichting ?? "");
  fd.set("_1_gewijzigdOp", String(Date.now()));
  fd.set("0", JSON.stringify([{ status: "idle" }, "$K1"]));
  return fetch(`${opts.baseUrl}/scans/${opts.scanId}/analysetool/opgave`, {
    method: "POST",
    headers: { "Next-Action": opts.actionId, Accept: "text/x-component", Origin: opts.baseUrl, Cookie: opts.cookie },
    body: fd,
  });
}
