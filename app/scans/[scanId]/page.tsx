import type { Metadata } from "next";
import Link from "next/link";
import { AnalysetoolActie } from "@/components/analysetool/scan-actie";
import { ActieLijst, rapportStapActie } from "@/components/rapport/stap-rapport";
import { AnalysetoolSchema } from "@/components/scan/analysetool-schema";
import { ScanMenu } from "@/components/scan/scan-menu";
import { StapStepper } from "@/components/scan/stap-stepper";
import { Stap2Actie } from "@/components/scan/stap2-actie";
import { buttonClass } from "@/components/ui/button";
import { FactList } from "@/components/ui/fact-list";
import { MeldingNotice } from "@/components/ui/notice";
import { can, requireScanPage } from "@/lib/auth/access";
import { getStap2Overzicht } from "@/lib/data/planning";
import { formatDatumTijd } from "@/lib/dates";
import { stapLabel } from "@/lib/scan/stappen";
import { checkStartAnalysetool } from "@/lib/scan/start-guard";

type Props = { params: Promise<{ scanId: string }>; searchParams: Promise<{ melding?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // The title never names a gemeente the visitor may not see: the page itself 404s first.
  await params;
  return { title: "Scan" };
}

const ROL_NAMEN = {
  admin: "beheerder",
  begeleider: "begeleider",
  procesregisseur: "procesregisseur",
  deelnemer: "deelnemer",
} as const;

export default async function ScanOverviewPage({ params, searchParams }: Props) {
  const { scanId } = await params;
  const access = await requireScanPage(scanId);
  const { melding } = await searchParams;
  const { scan } = access;
  const rollen = [...access.roles].map((r) => ROL_NAMEN[r]).join(" en ");
  const now = new Date();
  const overzicht = await getStap2Overzicht(scanId, access.user.id);

  let huidigeActie: React.ReactNode = null;
  if (scan.stap === "voorbereiding") {
    huidigeActie = (
      <Stap2Actie
        scanId={scanId}
        magPlannen={can(access, "scan.plan")}
        check={checkStartAnalysetool({
          stap: scan.stap,
          workshopAt: overzicht.workshopAt,
          deadlineAt: overzicht.deadlineAt,
          rollen: overzicht.rollen,
          now,
        })}
        workshopAt={overzicht.workshopAt}
        opties={overzicht.opties}
        openVoorMij={overzicht.openVoorMij}
        gevraagd={access.member !== null || access.roles.has("begeleider")}
        now={now}
      />
    );
  } else if (scan.stap === "analysetool") {
    huidigeActie = <AnalysetoolActie access={access} />;
  } else if (scan.stap === "workshop" && can(access, "scan.begeleid")) {
    huidigeActie = (
      <p>
        <Link href={`/scans/${scanId}/resultaten`}>Resultaten bekijken</Link> · <Link href={`/scans/${scanId}/workshop`}>Workshop presenteren</Link> ·{" "}
        <Link href={`/scans/${scanId}/workshop/vastleggen`}>Uitkomst vastleggen</Link>
      </p>
    );
  } else if (scan.stap === "workshop" && can(access, "workshop.stemmen")) {
    huidigeActie = (
      <p>
        <Link href={`/scans/${scanId}/stemmen`} className={buttonClass("primary")}>
          Meedoen in de workshop
        </Link>
      </p>
    );
  } else if (scan.stap === "concept" || scan.stap === "handelingsperspectieven" || scan.stap === "afgerond") {
    huidigeActie = rapportStapActie(scanId, scan.stap, can(access, "scan.begeleid"));
  } else if (scan.stap === "aangemeld" && access.roles.has("admin")) {
    huidigeActie = <Link href={`/beheer/aanmeldingen/${scanId}`}>Aanmelding beoordelen</Link>;
  }

  return (
    <div className="max-w-3xl">
      <MeldingNotice pagina="scan" code={melding} />
      <p className="text-base font-semibold text-gray-700">Datavolwassenheidsscan</p>
      <h1>Gemeente {scan.gemeenteNaam}</h1>
      <FactList
        facts={[
          { term: "Huidige stap", value: stapLabel(scan.stap), testId: "huidige-stap" },
          { term: "Workshop", value: scan.workshopAt ? formatDatumTijd(scan.workshopAt) : "Nog niet gepland" },
          { term: "Jouw rol", value: rollen },
        ]}
      />
      {scan.stap === "afgerond" ? <ActieLijst scanId={scanId} /> : null}
      <ScanMenu access={access} />
      <h2 className="mt-8">Verloop van de scan</h2>
      <StapStepper stap={scan.stap} huidigeActie={huidigeActie} />
      {overzicht.workshopAt && ["voorbereiding", "analysetool"].includes(scan.stap) ? (
        <section aria-labelledby="schema-titel" className="mt-8">
          <h2 id="schema-titel">Schema van de analysetool</h2>
          <p className="mt-2 mb-2">Zo lopen de mails rond de analysetool, gerekend vanaf de workshopdatum.</p>
          <AnalysetoolSchema workshopAt={overzicht.workshopAt} deadlineAt={overzicht.deadlineAt} startedAt={overzicht.analysetoolStartedAt} now={now} />
        </section>
      ) : null}
    </div>
  );
}
