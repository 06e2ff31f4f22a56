import type { Metadata } from "next";
import Link from "next/link";
import { ToolKop } from "@/components/analysetool/tool-kop";
import { buttonClass } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { ROL_LABELS } from "@/lib/analysetool";
import { deadlineInWoorden } from "@/lib/antwoorden/deadline";
import { eersteOnvolledigePagina } from "@/lib/antwoorden/voortgang";
import { laadTool } from "@/lib/data/tool-pagina";
import { formatDatumTijd } from "@/lib/dates";

export const metadata: Metadata = { title: "Analysetool" };

type Props = { params: Promise<{ scanId: string }> };

/** The start of the tool: why, from which perspective, how long, until when, and who sees what. */
export default async function AnalysetoolIntroPage({ params }: Props) {
  const { scanId } = await params;
  const tool = await laadTool(scanId);
  const { access, member, voortgang: v, deadline } = tool;
  const basis = `/scans/${scanId}/analysetool`;
  const volgende = eersteOnvolledigePagina(v);
  const begonnen = v.beantwoord > 0;
  return (
    <div className="max-w-3xl">
      <ToolKop scanId={scanId} gemeente={access.scan.gemeenteNaam} titel="Analysetool" kruimel={false} />
      <p className="mt-4 text-xl">
        Met de analysetool breng je in beeld hoe jouw gemeente data gebruikt in de aanpak van ondermijning. Jouw antwoorden zijn de basis voor de workshop,
        waarin jullie samen tot één beeld komen, en voor het eindrapport met drie concrete actiepunten.
      </p>

      {member.ingediendAt ? (
        <Notice tone="succes" title={`Je hebt je analysetool ingediend op ${formatDatumTijd(member.ingediendAt)}.`}>
          <p>
            Je antwoorden kun je niet meer wijzigen. <Link href={`${basis}/mijn-antwoorden`}>Bekijk of print je antwoorden</Link>.
          </p>
        </Notice>
      ) : !tool.geopend ? (
        <Notice title="De analysetool is nog niet geopend.">
          <p>Je krijgt een mail zodra je kunt beginnen, drie weken voor de workshop.</p>
        </Notice>
      ) : !tool.bewerkbaar ? (
        <Notice tone="waarschuwing" title="De analysetool is gesloten.">
          <p>Je kunt geen antwoorden meer geven. Neem contact op met de begeleiders als je toch iets wilt aanvullen.</p>
        </Notice>
      ) : null}

      <h2 className="mt-8">Jouw rol: {member.rol ? ROL_LABELS[member.rol] : "deelnemer"}</h2>
      <p className="mt-2">
        Je beantwoordt de vragen vanuit je eigen functie{member.functie ? ` (${member.functie})` : ""}. Er zijn geen goede of foute antwoorden: het gaat om hoe
        jij het nu ziet. Vragen die bij jouw rol horen, staan gemarkeerd met <strong>Belangrijk voor jouw rol</strong>. Je mag ook de andere vragen
        beantwoorden; weet je iets niet, kies dan &lsquo;Weet ik niet&rsquo;.
      </p>

      <h2 className="mt-8">Hoe lang duurt het?</h2>
      <p className="mt-2">
        Ongeveer 45 tot 60 minuten, voor {v.totaal} vragen in acht onderdelen en drie open vragen. Elk antwoord wordt meteen bewaard. Je kunt dus stoppen
        wanneer je wilt en later verder gaan waar je was.
      </p>

      <h2 className="mt-8">Tot wanneer?</h2>
      <p className="mt-2" data-testid="deadline">
        {deadline ? (
          <>
            Dien de analysetool in vóór <strong>{formatDatumTijd(deadline)}</strong> ({deadlineInWoorden(deadline, new Date())}). Daarna kun je nog indienen,
            maar dan geldt je tool als te laat ingediend.
          </>
        ) : (
          "De deadline volgt zodra de datum van de workshop vastligt."
        )}
      </p>

      <h2 className="mt-8">Wie ziet jouw antwoorden?</h2>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        <li>De begeleiders van de scan zien jouw antwoorden nadat je de analysetool hebt ingediend.</li>
        <li>De procesregisseur ziet alleen hoeveel vragen je hebt beantwoord en of je hebt ingediend, niet je antwoorden.</li>
        <li>Andere deelnemers zien jouw antwoorden niet. In de workshop en het rapport staan de antwoorden per rol, zonder namen.</li>
      </ul>

      {tool.bewerkbaar ? (
        <div className="mt-10 flex flex-wrap items-center gap-6">
          <p className="w-full">
            Je hebt {v.beantwoord} van {v.totaal} vragen beantwoord.
          </p>
          <Link href={`${basis}/${volgende ?? "overzicht"}`} className={buttonClass("primary")}>
            {begonnen ? "Verder met invullen" : "Beginnen"}
          </Link>
          {begonnen ? <Link href={`${basis}/overzicht`}>Overzicht en indienen</Link> : null}
        </div>
      ) : tool.geopend ? (
        <p className="mt-10">
          <Link href={`${basis}/mijn-antwoorden`}>Bekijk je antwoorden</Link>
        </p>
      ) : null}
    </div>
  );
}
