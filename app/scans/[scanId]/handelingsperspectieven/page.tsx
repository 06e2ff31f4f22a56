import type { Metadata } from "next";
import Link from "next/link";
import { Top3Feiten } from "@/components/rapport/top3-feiten";
import { ActionForm } from "@/components/ui/action-form";
import { MeldingNotice, Notice } from "@/components/ui/notice";
import { finalizeAction } from "@/lib/actions/handelingsperspectieven/finalize";
import { reopenStemmenAction } from "@/lib/actions/handelingsperspectieven/reopen-stemmen";
import { MODEL_2026_1 } from "@/lib/analysetool";
import { dimensieNaam } from "@/lib/analysetool/labels";
import { can, requireScanPage } from "@/lib/auth/access";
import { listEigenStemmen, listHandelingsperspectieven, stemVoortgang, top3VastgesteldOp } from "@/lib/data/handelingsperspectieven";
import { amsterdamDay, formatDatum } from "@/lib/dates";
import { gelijkeStandOmPlaats3, top3Fase, top3Weigering } from "@/lib/scan/stap6";
import { StemForm, Top3Form, VoorstelForm } from "./formulieren";

export const metadata: Metadata = { title: "Handelingsperspectieven" };

type Props = { params: Promise<{ scanId: string }>; searchParams: Promise<{ melding?: string }> };

const DIMENSIES = [...MODEL_2026_1.dimensies].sort((a, b) => a.volgorde - b.volgorde).map((d) => ({ id: d.id, naam: d.naam }));

export default async function HandelingsperspectievenPage({ params, searchParams }: Props) {
  const { scanId } = await params;
  const { melding } = await searchParams;
  const access = await requireScanPage(scanId, "scan.view");
  const { stap } = access.scan;
  const begeleider = can(access, "scan.begeleid");
  const [lijst, eigen, voortgang] = await Promise.all([listHandelingsperspectieven(scanId), listEigenStemmen(scanId, access.user.id), stemVoortgang(scanId)]);
  const top = lijst.filter((h) => h.rang !== null).sort((a, b) => a.rang! - b.rang!);
  const fase = top3Fase({ stap, top3VastgesteldAt: await top3VastgesteldOp(scanId) });
  const voorstellen = !top3Weigering("proposeHandelingsperspectief", fase);
  const stemmen = !top3Weigering("saveStemmen", fase) && !!access.member;
  const waarden: Record<string, string> = {};
  const gelijk = top.length === 3 ? [] : gelijkeStandOmPlaats3(lijst);
  // A tie for place 3 is the begeleider's call, with the room: it is shown, never settled silently (issue 19.7).
  const basis = top.length === 3 ? top : lijst.slice(0, gelijk.length ? 2 : 3);
  basis.forEach((h, i) => {
    waarden[`hp${i + 1}`] = h.id;
    waarden[`eigenaar${i + 1}`] = h.eigenaar ?? "";
    waarden[`termijn${i + 1}`] = h.termijn ? amsterdamDay(h.termijn) : "";
    waarden[`eersteStap${i + 1}`] = h.eersteStap ?? "";
    waarden[`doelNiveau${i + 1}`] = h.doelNiveau ? String(h.doelNiveau) : "";
    waarden[`partners${i + 1}`] = h.partners ?? "";
    waarden[`middelen${i + 1}`] = h.middelen ?? "";
    waarden[`indicator${i + 1}`] = h.indicator ?? "";
  });

  return (
    <div className="max-w-3xl">
      <p>
        <Link href={`/scans/${scanId}`}>Gemeente {access.scan.gemeenteNaam}</Link>
      </p>
      <h1 className="mt-2">Top 3 handelingsperspectieven</h1>
      <MeldingNotice pagina="handelingsperspectieven" code={melding} />
      <p className="mt-2">
        Handelingsperspectieven zijn de acties waarmee de gemeente na de scan aan de slag gaat. Iedereen kan voorstellen doen; elke deelnemer verdeelt 3
        stemmen; daarna leggen de begeleiders samen met de deelnemers de top 3 vast, elk met een eigenaar, een termijn en een eerste stap.
      </p>

      {top.length ? (
        <section aria-labelledby="top3" className="mt-8">
          <h2 id="top3">{stap === "afgerond" ? "De actielijst van de gemeente" : "Vastgelegde top 3"}</h2>
          {fase === "top3" ? <p className="mt-2">De top 3 is vastgesteld: stemmen en nieuwe voorstellen kan niet meer.</p> : null}
          <ol className="mt-3 space-y-4" data-testid="top3">
            {top.map((h) => (
              <li key={h.id} className="rounded border-2 border-rijk-700 bg-rijk-50 p-4">
                <h3>
                  {h.rang}. {h.titel}
                </h3>
                <p className="mt-1 whitespace-pre-line">{h.omschrijving}</p>
                <Top3Feiten h={h} />
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      <section aria-labelledby="longlist" className="mt-8">
        <h2 id="longlist">Voorstellen ({lijst.length})</h2>
        {begeleider && stap === "handelingsperspectieven" ? (
          <p className="mt-2" data-testid="stemvoortgang">
            {voortgang.gestemd} van de {voortgang.leden} mensen van de gemeente hebben gestemd. De lijst staat op aantal stemmen.
          </p>
        ) : null}
        {lijst.length ? (
          <ul className="mt-3 space-y-3">
            {lijst.map((h) => (
              <li key={h.id} className="border-l-4 border-gray-300 pl-3">
                <p className="font-semibold">
                  {h.titel}
                  {begeleider ? <span className="font-normal"> · {h.stemmen === 1 ? "1 stem" : `${h.stemmen} stemmen`}</span> : null}
                  {eigen.includes(h.id) ? <span className="font-normal"> · jouw stem</span> : null}
                </p>
                <p className="text-base text-gray-700">
                  {dimensieNaam(MODEL_2026_1, h.dimensieId)}
                  {begeleider && h.voorgesteldDoor ? ` · voorgesteld door ${h.voorgesteldDoor}` : ""}
                </p>
                <p className="whitespace-pre-line">{h.omschrijving}</p>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2">Er zijn nog geen voorstellen.</p>
        )}
      </section>

      {stemmen ? (
        <section aria-labelledby="stemmen" className="mt-8">
          <h2 id="stemmen">Stemmen</h2>
          {lijst.length >= 3 ? (
            <StemForm scanId={scanId} opties={lijst.map((h) => ({ id: h.id, titel: h.titel }))} gekozen={eigen} />
          ) : (
            <p className="mt-2">Stemmen kan zodra er minstens 3 voorstellen zijn.</p>
          )}
        </section>
      ) : null}

      {voorstellen ? (
        <section aria-labelledby="voorstellen" className="mt-8">
          <h2 id="voorstellen">Een handelingsperspectief voorstellen</h2>
          <VoorstelForm scanId={scanId} dimensies={DIMENSIES} />
        </section>
      ) : null}

      {begeleider && stap === "handelingsperspectieven" ? (
        <>
          <section aria-labelledby="vastleggen" className="mt-10 border-t-2 border-rijk-700 pt-6">
            <h2 id="vastleggen">Top 3 vastleggen</h2>
            {gelijk.length ? (
              <div className="mt-3">
                <Notice
                  tone="waarschuwing"
                  title={`Gelijke stand om plaats 3: ${gelijk.map((h) => h.titel).join(", ")} hebben elk ${gelijk[0]!.stemmen} ${gelijk[0]!.stemmen === 1 ? "stem" : "stemmen"}.`}
                >
                  <p>Kies samen met de gemeente welk voorstel nummer 3 wordt; nummer 3 is daarom nog niet ingevuld.</p>
                </Notice>
              </div>
            ) : null}
            {lijst.length >= 3 ? (
              <Top3Form scanId={scanId} opties={lijst.map((h) => ({ id: h.id, titel: h.titel, stemmen: h.stemmen }))} waarden={waarden} />
            ) : (
              <p className="mt-2">Er zijn minstens 3 voorstellen nodig.</p>
            )}
          </section>
          <section aria-labelledby="vaststellen" className="mt-10 border-t-2 border-rijk-700 pt-6">
            <h2 id="vaststellen">Eindrapport vaststellen</h2>
            <p className="mt-2">
              Het definitieve eindrapport wordt gemaakt met de verwerkte reacties en de top 3, en daarna niet meer gewijzigd. Alle deelnemers krijgen een mail.
              De scan is daarmee afgerond (vandaag, {formatDatum(new Date())}).
            </p>
            <ActionForm action={finalizeAction} fields={{ scanId }} label="Eindrapport vaststellen en versturen" className="mt-2" />
          </section>
          {fase === "top3" ? (
            <section aria-labelledby="heropenen" className="mt-10 border-t-2 border-rijk-700 pt-6">
              <h2 id="heropenen">Stemmen weer openen</h2>
              <p className="mt-2">
                Wil de gemeente toch nog voorstellen doen of anders stemmen? Dan vervalt de vastgelegde top 3; voorstellen en stemmen blijven staan.
              </p>
              <ActionForm action={reopenStemmenAction} fields={{ scanId }} label="Stemmen weer openen" className="mt-2" />
            </section>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
