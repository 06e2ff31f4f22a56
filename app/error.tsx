"use client";

import Link from "next/link";

/** Generic and Dutch; the detail stays in the server log, the digest is the id to quote. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="max-w-2xl">
      <h1>Er ging iets mis</h1>
      <p className="my-4">Er ging iets mis aan onze kant. Probeer het opnieuw. Blijft het misgaan, mail ons dan en noem deze foutcode.</p>
      {error.digest ? (
        <p className="my-4">
          Foutcode: <code>{error.digest}</code>
        </p>
      ) : null}
      <div className="flex gap-4">
        <button type="button" onClick={reset} className="underline">
          Opnieuw proberen
        </button>
        <Link href="/">Naar de startpagina</Link>
      </div>
    </div>
  );
}
