import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { safeCallbackPath } from "@/lib/auth/session-policy";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Inloggen" };

export default async function InloggenPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  if (await getCurrentUser()) redirect(safeCallbackPath(callbackUrl));
  return (
    <div className="max-w-2xl">
      <h1>Inloggen</h1>
      <p className="my-4">
        Je logt in zonder wachtwoord. Vul je e-mailadres in; je krijgt dan een mail met een link om in te loggen. De link is 10 minuten geldig en werkt één
        keer.
      </p>
      <LoginForm callbackUrl={callbackUrl ? safeCallbackPath(callbackUrl) : undefined} />
    </div>
  );
}
