import { signOutAction } from "@/lib/actions/inloggen/sign-out";

/** A form, not a link: signing out changes state, so it is a POST that works without JavaScript. */
export function LogoutButton() {
  return (
    <form action={signOutAction}>
      <button type="submit" className="rounded border-2 border-white px-3 py-1 font-semibold text-white hover:bg-rijk-800">
        Uitloggen
      </button>
    </form>
  );
}
