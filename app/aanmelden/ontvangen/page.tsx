import type { Metadata } from "next";
import Link from "next/link";
import { Notice } from "@/components/ui/notice";
import { PROGRAMMA_EMAIL } from "@/lib/config";

export const metadata: Metadata = { title: "Aanmelding ontvangen" };

export default function AanmeldingOntvangenPage() {
  return (
    <div className="max-w-3xl">
      <Notice tone="succes" title="Aanmelding ontvangen" />
      <h1>Bedankt voor je aanmelding</h1>
      <p className="mt-4">
        We hebben een bevestiging gemaild naar het e-mailadres dat je hebt opgegeven. Daarin lees je hoe de scan verloopt, wat de analysetool is en wat er in
        het eindrapport komt.
      </p>
      <h2 className="mt-8">Wat gebeurt er nu?</h2>
      <ol className="mt-2 list-decimal space-y-1 pl-6">
        <li>Het programmateam bekijkt de aanmelding.</li>
        <li>Het koppelt twee externe begeleiders aan de scan van je gemeente.</li>
        <li>De procesregisseur krijgt een mail met een uitnodiging om in te loggen en deelnemers aan te wijzen.</li>
      </ol>
      <p className="mt-6">
        Geen mail ontvangen, of vragen? Mail naar <a href={`mailto:${PROGRAMMA_EMAIL}`}>{PROGRAMMA_EMAIL}</a>.
      </p>
      <p className="mt-6">
        <Link href="/">Terug naar de startpagina</Link>
      </p>
    </div>
  );
}
