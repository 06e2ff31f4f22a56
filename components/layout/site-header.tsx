import Link from "next/link";
import { isStaff } from "@/lib/auth/access";
import { getCurrentUser } from "@/lib/auth/session";
import { PRODUCT_NAAM } from "@/lib/config";
import { LogoutButton } from "./logout-button";

export async function SiteHeader() {
  const user = await getCurrentUser();
  return (
    <header className="op-donker bg-rijk-700 text-white niet-printen">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-4 sm:px-6">
        <Link href={user ? "/na-inloggen" : "/"} className="text-xl font-bold text-white no-underline hover:text-white">
          {PRODUCT_NAAM}
        </Link>
        <nav aria-label="Hoofdmenu" className="flex flex-wrap items-center gap-x-5 gap-y-2">
          {user ? (
            <>
              {isStaff(user) ? (
                <Link href="/begeleider" className="text-white hover:text-white">
                  Mijn scans
                </Link>
              ) : (
                <Link href="/scans" className="text-white hover:text-white">
                  Mijn scans
                </Link>
              )}
              {user.role === "admin" ? (
                <Link href="/beheer" className="text-white hover:text-white">
                  Beheer
                </Link>
              ) : null}
              <span className="text-rijk-50" data-testid="ingelogd-als">
                Ingelogd als <span className="font-semibold text-white">{user.name ?? user.email}</span>
              </span>
              <LogoutButton />
            </>
          ) : (
            <Link href="/inloggen" className="font-semibold text-white hover:text-white">
              Inloggen
            </Link>
          )}
        </nav>
      </div>
    </header>
  );
}
