import "server-only";
import { authorizeScan, type TPermission, type TScanAccess } from "@/lib/auth/access";
import { getCurrentUser, type TCurrentUser } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";

type TRouteContext<P> = { params: Promise<P> };
type TScanRouteOptions<P> = {
  /** The body of the 404 every refusal gets: signed out (unless `signIn` says otherwise), no access, no such scan. */
  notFound: () => Response;
  /** Where someone who is not signed in goes instead of the 404. */
  signIn?: (req: Request, params: P) => Response;
};

/**
 * A route handler on one scan, authorized the way actions are (defineScanAction): the access
 * to `params.scanId` is resolved once with `permission`; a refusal is audited under `name`
 * and answered with the same 404 as a scan that does not exist.
 */
export function defineScanRoute<P extends { scanId: string }>(
  name: string,
  permission: TPermission,
  opts: TScanRouteOptions<P>,
  handler: (req: Request, ctx: { params: P; user: TCurrentUser; access: TScanAccess }) => Promise<Response>,
) {
  return async (req: Request, { params }: TRouteContext<P>): Promise<Response> => {
    const p = await params;
    const user = await getCurrentUser();
    if (!user) return opts.signIn ? opts.signIn(req, p) : opts.notFound();
    let access: TScanAccess;
    try {
      access = await authorizeScan(user, p.scanId, permission, name);
    } catch (err) {
      if (err instanceof NotFoundError) return opts.notFound();
      throw err;
    }
    return handler(req, { params: p, user, access });
  };
}

/** A plain-text 404 that no cache keeps. */
export function plainNotFound(body: string): () => Response {
  return () =>
    new Response(body, {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" },
    });
}
