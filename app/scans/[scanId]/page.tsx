import type { Metadata } from "next";
import { ActieLijst, rapportStapActie } from "@/components/report/stap-rapport";
import { StapStepper } from "@/components/scan/stap-stepper";
import { Notice } from "@/components/ui/notice";
import { can, requireScanPage } from "@/lib/auth/access";
import { formatDatumTijd } from "@/lib/dates";
import { stapLabel } from "@/lib/scan/stappen";

type Props = { params: Promise<{ scanId: string }>; searchParams: Promise<{ melding?: string }> };

const MELDINGEN: Record<string, string> = {
  "workshop-afgerond": "De workshop is afgerond. De scan staat nu in stap 5: het concept eindrapport.",
  afgerond: "Het eindrapport is vastgesteld en naar alle deelnemers gestuurd.",
};

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
  const { melding } = await searchParams;
  const access = await requireScanPage(scanId);
  const { scan } = access;
  const rollen = [...access.roles].map((r) => ROL_NAMEN[r]).join(" en ");
  return (
    <div className="max-w-3xl">
      {melding && MELDINGEN[melding] ? <Notice tone="succes" title={MELDINGEN[melding]} /> : null}
      <p className="text-base font-semibold text-gray-700">Datavolwassenheidsscan</p>
      <h1>Gemeente {scan.gemeenteNaam}</h1>
      <dl className="mt-4 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1">
        <dt className="font-semibold">Huidige stap</dt>
        <dd data-testid="huidige-stap">{stapLabel(scan.stap)}</dd>
        <dt className="font-semibold">Workshop</dt>
        <dd>{scan.workshopAt ? formatDatumTijd(scan.workshopAt) : "Nog niet gepland"}</dd>
        <dt className="font-semibold">Jouw rol</dt>
        <dd>{rollen}</dd>
      </dl>
      {scan.stap === "afgerond" ? <ActieLijst scanId={scanId} /> : null}
      <h2 className="mt-8">Verloop van de scan</h2>
      <StapStepper stap={scan.stap} huidigeActie={rapportStapActie(scanId, scan.stap, can(access, "scan.begeleid"))} />
    </div>
  );
}
