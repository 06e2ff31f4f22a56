import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Inloggen lukt niet" };

const MESSAGES: Record<string, { title: string; text: string }> = {
  Verification: {
    title: "Deze inloglink is niet meer geldig",
    text: "Een inloglink werkt één keer en is 10 minuten geldig. Misschien heb je de link al gebruikt of is hij verlopen. Vraag een nieuwe inloglink aan.",
  },
  AccessDenied: {
    title: "Inloggen is niet gelukt",
    text: "Met dit e-mailadres kun je niet inloggen. Gebruik het adres waarmee je bent uitgenodigd.",
  },
};

export default async function InlogFoutPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  const { error } = await searchParams;
  const msg = MESSAGES[error ?? ""] ?? {
    title: "Inloggen is niet gelukt",
    text: "Er ging iets mis bij het inloggen. Vraag een nieuwe inloglink aan en probeer het opnieuw.",
  };
  return (
    <div className="max-w-2xl">
      <h1>{msg.title}</h1>
      <p className="my-4">{msg.text}</p>
      <Link href="/inloggen">Nieuwe inloglink aanvragen</Link>
    </div>
  );
}
