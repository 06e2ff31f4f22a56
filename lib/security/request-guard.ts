import { readFileSync } from "node:fs";
import path from "node:path";
import { type NextRequest, NextResponse } from "next/server";
import { bodyRefusal, formActionRefusal, originRefusal, UNKNOWN_ACTION } from "./action-request";

/**
 * Next's server-action body limit (serverActions.bodySizeLimit, default 1 MB). Next itself
 * answers a larger action body with a 500; we refuse it here first with a 413, by
 * Content-Length or, for a chunked action body, by counting. Nothing in the app takes a
 * bigger body, so the limit holds for every request.
 */
export const BODY_LIMIT_BYTES = 1024 * 1024;

type TRefusal = { status: number; message: string };

/** A body over the limit (by Content-Length, or counted while reading a chunked one), or a malformed action call. */
export async function refusalFor(req: NextRequest): Promise<TRefusal | null> {
  const tooLarge = { status: 413, message: "Dit verzoek is te groot." };
  if (Number(req.headers.get("content-length") ?? 0) > BODY_LIMIT_BYTES) return tooLarge;
  if (req.method !== "POST" || req.nextUrl.pathname.startsWith("/api/")) return null;
  // Every POST to a page is a server action, with JavaScript (next-action) or as a plain form.
  const foreign = originRefusal(req.headers.get("origin"), req.headers.get("x-forwarded-host") ?? req.headers.get("host"));
  if (foreign) return foreign;
  const contentType = req.headers.get("content-type");
  const actionId = req.headers.get("next-action");
  if (actionId !== null && !knownAction(actionId)) return UNKNOWN_ACTION;
  if (actionId === null) {
    // A form posted without JavaScript; anything else posted to a page is rendered as a GET.
    if (!/^\s*multipart\/form-data/i.test(contentType ?? "")) return null;
    const bytes = await readCapped(req, BODY_LIMIT_BYTES);
    if (!bytes) return tooLarge;
    const form = await new Response(bytes, { headers: { "content-type": contentType! } }).formData().catch(() => null);
    return form
      ? formActionRefusal(form, knownAction)
      : { status: 400, message: "Dit verzoek kunnen we niet lezen. Laad de pagina opnieuw en probeer het nog eens." };
  }
  const bytes = await readCapped(req, BODY_LIMIT_BYTES);
  if (!bytes) return tooLarge;
  if (/^\s*text\/plain/i.test(contentType ?? "")) {
    try {
      return bodyRefusal(contentType, { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) });
    } catch {
      return bodyRefusal(contentType, { unreadable: true });
    }
  }
  if (/^\s*multipart\/form-data/i.test(contentType ?? "")) {
    const form = await new Response(bytes, { headers: { "content-type": contentType! } }).formData().catch(() => null);
    return bodyRefusal(contentType, form ? { form } : { unreadable: true });
  }
  return bodyRefusal(contentType, { unreadable: true });
}

let actionIds: Set<string> | null | undefined;

/**
 * Whether the build knows this action (its server-reference manifest; Next answers an unknown
 * id with an English 409). Without a readable manifest (development) every id passes to Next.
 */
function knownAction(id: string): boolean {
  if (actionIds === undefined) {
    try {
      const manifest = JSON.parse(readFileSync(path.join(process.cwd(), ".next", "server", "server-reference-manifest.json"), "utf8")) as {
        node?: Record<string, unknown>;
      };
      actionIds = new Set(Object.keys(manifest.node ?? {}));
    } catch {
      actionIds = null;
    }
  }
  return actionIds === null || actionIds.has(id);
}

/**
 * The body, or null once it passed `limit` bytes. Next hands the proxy its own copy of the
 * body (and keeps one for the page or action), so reading it here takes nothing away. Past the
 * limit the rest is drained, not cancelled: a cancelled copy left the response hanging.
 */
async function readCapped(req: NextRequest, limit: number): Promise<Uint8Array<ArrayBuffer> | null> {
  const reader = req.body?.getReader();
  if (!reader) return new Uint8Array();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size <= limit) parts.push(value);
  }
  if (size > limit) return null;
  const all = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    all.set(p, at);
    at += p.byteLength;
  }
  return all;
}

/**
 * JSON for /api/*, plain text for a call from React (it shows its own error), and for a form
 * posted without JavaScript a small Dutch page. The proxy adds the security headers to each.
 */
export function refusalResponse(req: NextRequest, r: TRefusal): NextResponse {
  if (req.nextUrl.pathname.startsWith("/api/")) return NextResponse.json({ error: r.message }, { status: r.status });
  if (req.headers.has("next-action")) return new NextResponse(r.message, { status: r.status, headers: { "content-type": "text/plain; charset=utf-8" } });
  const page = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Verzoek niet verwerkt – Datavolwassenheidsscan</title></head><body style="font-family:sans-serif;font-size:18px;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5"><main><h1>Verzoek niet verwerkt</h1><p>${r.message}</p><p>Er is niets opgeslagen.</p><p><a href="/">Naar de startpagina</a></p></main></body></html>`;
  return new NextResponse(page, { status: r.status, headers: { "content-type": "text/html; charset=utf-8" } });
}

export function decodable(pathname: string): boolean {
  try {
    for (const segment of pathname.split("/")) decodeURIComponent(segment);
    return true;
  } catch {
    return false;
  }
}
