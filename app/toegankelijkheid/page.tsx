import type { Metadata } from "next";
import { PROGRAMMA_EMAIL } from "@/lib/config";

export const metadata: Metadata = { title: "Toegankelijkheid" };

export default function ToegankelijkheidPage() {
  return (
    <div className="max-w-3xl">
      <h1>Toegankelijkheid</h1>
      <p className="mt-4">
        We willen dat iedereen de Datavolwassenheidsscan kan gebruiken. De applicatie is gebouwd volgens de eisen van WCAG 2.1 op niveau A en AA, zoals het
        Besluit digitale toegankelijkheid overheid voorschrijft. Elke pagina wordt bij elke wijziging automatisch getest met axe.
      </p>
      <p className="mt-4">
        Eindrapporten zijn er als webpagina en als PDF. De webpagina is de toegankelijke versie; de PDF is bedoeld om te bewaren en te printen.
      </p>
      <h2 className="mt-8">Werkt iets niet?</h2>
      <p className="mt-2">
        Mail naar <a href={`mailto:${PROGRAMMA_EMAIL}`}>{PROGRAMMA_EMAIL}</a>. We reageren binnen vijf werkdagen.
      </p>
    </div>
  );
}
