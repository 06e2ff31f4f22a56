import { Verdeling } from "@/components/resultaten/verdeling";
import { ActionForm } from "@/components/ui/action-form";
import { LiveStand } from "@/components/workshop/live-stand";
import { openRondeAction } from "@/lib/actions/workshop/open-ronde";
import { wijzigRondeAction } from "@/lib/actions/workshop/wijzig-ronde";
import { formatScore } from "@/lib/analysetool";
import type { TRonde, TRondeStand } from "@/lib/data/rondes";
import { ConsensusForm } from "./consensus-form";

const alsVerdeling = (v: readonly number[]) => ({ 1: v[0]!, 2: v[1]!, 3: v[2]!, 4: v[3]!, 5: v[4]! });

/**
 * The live round on a dimension's workshop screen (issue 18): open it, watch the answers come
 * in, show the room its spread next to what the tools said, close it, and record the agreed
 * level from the result. Every earlier round on the dimension stays visible (Delphi).
 */
export function RondePaneel({
  scanId,
  dimensie,
  rondes,
  stand,
  tool,
  berekend,
  consensus,
}: {
  scanId: string;
  dimensie: { id: string; naam: string };
  rondes: TRonde[];
  stand: TRondeStand;
  tool: readonly number[];
  berekend: string;
  consensus: { niveau: number | null; motivering: string | null; observaties: string | null; verbeterpunten: string | null } | undefined;
}) {
  const open = stand.ronde?.status === "open" ? stand.ronde : null;
  const hier = open && open.dimensieId === dimensie.id ? open : null;
  const laatste = rondes.at(-1);
  const getoond = rondes.filter((r) => r.onthuld);
  return (
    <section aria-labelledby="ronde-kop" className="mt-8 rounded border-2 border-rijk-700 p-4 niet-printen">
      <h2 id="ronde-kop" className="text-3xl">
        Ronde in de zaal
      </h2>
      <p className="mt-2 text-lg">
        Deelnemers openen op hun telefoon de scan en kiezen <strong>Meedoen in de workshop</strong> (adres: /scans/{scanId}/stemmen).
      </p>
      <LiveStand
        scanId={scanId}
        rondeId={stand.ronde?.id ?? null}
        status={stand.ronde?.status ?? null}
        onthuld={stand.ronde?.onthuld ?? false}
        antwoorden={hier?.uitslag.antwoorden ?? 0}
        leden={stand.leden}
        toonTeller={!!hier}
      />
      <div className="mt-4 flex flex-wrap gap-4">
        {!open ? (
          <ActionForm
            action={openRondeAction}
            fields={{ scanId, dimensieId: dimensie.id }}
            label={laatste ? `Nieuwe ronde (${laatste.nummer + 1}) over ${dimensie.naam}` : `Ronde openen over ${dimensie.naam}`}
          />
        ) : hier ? (
          <>
            {!hier.onthuld ? (
              <ActionForm action={wijzigRondeAction} fields={{ scanId, rondeId: hier.id, stap: "onthullen" }} label="Verdeling tonen" variant="secondary" />
            ) : null}
            <ActionForm action={wijzigRondeAction} fields={{ scanId, rondeId: hier.id, stap: "sluiten" }} label="Ronde sluiten" variant="secondary" />
          </>
        ) : (
          <p>Er loopt een ronde over een andere dimensie. Sluit die eerst.</p>
        )}
        {laatste && !laatste.onthuld && laatste.status === "gesloten" ? (
          <ActionForm action={wijzigRondeAction} fields={{ scanId, rondeId: laatste.id, stap: "onthullen" }} label="Verdeling tonen" variant="secondary" />
        ) : null}
      </div>
      {getoond.length ? (
        <div className="mt-6 grid gap-6 text-lg md:grid-cols-3">
          {getoond.map((r) => (
            <div key={r.id} data-testid={`ronde-${r.nummer}`}>
              <h3 className="text-xl">
                Zaal, ronde {r.nummer} ({r.uitslag.antwoorden} antwoorden)
              </h3>
              <Verdeling verdeling={alsVerdeling(r.uitslag.verdeling)} weetNiet={r.uitslag.weetNiet} nvt={0} />
              <p className="mt-1 text-base">Mediaan: {formatScore(r.uitslag.mediaan)}</p>
            </div>
          ))}
          <div>
            <h3 className="text-xl">Analysetool (alle antwoorden)</h3>
            <Verdeling verdeling={alsVerdeling(tool)} weetNiet={0} nvt={0} />
          </div>
        </div>
      ) : null}
      {laatste && (laatste.onthuld || laatste.status === "gesloten") ? (
        <div className="mt-6 text-base">
          <ConsensusForm
            scanId={scanId}
            dimensieId={dimensie.id}
            naam={`Vastgesteld niveau voor ${dimensie.naam}`}
            berekend={berekend}
            initial={{
              niveau: consensus?.niveau ?? laatste.uitslag.mediaan,
              motivering: consensus?.motivering ?? null,
              observaties: consensus?.observaties ?? null,
              verbeterpunten: consensus?.verbeterpunten ?? null,
            }}
          />
        </div>
      ) : null}
    </section>
  );
}
