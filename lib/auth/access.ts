import "server-only";
import { and, eq } from "drizzle-orm";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db/client";
import { gemeenten, scanBegeleiders, scanMembers, scans, type TRol, type TScanState } from "@/db/schema";
import { auditDenied } from "@/lib/audit";
import { NotFoundError } from "@/lib/errors";
import { log } from "@/lib/log";
import { getCurrentUser, type TCurrentUser } from "./session";

/**
 * The one place that answers "may this user do X on scan S". Pages, server actions and
 * route handlers all come through here; the proxy is only a convenience.
 */
export type TScanRole = "admin" | "begeleider" | "procesregisseur" | "deelnemer";

export const PERMISSIONS = {
  /** See the scan's overview, planning and (later) reports. */
  "scan.view": ["admin", "begeleider", "procesregisseur", "deelnemer"],
  /** Stap 2: deelnemers, planning, starting the analysetool. */
  "scan.plan": ["admin", "begeleider", "procesregisseur"],
  /** Mark availability for proposed workshop dates. */
  "planning.respond": ["admin", "begeleider", "procesregisseur", "deelnemer"],
  /** Fill in one's own analysetool (needs a perspective role). */
  "analysetool.fill": ["deelnemer"],
  /** Progress per deelnemer without the answers. */
  "voortgang.view": ["admin", "begeleider", "procesregisseur"],
  /** Individual answers, results, workshop, report writing, transitions after stap 2. */
  "scan.begeleid": ["admin", "begeleider"],
  /** Feedback on the concept, proposals and votes for handelingsperspectieven. */
  "scan.participate": ["admin", "begeleider", "procesregisseur", "deelnemer"],
  /** Stap 7: update a top-3 item's progress (the item itself says whose it is: lib/scan/opvolging.ts). */
  "opvolging.update": ["admin", "procesregisseur", "deelnemer"],
  /** Stap 4: answer a live workshop round from one's phone (members only: the vote is theirs). */
  "workshop.stemmen": ["procesregisseur", "deelnemer"],
  /** Stap 7: choose which member keeps a top-3 item up to date. */
  "opvolging.regie": ["admin", "procesregisseur"],
} as const satisfies Record<string, readonly TScanRole[]>;

export type TPermission = keyof typeof PERMISSIONS;

export type TScanAccess = {
  user: TCurrentUser;
  scan: {
    id: string;
    stap: TScanState;
    gemeenteId: string;
    gemeenteNaam: string;
    modelVersie: string;
    workshopAt: Date | null;
  };
  roles: ReadonlySet<TScanRole>;
  member: { id: string; procesregisseur: boolean; rol: TRol | null } | null;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function can(access: TScanAccess, permission: TPermission): boolean {
  const allowed: readonly TScanRole[] = PERMISSIONS[permission];
  return allowed.some((r) => access.roles.has(r));
}

/**
 * Loads the scan with the user's membership and assignment in one query. Returns null
 * when the scan does not exist, the user has no relation to it, or anything fails.
 */
export async function loadScanAccess(user: TCurrentUser, scanId: string): Promise<TScanAccess | null> {
  if (!UUID.test(scanId)) return null;
  try {
    const db = await getDb();
    const [row] = await db
      .select({
        id: scans.id,
        stap: scans.stap,
        gemeenteId: scans.gemeenteId,
        gemeenteNaam: gemeenten.naam,
        modelVersie: scans.modelVersie,
        workshopAt: scans.workshopAt,
        memberId: scanMembers.id,
        procesregisseur: scanMembers.procesregisseur,
        rol: scanMembers.rol,
        begeleiderId: scanBegeleiders.userId,
      })
      .from(scans)
      .innerJoin(gemeenten, eq(gemeenten.id, scans.gemeenteId))
      .leftJoin(scanMembers, and(eq(scanMembers.scanId, scans.id), eq(scanMembers.userId, user.id)))
      .leftJoin(scanBegeleiders, and(eq(scanBegeleiders.scanId, scans.id), eq(scanBegeleiders.userId, user.id)))
      .where(eq(scans.id, scanId))
      .limit(1);
    if (!row) return null;
    const roles = new Set<TScanRole>();
    if (user.role === "admin") roles.add("admin");
    if (user.role === "begeleider" && row.begeleiderId) roles.add("begeleider");
    if (row.memberId && row.procesregisseur) roles.add("procesregisseur");
    if (row.memberId && row.rol) roles.add("deelnemer");
    if (roles.size === 0) return null;
    return {
      user,
      scan: {
        id: row.id,
        stap: row.stap,
        gemeenteId: row.gemeenteId,
        gemeenteNaam: row.gemeenteNaam,
        modelVersie: row.modelVersie,
        workshopAt: row.workshopAt,
      },
      roles,
      member: row.memberId ? { id: row.memberId, procesregisseur: row.procesregisseur ?? false, rol: row.rol } : null,
    };
  } catch (err) {
    log.error("access.lookup_failed", err, { scanId });
    return null;
  }
}

const cachedAccess = cache(loadScanAccess);

/** One denied row per refused page request, however many of its components ask. */
const auditPageDenied = cache((actorId: string, action: string, scanId: string | null) => auditDenied({ actorId, action, scanId }));

/** For pages: the access, or the same 404 as for a scan that does not exist (audited). */
export async function requireScanPage(scanId: string, permission: TPermission = "scan.view"): Promise<TScanAccess> {
  const user = await getCurrentUser();
  if (!user) redirect(`/inloggen?callbackUrl=${encodeURIComponent(`/scans/${scanId}`)}`);
  const access = await cachedAccess(user, scanId);
  if (!access || !can(access, permission)) {
    await auditPageDenied(user.id, `pagina.${permission}`, UUID.test(scanId) ? scanId : null);
    notFound();
  }
  return access;
}

/** For server actions and route handlers: the access, or NotFoundError (audited). */
export async function authorizeScan(user: TCurrentUser, scanId: string, permission: TPermission, action: string): Promise<TScanAccess> {
  const access = await loadScanAccess(user, scanId);
  if (!access || !can(access, permission)) {
    await auditDenied({ actorId: user.id, action, scanId: UUID.test(scanId) ? scanId : null });
    throw new NotFoundError();
  }
  return access;
}

export function isStaff(user: TCurrentUser | null): boolean {
  return user?.role === "admin" || user?.role === "begeleider";
}

/** For pages of any signed-in user (their own list of scans): the user, or a redirect to login. */
export async function requireSignedInPage(callbackUrl: string): Promise<TCurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/inloggen?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  return user;
}

/** For staff pages (the begeleider's dashboard): admin or begeleider, else the audited 404. */
export async function requireStaffPage(callbackUrl: string): Promise<TCurrentUser> {
  const user = await requireSignedInPage(callbackUrl);
  if (!isStaff(user)) {
    await auditPageDenied(user.id, "pagina.begeleider", null);
    notFound();
  }
  return user;
}

/** For admin pages: the admin, a redirect to login, or the 404 everyone else gets (audited). */
export async function requireAdminPage(): Promise<TCurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/inloggen?callbackUrl=/beheer");
  if (user.role !== "admin") {
    await auditPageDenied(user.id, "pagina.beheer", null);
    notFound();
  }
  return user;
}

/** For admin actions: the admin, or NotFoundError (audited). */
export async function authorizeAdmin(user: TCurrentUser, action: string): Promise<TCurrentUser> {
  if (user.role !== "admin") {
    await auditDenied({ actorId: user.id, action });
    throw new NotFoundError();
  }
  return user;
}
