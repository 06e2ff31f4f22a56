import type { Metadata } from "next";
import Link from "next/link";
import { GroepRadar, LandelijkeTabel } from "@/components/benchmark/tabellen";
import { CURRENT_MODEL_VERSIE, getModel } from "@/lib/analysetool";
import { requireAdminPage } from "@/lib/auth/access";
import { groepId } from "@/lib/benchmark/groepen";
import { landelijkeTabellen } from "@/lib/benchmark/landelijke-tabellen";
import { loadLandelijkVoorBeheer } from "@/lib/data/landelijk";
import { formatDatumTijd } from "@/lib/dates";

export const metadata: Metadata = { title: "Landelijk beeld" };

/** The programme team's view of the country: progress, lead times, response and the benchmark. */
export default async function LandelijkPage() {
  await requireAdminPage();
  const data = await loadLandelijkVoorBeheer();
  const nl = data.benchmark.groepen.find((g) => g.id === groepId.landelijk);
  return (
    <div>
      <p>
        <Link href="/beheer">Beheer</Link>
      </p>
      <h1 className="mt-2">Landelijk beeld</h1>
      <p className="mt-4 max-w-3xl">
        Voortgang van alle scans, doorlooptijden, respons en de benchmark over de gemeenten met een definitief eindrapport.
        {data.benchmark.datum
          ? ` De benchmark is bijgewerkt op ${formatDatumTijd(new Date(data.benchmark.datum))}; nieuwe cijfers volgen zodra er genoeg scans bij zijn gekomen dat geen gemeente herleidbaar wordt.`
          : " Er is nog geen benchmark: daarvoor zijn minstens tien gemeenten met een definitief eindrapport nodig."}
      </p>
      <p className="mt-4">
        <a href="/api/beheer/landelijk/csv" download>
          Download deze tabellen als CSV
        </a>
      </p>
      {nl?.getoond ? <GroepRadar model={getModel(CURRENT_MODEL_VERSIE)} groep={nl} /> : null}
      {landelijkeTabellen(data).map((t) => (
        <LandelijkeTabel key={t.id} tabel={t} />
      ))}
    </div>
  );
}
