import "server-only";
import { randomUUID } from "node:crypto";
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import type * as z from "zod";
import { authorizeAdmin, authorizeScan, type TPermission, type TScanAccess } from "@/lib/auth/access";
import { getCurrentUser, type TCurrentUser } from "@/lib/auth/session";
import { UnauthenticatedError, UserError } from "@/lib/errors";
import { log } from "@/lib/log";

/** The load balancer's request id when there is one (server-action POSTs skip the proxy). */
async function requestId(): Promise<string> {
  try {
    const id = (await headers()).get("x-request-id");
    return id && /^[A-Za-z0-9._-]{8,128}$/.test(id) ? id : randomUUID();
  } catch {
    return randomUUID();
  }
}

import type { TActionState } from "./state";

export type { TActionState } from "./state";

type TContext<Anon extends boolean> = { user: Anon extends true ? TCurrentUser | null : TCurrentUser; formData: FormData };

/** Form fields into a plain object; repeated names become arrays, framework fields are dropped. */
export function formDataToObject(formData: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const all = formData.getAll(key).filter((v): v is string => typeof v === "string");
    out[key] = all.length > 1 ? all : (all[0] ?? "");
  }
  return out;
}

/** What the form sent, so a refused form can show it again (issue 19.2: nothing typed or ticked is lost). */
function echo(raw: Record<string, string | string[]>): Pick<TActionState, "values" | "lists"> {
  const values: Record<string, string> = {};
  const lists: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(raw)) {
    if (k === "website") continue;
    if (typeof v === "string") values[k] = v.slice(0, 5000);
    else lists[k] = v.slice(0, 100).map((x) => x.slice(0, 5000));
  }
  return Object.keys(lists).length ? { values, lists } : { values };
}

export function zodFieldErrors(error: z.ZodError): Record<string, string> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? String(issue.path[0]) : "_form";
    if (issue.code === "unrecognized_keys") {
      fieldErrors._form ??= "Het formulier bevat velden die we niet kennen. Laad de pagina opnieuw.";
      continue;
    }
    fieldErrors[key] ??= issue.message;
  }
  return fieldErrors;
}

/**
 * Every server action is built here: parse with a strict zod schema, require a session
 * (unless `anonymous`), run the handler, and turn failures into Dutch messages. Expected
 * errors (UserError) are shown; anything else is logged with an id to quote and shown as a
 * generic message, never as a stack trace. Redirects pass through.
 */
export function defineAction<S extends z.ZodObject, Anon extends boolean = false>(
  name: string,
  schema: S,
  handler: (input: z.output<S>, ctx: TContext<Anon>) => Promise<TActionState | void>,
  opts: { anonymous?: Anon } = {},
) {
  const strict = schema.strict();
  const run = async (formData: FormData): Promise<TActionState> => {
    const raw = formDataToObject(formData instanceof FormData ? formData : new FormData());
    try {
      const user = await getCurrentUser();
      if (!user && !opts.anonymous) throw new UnauthenticatedError();
      const parsed = strict.safeParse(raw);
      if (!parsed.success) {
        return {
          status: "error",
          message: "Niet alles is goed ingevuld. Bekijk de meldingen hieronder.",
          fieldErrors: zodFieldErrors(parsed.error),
          ...echo(raw),
        };
      }
      const result = await handler(parsed.data as z.output<S>, { user: user as TContext<Anon>["user"], formData });
      return result ?? { status: "ok" };
    } catch (err) {
      unstable_rethrow(err);
      if (err instanceof UserError) {
        return {
          status: "error",
          message: err.message,
          fieldErrors: err.field ? { [err.field]: err.message } : undefined,
          ...echo(raw),
        };
      }
      const errorId = randomUUID().slice(0, 8);
      log.error("action.failed", err, { action: name, errorId, requestId: await requestId() });
      return {
        status: "error",
        message: `Er ging iets mis aan onze kant; er is niets opgeslagen. Probeer het opnieuw. Blijft het misgaan, noem dan foutcode ${errorId}.`,
        ...echo(raw),
      };
    }
  };
  const action = (_prev: TActionState, formData: FormData) => run(formData);
  return Object.assign(action, { actionName: name, schema: strict, anonymous: opts.anonymous === true, run });
}

type TScanSchema = z.ZodObject<{ scanId: z.ZodType<string> }>;
type TScanContext = TContext<false> & { access: TScanAccess };

/**
 * An action on one scan: the wrapper resolves the user's access to `input.scanId` once,
 * refuses (audited, as "not found") without `permission`, and hands the access to the
 * handler, so no handler can forget the check or name itself twice.
 */
export function defineScanAction<S extends TScanSchema>(
  name: string,
  permission: TPermission,
  schema: S,
  handler: (input: z.output<S>, ctx: TScanContext) => Promise<TActionState | void>,
) {
  const action = defineAction(name, schema, async (input, ctx) => {
    const access = await authorizeScan(ctx.user, (input as { scanId: string }).scanId, permission, name);
    return handler(input, { ...ctx, access });
  });
  return Object.assign(action, { permission });
}

/** An action only the admin may run; refusals are audited and answered as "not found". */
export function defineAdminAction<S extends z.ZodObject>(
  name: string,
  schema: S,
  handler: (input: z.output<S>, ctx: TContext<false>) => Promise<TActionState | void>,
) {
  const action = defineAction(name, schema, async (input, ctx) => {
    await authorizeAdmin(ctx.user, name);
    return handler(input, ctx);
  });
  return Object.assign(action, { permission: "admin" as const });
}

type TActionMeta = {
  actionName: string;
  schema: z.ZodObject;
  anonymous: boolean;
  permission?: TPermission | "admin";
  run: (fd: FormData) => Promise<TActionState>;
};

/**
 * For a plain `<form action>` that needs no state back (it redirects, or the page
 * re-renders): the action's errors are logged by it, the page is re-rendered unchanged.
 */
export function asFormAction<A extends TActionMeta>(inner: A) {
  const action = async (formData: FormData): Promise<void> => {
    await inner.run(formData);
  };
  return Object.assign(action, {
    actionName: inner.actionName,
    schema: inner.schema,
    anonymous: inner.anonymous,
    permission: inner.permission,
    run: inner.run,
  });
}
