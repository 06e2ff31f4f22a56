import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/ui/button";

export const metadata: Metadata = { title: "Inloggen bevestigen", referrer: "same-origin" };

/**
 * The page the mail links to. Loading it changes nothing: mail scanners that fetch every
 * link must not spend the token. Only the button (a POST) signs the person in.
 */
export default async function BevestigenPage({ searchParams }: { searchParams: Promise<{ token?: string; email?: string; callbackUrl?: string }> }) {
  const { token, email, callbackUrl } = await searchParams;
  const plausible = typeof token === "string" && /^[0-9a-f]{64}$/.test(token) && typeof email === "string" && email.includes("@");
  if (!plausible) {
    return (
      <div className="max-w-2xl">
        <h1>Deze inloglink werkt niet</h1>
        <p className="my-4">De link is onvolledig of beschadigd. Vraag een nieuwe inloglink aan.</p>
        <Link href="/inloggen">Nieuwe inloglink aanvragen</Link>
      </div>
    );
  }
  return (
    <div className="max-w-2xl">
      <h1>Inloggen bevestigen</h1>
      <p className="my-4">Klik op de knop om in te loggen bij de Datavolwassenheidsscan.</p>
      <form method="post" action="/api/inloggen/bevestigen">
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="email" value={email} />
        {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
        <Button type="submit">Inloggen</Button>
      </form>
    </div>
  );
}
