import type { Metadata } from "next";
import Link from "next/link";
import { Top3Feiten } from "@/components/rapport/top3-feiten";
import { ActionForm } from "@/components/ui/action-form";
import { FactList } from "@/components/ui/fact-list";
import { MeldingNotice } from "@/components/ui/notice";
import { startHerhaalmetingAction } from "@/lib/actions/herhaalmeting/start-herhaalmeting";
import { getModel } from "@/lib/analysetool";
import { dimensieNaam } from "@/lib/analysetool/labels";
import { requireScanPage } from "@/lib/auth/access";
import { listMembers } from "@/lib/data/deelnemers";
import { herhaalmetingVan } from "@/lib/data/herhaalmeting";
import { listOpvolging } from "@/lib/data/opvolging";
import { formatDatum, formatDatumTijd } from "@/lib/dates";
import { herhaalmetingWeigering } from "@/lib/scan/herhaalmeting";
import { magVoortgangBijwerken, OPVOLG_STATUS_LABELS, opvolgingOpen } from "@/lib/scan/opvolging";
import { EigenaarForm } from "./eigenaar-form";
import { VoortgangForm } from "./voortgang-form";

export const metadata: Metadata = { title: "Aan de slag met de top 3" };

type Props = { params: Promise<{ scanId: string }>; searchParams: Promise<{ melding?: string }> };

/**
 * Stap 7: the three handelingsperspectieven as a small plan. The procesregisseur and each
 * item's keeper update it; every member and the begeleiders read along.
 */
export default async function OpvolgingPage({ params, searchParams }: Props) {
  const [{ scanId }, { melding }] = await Promise.all([params, searchParams]);
  const access = await requireScanPage(scanId);
  const model = getModel(access.scan.modelVersie);
  const open = opvolgingOpen(access.scan.stap);
  const items = open ? await listOpvolging(scanId) : [];
  const regie = access.member?.procesregisseur === true || access.roles.has("admin");
  const leden = regie ? (await listMembers(scanId)).map((m) => ({ id: m.id, naam: m.naam ?? m.email })) : [];
  const herhaal = open && regie ? await herhaalmetingVan(scanId) : null;
  const weigering = herhaal
    ? herhaalmetingWeigering({ stap: access.scan.stap, afgerondAt: herhaal.afgerondAt }, { admin: access.roles.has("admin") }, new Date())
    : null;
  const rechten = { procesregisseur: access.member?.procesregisseur ?? false, admin: access.roles.has("admin"), memberId: access.member?.id ?? null };
  return (
    <div className="max-w-3xl">
      <p>
        <Link href={`/scans/${scanId}`}>Gemeente {access.scan.gemeenteNaam}</Link>
      </p>
      <h1 className="mt-2">Aan de slag met de top 3</h1>
      <MeldingNotice pagina="opvolging" code={melding} className="mt-4" />
      {!open ? (
        <p className="mt-4">De opvolging begint als het eindrapport definitief is (stap 7). Dan staat hier de top 3 als plan.</p>
      ) : (
        <>
          <p className="mt-4">
            Houd per punt bij hoe het ervoor staat. Elke update wordt met datum bewaard; het definitieve eindrapport verandert niet. De procesregisseur en de
            eigenaar van een punt werken het bij, de andere deelnemers en de begeleiders lezen mee.
          </p>
          {items.map((item) => (
            <section key={item.id} id={`punt-${item.rang}`} aria-labelledby={`punt-${item.rang}-titel`} className="mt-8 rounded border-2 border-rijk-700 p-4">
              <h2 id={`punt-${item.rang}-titel`}>
                {item.rang}. {item.titel}
              </h2>
              <p className="text-base text-gray-700">{dimensieNaam(model, item.dimensieId)}</p>
              <Top3Feiten h={item} />
              <FactList
                facts={[
                  { term: "Status", value: OPVOLG_STATUS_LABELS[item.status], testId: `status-${item.rang}` },
                  { term: "Laatst bijgewerkt", value: item.laatsteUpdate ? formatDatumTijd(item.laatsteUpdate) : "Nog niet" },
                  { term: "Houdt het bij", value: item.eigenaarLid ?? "De procesregisseur" },
                ]}
              />
              {regie ? <EigenaarForm scanId={scanId} hpId={item.id} rang={item.rang!} huidig={item.eigenaarMemberId} leden={leden} /> : null}
              {magVoortgangBijwerken(rechten, item) ? <VoortgangForm scanId={scanId} hpId={item.id} rang={item.rang!} status={item.status} /> : null}
              <h3 className="mt-6 text-xl">Eerdere updates</h3>
              {item.historie.length === 0 ? (
                <p className="mt-2">Nog geen updates.</p>
              ) : (
                <ol className="mt-2 space-y-3" aria-label={`Eerdere updates van punt ${item.rang}`}>
                  {item.historie.map((r) => (
                    <li key={r.id} className="border-l-4 border-gray-300 pl-3">
                      <p className="font-semibold">
                        <time dateTime={r.at.toISOString()}>{formatDatum(r.at)}</time>: {OPVOLG_STATUS_LABELS[r.status]}
                        <span className="font-normal"> ({r.door})</span>
                      </p>
                      {r.notitie ? <p className="whitespace-pre-line">{r.notitie}</p> : null}
                    </li>
                  ))}
                </ol>
              )}
            </section>
          ))}
          {herhaal ? (
            <section aria-labelledby="herhaalmeting" className="mt-10">
              <h2 id="herhaalmeting">Herhaalmeting</h2>
              <p className="mt-2">
                Een herhaalmeting laat na een jaar zien of de top 3 gewerkt heeft: dezelfde zeven stappen, en daarna de uitkomst naast die van nu. Het
                programmateam keurt de aanvraag goed, zoals bij de eerste aanmelding.
              </p>
              {herhaal.volgende ? (
                <p className="mt-2">
                  De herhaalmeting is aangevraagd. <Link href={`/scans/${herhaal.volgende.id}`}>Naar de herhaalmeting</Link>
                </p>
              ) : weigering ? (
                <p className="mt-2">{weigering}</p>
              ) : (
                <ActionForm
                  action={startHerhaalmetingAction}
                  fields={{ scanId }}
                  label="Herhaalmeting aanvragen"
                  pendingText="Wordt aangevraagd…"
                  className="mt-4"
                />
              )}
            </section>
          ) : null}
        </>
      )}
    </div>
  );
}
