import type { Metadata } from "next";
import Link from "next/link";
import { LiveStand } from "@/components/workshop/live-stand";
import { getModel, NIVEAU_SCHAAL } from "@/lib/analysetool";
import { requireScanPage } from "@/lib/auth/access";
import { loadRondeStand, mijnStem } from "@/lib/data/rondes";
import { StemForm } from "./stem-form";

export const metadata: Metadata = { title: "Meedoen in de workshop" };

const OPTIES = [
  ...([1, 2, 3, 4, 5] as const).map((n) => ({ value: String(n), label: `${n}. ${NIVEAU_SCHAAL[n].naam}`, hint: NIVEAU_SCHAAL[n].kern })),
  { value: "weet_niet", label: "Weet ik niet" },
];

/**
 * The deelnemer's phone in the workshop (issue 18): the question of the open round, or word
 * that there is none. Answering is a plain form, so it works without JavaScript; with it, the
 * page follows the begeleider's rounds by itself.
 */
export default async function StemmenPage({ params }: { params: Promise<{ scanId: string }> }) {
  const { scanId } = await params;
  const access = await requireScanPage(scanId, "workshop.stemmen");
  const { ronde, leden } = await loadRondeStand(scanId);
  const open = ronde?.status === "open" ? ronde : null;
  const dimensie = open ? getModel(access.scan.modelVersie).dimensies.find((d) => d.id === open.dimensieId) : undefined;
  const eerder = open && access.member ? await mijnStem(open.id, access.member.id) : null;
  return (
    <div className="max-w-xl text-xl">
      <p className="text-base">
        <Link href={`/scans/${scanId}`}>Gemeente {access.scan.gemeenteNaam}</Link> · workshop
      </p>
      <h1 className="mt-2 text-3xl">Meedoen in de workshop</h1>
      <LiveStand
        scanId={scanId}
        rondeId={ronde?.id ?? null}
        status={ronde?.status ?? null}
        onthuld={ronde?.onthuld ?? false}
        antwoorden={ronde?.uitslag.antwoorden ?? 0}
        leden={leden}
        toonTeller={false}
      />
      {open && dimensie ? (
        <>
          <p className="mt-4 text-base">
            Ronde {open.nummer} over {dimensie.naam}. Je antwoord is anoniem voor de zaal; je kunt het wijzigen tot de begeleider de ronde sluit.
          </p>
          <StemForm scanId={scanId} rondeId={open.id} vraag={`Op welk niveau staat de gemeente voor ${dimensie.naam}?`} opties={OPTIES} eerder={eerder} />
        </>
      ) : (
        <p className="mt-6" role="status">
          Er is nu geen ronde open. Zodra de begeleider een ronde opent, verschijnt hier de vraag{" "}
          <span className="whitespace-nowrap">(zonder JavaScript: ververs deze pagina)</span>.
        </p>
      )}
    </div>
  );
}
