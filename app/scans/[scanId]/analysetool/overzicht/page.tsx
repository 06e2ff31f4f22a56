import type { Metadata } from "next";
import Link from "next/link";
import { DimensieMenu } from "@/components/analysetool/dimensie-menu";
import { ToolProvider } from "@/components/analysetool/tool-context";
import { ToolKop } from "@/components/analysetool/tool-kop";
import { VoortgangBalk } from "@/components/analysetool/voortgang-balk";
import { buttonClass } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { findQuestion } from "@/lib/analysetool";
import { paginaVeld } from "@/lib/antwoorden/velden";
import { paginas } from "@/lib/antwoorden/voortgang";
import { laadTool } from "@/lib/data/tool-pagina";
import { formatDatumTijd } from "@/lib/dates";

export const metadata: Metadata = { title: "Overzicht analysetool" };

type Props = { params: Promise<{ scanId: string }> };

/** Before submitting: what is still open, with a link to each question, then "Indienen". */
export default async function AnalysetoolOverzichtPage({ params }: Props) {
  const { scanId } = await params;
  const tool = await laadTool(scanId);
  const { model, voortgang: v, member } = tool;
  const basis = `/scans/${scanId}/analysetool`;
  const lijst = paginas(model);
  return (
    <ToolProvider beantwoord={[...v.beantwoordeIds]}>
      <ToolKop scanId={scanId} gemeente={tool.access.scan.gemeenteNaam} titel="Overzicht en indienen" />
      <div className="mt-6">
        <VoortgangBalk totaal={v.totaal} />
      </div>
      <div className="grid gap-8 lg:grid-cols-[15rem_1fr]">
        <aside>
          <DimensieMenu
            items={lijst.map((p) => ({ id: p.id, titel: p.titel, href: `${basis}/${p.id}`, vraagIds: p.vraagIds }))}
            huidig="overzicht"
            overzichtHref={`${basis}/overzicht`}
          />
        </aside>
        <div className="max-w-3xl">
          {member.ingediendAt ? (
            <Notice tone="succes" title={`Je hebt je analysetool ingediend op ${formatDatumTijd(member.ingediendAt)}.`}>
              <p>
                <Link href={`${basis}/mijn-antwoorden`}>Bekijk of print je antwoorden</Link>
              </p>
            </Notice>
          ) : null}
          <h2>Nog niet beantwoord</h2>
          {v.onbeantwoord.length === 0 ? (
            <p className="mt-2">Je hebt alle vragen beantwoord.</p>
          ) : (
            <>
              <p className="mt-2">
                {v.onbeantwoord.length === 1 ? "Eén vraag is" : `${v.onbeantwoord.length} vragen zijn`} nog niet beantwoord. Je kunt ook indienen zonder alles
                te beantwoorden; wat open blijft, telt niet mee.
              </p>
              {v.perPagina
                .filter((p) => !p.compleet)
                .map(({ pagina }) => (
                  <section key={pagina.id} className="mt-4" aria-labelledby={`open-${pagina.id}`}>
                    <h3 id={`open-${pagina.id}`}>{pagina.titel}</h3>
                    <ul className="mt-1 list-disc space-y-1 pl-6">
                      {v.onbeantwoord
                        .filter((o) => o.pagina.id === pagina.id)
                        .map(({ vraagId }) => (
                          <li key={vraagId}>
                            <Link href={`${basis}/${pagina.id}#${paginaVeld(vraagId.startsWith("open.") ? "tekst" : "keuze", vraagId)}`}>
                              {vraagTitel(model, vraagId)}
                            </Link>
                          </li>
                        ))}
                    </ul>
                  </section>
                ))}
            </>
          )}
          {tool.bewerkbaar ? (
            <div className="mt-10">
              <h2>Indienen</h2>
              <p className="mt-2">Klaar? Na het indienen kun je je antwoorden niet meer wijzigen.</p>
              <Link href={`${basis}/indienen`} className={`${buttonClass("primary")} mt-4`}>
                Indienen
              </Link>
            </div>
          ) : null}
        </div>
      </div>
    </ToolProvider>
  );
}

function vraagTitel(model: Parameters<typeof findQuestion>[0], vraagId: string): string {
  const q = findQuestion(model, vraagId);
  if (!q) return vraagId;
  if (q.kind === "vraag") return q.vraag.stelling;
  if (q.kind === "ambitie") return `Ambitie bij ${q.dimensie.naam}`;
  return q.openVraag.vraag;
}
