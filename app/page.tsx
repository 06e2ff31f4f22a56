import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { MeldingNotice } from "@/components/ui/notice";
import { PROGRAMMA_EMAIL } from "@/lib/config";
import { STAP_INFO, STAPPEN } from "@/lib/scan/stappen";

export default async function StartPage({ searchParams }: { searchParams: Promise<{ melding?: string }> }) {
  const { melding } = await searchParams;
  return (
    <div className="max-w-3xl">
      <MeldingNotice pagina="start" code={melding} />
      <h1>Datavolwassenheidsscan voor gemeenten</h1>
      <p className="mt-4 text-xl">
        Hoe goed gebruikt jouw gemeente data in de aanpak van ondermijning? De datavolwassenheidsscan brengt dat in beeld, samen met collega&apos;s van
        ondermijning, privacy, ICT en data-analyse, en levert drie concrete actiepunten op.
      </p>
      <div className="mt-6 flex flex-wrap gap-4">
        <Link href="/aanmelden" className={buttonClass("primary")}>
          Aanmelden
        </Link>
        <Link href="/inloggen" className={buttonClass("secondary")}>
          Inloggen
        </Link>
      </div>

      <h2 className="mt-10">Wat is de datavolwassenheidsscan?</h2>
      <p className="mt-2">
        Een gezamenlijke zelfevaluatie. Collega&apos;s met verschillende vakken beoordelen elk vanuit hun eigen functie hoe de gemeente met data omgaat: van de
        vraag welke gegevens er zijn en wie ze mag gebruiken, tot de techniek en de analyse. Twee externe begeleiders leggen die beelden naast elkaar en
        bespreken ze in een workshop met de groep.
      </p>
      <p className="mt-2">
        Het resultaat is een <strong>eindrapport</strong> met het datavolwassenheidsprofiel van de gemeente: waar staat zij per onderwerp, waar lopen de beelden
        uiteen, en met welke <strong>drie actiepunten</strong> gaat zij als eerste aan de slag. Er is geen goed of fout: het gaat om een eerlijk beeld en een
        volgende stap.
      </p>

      <h2 className="mt-10">Wie doen er mee?</h2>
      <p className="mt-2">
        Een <strong>procesregisseur</strong> van de gemeente regelt de planning en stelt de groep deelnemers samen. De <strong>deelnemers</strong> komen in elk
        geval uit ondermijning, privacy en ICT, en waar het kan ook uit data-analyse. Twee <strong>externe begeleiders</strong> leiden de workshop en schrijven
        het eindrapport.
      </p>

      <h2 className="mt-10">Hoe lang duurt het?</h2>
      <p className="mt-2">
        Van aanmelding tot eindrapport ongeveer twee maanden, waarvan een maand rond de workshop. Een deelnemer besteedt er in totaal ongeveer vijf uur aan:
        zo&apos;n uur voor de analysetool, een dagdeel voor de workshop en de tijd om het concept te lezen.
      </p>

      <h2 className="mt-10">De zeven stappen</h2>
      <ol className="mt-4 space-y-4">
        {STAPPEN.map((s) => {
          const info = STAP_INFO[s];
          return (
            <li key={s} className="border-l-4 border-rijk-700 pl-4">
              <h3>
                Stap {info.nummer}: {info.titel}
              </h3>
              <p>{info.omschrijving}</p>
              <p className="mt-1">
                <strong>Wat vragen we van de gemeente:</strong> {info.gevraagd}
              </p>
            </li>
          );
        })}
      </ol>

      <h2 className="mt-10">Meedoen?</h2>
      <p className="mt-2">
        Meld je gemeente aan met het aanmeldformulier. Je hebt daarvoor nog geen account nodig: dat krijgt de procesregisseur nadat het programmateam de
        aanmelding heeft goedgekeurd.
      </p>
      <p className="mt-4">
        <Link href="/aanmelden" className={buttonClass("primary")}>
          Aanmelden
        </Link>
      </p>

      <h2 className="mt-10">Vragen?</h2>
      <p className="mt-2">
        Mail het programmateam op <a href={`mailto:${PROGRAMMA_EMAIL}`}>{PROGRAMMA_EMAIL}</a>.
      </p>
    </div>
  );
}
