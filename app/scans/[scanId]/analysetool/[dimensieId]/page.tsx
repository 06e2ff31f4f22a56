import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { AntwoordenOverzicht } from "@/components/analysetool/antwoorden-overzicht";
import { DimensieMenu } from "@/components/analysetool/dimensie-menu";
import { PaginaFormulier } from "@/components/analysetool/pagina-formulier";
import { ToolProvider } from "@/components/analysetool/tool-context";
import { ToolKop } from "@/components/analysetool/tool-kop";
import { VoortgangBalk } from "@/components/analysetool/voortgang-balk";
import { MeldingNotice, Notice } from "@/components/ui/notice";
import { THEMA_NAMEN, vraagVeldProps } from "@/lib/antwoorden/pagina-inhoud";
import { OPEN_PAGINA, paginas } from "@/lib/antwoorden/voortgang";
import { laadTool } from "@/lib/data/tool-pagina";

type Props = { params: Promise<{ scanId: string; dimensieId: string }>; searchParams: Promise<{ melding?: string }> };

export const metadata: Metadata = { title: "Analysetool" };

/** One page of the tool: a dimension's questions ending with its ambition, or the open questions. */
export default async function AnalysetoolPaginaPage({ params, searchParams }: Props) {
  const { scanId, dimensieId } = await params;
  const { melding } = await searchParams;
  const tool = await laadTool(scanId);
  const { model, member } = tool;
  const lijst = paginas(model);
  const index = lijst.findIndex((p) => p.id === dimensieId);
  const pagina = lijst[index];
  if (!pagina) notFound();
  if (!tool.geopend) redirect(`/scans/${scanId}/analysetool`);

  const basis = `/scans/${scanId}/analysetool`;
  const dimensie = model.dimensies.find((d) => d.id === dimensieId);
  const titel = dimensie ? `${index + 1}. ${dimensie.naam}` : "Open vragen";
  const inhoud = vraagVeldProps(model, pagina, tool.rows, member.rol);
  const vorige = lijst[index - 1];
  return (
    <ToolProvider beantwoord={[...tool.voortgang.beantwoordeIds]}>
      <ToolKop scanId={scanId} gemeente={tool.access.scan.gemeenteNaam} titel={titel} />
      {dimensie ? (
        <p className="text-base text-gray-700">
          Onderdeel {index + 1} van {model.dimensies.length} · thema {THEMA_NAMEN[dimensie.thema]}
        </p>
      ) : (
        <p className="text-base text-gray-700">Tot slot drie open vragen. Ze zijn niet verplicht, maar helpen de begeleiders veel.</p>
      )}
      <MeldingNotice pagina="analysetool" code={melding} />
      <div className="mt-6">
        <VoortgangBalk totaal={tool.voortgang.totaal} />
      </div>
      <div className="grid gap-8 lg:grid-cols-[15rem_1fr]">
        <aside className="lg:order-1">
          <DimensieMenu
            items={lijst.map((p) => ({ id: p.id, titel: p.titel, href: `${basis}/${p.id}`, vraagIds: p.vraagIds }))}
            huidig={pagina.id}
            overzichtHref={`${basis}/overzicht`}
          />
        </aside>
        <div className="max-w-3xl lg:order-2">
          {tool.bewerkbaar ? (
            <>
              <p className="mb-6">
                Kies bij elke stelling de beschrijving die het best past bij de situatie <strong>nu</strong>. Elk antwoord wordt meteen bewaard.
              </p>
              <PaginaFormulier
                scanId={scanId}
                pagina={pagina.id}
                vragen={inhoud.vragen}
                openVragen={inhoud.openVragen}
                labels={inhoud.labels}
                vorigeHref={vorige ? `${basis}/${vorige.id}` : null}
                knopTekst={pagina.id === OPEN_PAGINA ? "Opslaan en naar het overzicht" : "Opslaan en verder"}
              />
            </>
          ) : (
            <>
              <Notice title={member.ingediendAt ? "Je hebt je analysetool ingediend." : "De analysetool is gesloten."}>
                <p>
                  Je antwoorden kun je niet meer wijzigen. <Link href={`${basis}/mijn-antwoorden`}>Bekijk al je antwoorden</Link>.
                </p>
              </Notice>
              <AntwoordenOverzicht model={model} rows={tool.rows} rol={member.rol} alleenPagina={pagina.id} />
            </>
          )}
        </div>
      </div>
    </ToolProvider>
  );
}
