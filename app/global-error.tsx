"use client";

export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="nl">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "2rem" }}>
        <main>
          <h1>Er ging iets mis</h1>
          <p>Er ging iets mis aan onze kant. Probeer het later opnieuw.</p>
          {error.digest ? <p>Foutcode: {error.digest}</p> : null}
        </main>
      </body>
    </html>
  );
}
