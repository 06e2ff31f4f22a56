/**
 * What a server-action POST may look like before Next.js decodes it. Next answers a foreign
 * Origin, an undecodable body or a reference to nothing with a 500 (issue 14.4): the request
 * is refused, but as a server error without our headers, and a probe cannot tell a refusal
 * from a crash. The proxy checks the request against the shapes React's own `encodeReply`
 * produces for our actions (tests/unit/action-request.test.ts encodes them with it) and
 * answers anything else with a 4xx. Pure: no Next.js, no I/O.
 */

export type TActionRefusal = { status: 400 | 403 | 404 | 413 | 415; message: string };

/** An action id this build does not have: a page from an older deployment, or a probe (Next would answer in English). */
export const UNKNOWN_ACTION: TActionRefusal = {
  status: 404,
  message: "Deze actie bestaat niet (meer). Laad de pagina opnieuw en probeer het nog eens.",
};

/** Nesting our actions ever send: a state object with field errors inside an argument list. */
const MAX_DEPTH = 32;

/**
 * "$"-strings React writes for plain values. Everything else that starts with "$" refers to
 * another part of the body (a promise, a Map, a server reference, a blob), which none of our
 * actions takes; a user's own "$" is escaped as "$$".
 */
const PLAIN_REF = /^\$(\$[\s\S]*|undefined|NaN|Infinity|-Infinity|-0|D[0-9T:.+\-Z]{10,40}|n-?\d{1,40})$/;
/** A FormData argument: its fields follow under `_<n>_`. Only in a multipart body. */
const FORM_REF = /^\$K\d{1,6}$/;

export function originRefusal(origin: string | null, host: string | null): TActionRefusal | null {
  // No Origin at all: Next lets it through (old browsers, curl); its own check stays in place.
  if (origin === null) return null;
  let originHost: string | null = null;
  try {
    originHost = origin === "null" ? null : new URL(origin).host;
  } catch {
    originHost = null;
  }
  if (!originHost || !host || originHost.toLowerCase() !== host.toLowerCase()) {
    return { status: 403, message: "Dit verzoek komt niet van deze website en is geweigerd." };
  }
  return null;
}

function checkArgs(json: string, multipart: boolean): boolean {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return false;
  }
  if (!Array.isArray(value)) return false;
  const walk = (v: unknown, depth: number): boolean => {
    if (depth > MAX_DEPTH) return false;
    if (typeof v === "string") return !v.startsWith("$") || PLAIN_REF.test(v) || (multipart && FORM_REF.test(v));
    if (Array.isArray(v)) return v.every((x) => walk(x, depth + 1));
    if (v && typeof v === "object") return Object.values(v).every((x) => walk(x, depth + 1));
    return true;
  };
  return walk(value, 0);
}

/** Nesting is counted before JSON.parse, so 5,000 brackets cost a scan, not a deep recursion. */
function tooDeep(json: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const c = json[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "[" || c === "{") {
      if (++depth > MAX_DEPTH) return true;
    } else if (c === "]" || c === "}") depth--;
  }
  return false;
}

const BAD_BODY: TActionRefusal = {
  status: 400,
  message: "Dit verzoek kunnen we niet lezen. Laad de pagina opnieuw en probeer het nog eens.",
};

/** The body of an action call with its media type, already read (at most the body limit). */
export function bodyRefusal(contentType: string | null, body: { text: string } | { form: FormData } | { unreadable: true }): TActionRefusal | null {
  const type = (contentType ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== "text/plain" && type !== "multipart/form-data") {
    return { status: 415, message: "Dit soort verzoek nemen we niet aan." };
  }
  if ("unreadable" in body) return BAD_BODY;
  if ("text" in body) {
    if (type !== "text/plain") return BAD_BODY;
    return !tooDeep(body.text) && checkArgs(body.text, false) ? null : BAD_BODY;
  }
  if (type !== "multipart/form-data") return BAD_BODY;
  const root = body.form.get("0");
  if (typeof root !== "string") return BAD_BODY;
  return !tooDeep(root) && checkArgs(root, true) ? null : BAD_BODY;
}

/**
 * A form posted without JavaScript names its action in `$ACTION_ID_<id>` or, for a form with
 * state (useActionState), in `$ACTION_REF_<n>` with the reference and its bound arguments in
 * `$ACTION_<n>:<k>` fields. A reference to bound arguments that are not there made Next
 * answer 500; such a form is refused here.
 */
export function formActionRefusal(form: FormData, known: (id: string) => boolean = () => true): TActionRefusal | null {
  for (const key of form.keys()) {
    if (key.startsWith("$ACTION_ID_") && !known(key.slice("$ACTION_ID_".length))) return UNKNOWN_ACTION;
    const ref = /^\$ACTION_REF_(\d{1,6})$/.exec(key);
    if (!ref) continue;
    const n = ref[1]!;
    const head = form.get(`$ACTION_${n}:0`);
    if (typeof head !== "string") return BAD_BODY;
    let parsed: unknown;
    try {
      parsed = tooDeep(head) ? null : JSON.parse(head);
    } catch {
      return BAD_BODY;
    }
    const { id, bound } = (parsed ?? {}) as { id?: unknown; bound?: unknown };
    if (typeof id !== "string" || !/^[0-9a-f]{2,100}$/i.test(id)) return BAD_BODY;
    if (!known(id)) return UNKNOWN_ACTION;
    if (bound === null || bound === undefined) continue;
    const part = typeof bound === "string" ? /^\$@(\d{1,6})$/.exec(bound) : null;
    const args = part ? form.get(`$ACTION_${n}:${part[1]}`) : null;
    if (typeof args !== "string" || tooDeep(args) || !checkArgs(args, false)) return BAD_BODY;
  }
  return null;
}
