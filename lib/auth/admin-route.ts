import "server-only";
import { authorizeAdmin } from "@/lib/auth/access";
import { getCurrentUser, type TCurrentUser } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";

/**
 * A route handler for the admin only, authorized the way admin actions are (defineAdminAction):
 * signed out or not an admin gets the same 404; a signed-in refusal is audited under `name`.
 */
export function defineAdminRoute(name: string, opts: { notFound: () => Response }, handler: (req: Request, ctx: { user: TCurrentUser }) => Promise<Response>) {
  return async (req: Request): Promise<Response> => {
    const user = await getCurrentUser();
    if (!user) return opts.notFound();
    try {
      await authorizeAdmin(user, name);
    } catch (err) {
      if (err instanceof NotFoundError) return opts.notFound();
      throw err;
    }
    return handler(req, { user });
  };
}
