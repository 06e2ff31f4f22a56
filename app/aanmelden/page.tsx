import type { Metadata } from "next";
import Link from "next/link";
import { listActiveGemeenten } from "@/lib/data/gemeenten";
import { gemeenteLabel } from "@/lib/scan/gemeente-invoer";
import { AanmeldForm } from "./aanmeld-form";

export const metadata: Metadata = { title: "Aanmelden" };
export const dynamic = "force-dynamic";

export default async function AanmeldenPage() {
  const gemeenten = await listActiveGemeenten();
  return (
    <div className="max-w-3xl">
      <p>
        <Link href="/">Over de scan</Link>
      </p>
      <h1 className="mt-2">Aanmelden voor de datavolwassenheidsscan</h1>
      <p className="mt-4">
        Meld je gemeente hier aan. Het programmateam bekijkt de aanmelding en koppelt er twee begeleiders aan. Daarna krijgt de procesregisseur een uitnodiging
        om in te loggen. Je maakt nu dus nog geen account aan.
      </p>
      <p className="mt-2 mb-8">Alle velden zijn verplicht, behalve als er &quot;(optioneel)&quot; bij staat.</p>
      <AanmeldForm gemeenten={gemeenten.map(gemeenteLabel)} />
    </div>
  );
}
