import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Controleer je mail" };

/** The same page whether or not the address is known: no account enumeration. */
export default function ControleerJeMailPage() {
  return (
    <div className="max-w-2xl">
      <h1>Controleer je mail</h1>
      <p className="my-4">
        Als dit e-mailadres bij ons bekend is, hebben we er een inloglink naartoe gestuurd. Open de mail en klik op de knop om in te loggen. De link is 10
        minuten geldig.
      </p>
      <p className="my-4">
        Geen mail gekregen? Kijk ook in je map met ongewenste mail. Krijg je niets, controleer dan of je het e-mailadres gebruikt waarmee je bent uitgenodigd.
      </p>
      <p>
        <Link href="/inloggen">Opnieuw een inloglink aanvragen</Link>
      </p>
    </div>
  );
}
