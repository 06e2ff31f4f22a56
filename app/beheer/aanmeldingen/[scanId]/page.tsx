import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FactList } from "@/components/ui/fact-list";
import { requireAdminPage } from "@/lib/auth/access";
import { getAanmelding, listActieveBegeleiders } from "@/lib/data/aanmeldingen";
import { formatDatumTijd } from "@/lib/dates";
import { stapLabel } from "@/lib/scan/stappen";
import { AcceptForm } from "./accept-form";
import { DeclineForm } from "./decline-form";

export const metadata: Metadata = { title: "Aanmelding beoordelen" };

export default async function AanmeldingPage({ params }: { params: Promise<{ scanId: string }> }) {
  await requireAdminPage();
  const { scanId } = await params;
  const a = await getAanmelding(scanId);
  if (!a) notFound();
  const begeleiders = await listActieveBegeleiders();
  return (
    <div className="max-w-3xl">
      <p>
        <Link href="/beheer/aanmeldingen">Aanmeldingen</Link>
      </p>
      <h1 className="mt-2">Aanmelding gemeente {a.gemeente}</h1>
      <FactList
        facts={[
          { term: "Gemeente", value: `${a.gemeente} (${a.code}), ${a.provincie}` },
          { term: "Contactpersoon", value: `${a.contactNaam}, ${a.contactFunctie}` },
          { term: "E-mailadres", value: a.contactEmail, className: "break-all" },
          { term: "Telefoon", value: a.contactTelefoon ?? "Niet opgegeven" },
          { term: "Voorkeur workshop", value: a.voorkeurPeriode ?? "Niet opgegeven" },
          { term: "Opmerkingen", value: a.opmerkingen ?? "Geen", className: "whitespace-pre-line" },
          { term: "Aangemeld op", value: formatDatumTijd(a.createdAt) },
          { term: "Status", value: a.stap === "aangemeld" ? "Wacht op beoordeling" : stapLabel(a.stap) },
        ]}
      />

      {a.stap === "aangemeld" ? (
        <>
          <h2 className="mt-10">Goedkeuren</h2>
          <AcceptForm
            scanId={a.id}
            contact={`${a.contactNaam} (${a.contactFunctie})`}
            begeleiders={begeleiders.map((b) => ({ id: b.id, label: b.name ?? b.email }))}
          />
          <h2 className="mt-12">Afwijzen</h2>
          <DeclineForm scanId={a.id} gemeente={a.gemeente} />
        </>
      ) : a.stap === "afgewezen" ? (
        <p className="mt-6">Afgewezen met de reden: {a.afwijsReden}</p>
      ) : (
        <p className="mt-6">
          Deze aanmelding is goedgekeurd. <Link href={`/scans/${a.id}`}>Naar de scan</Link>
        </p>
      )}
    </div>
  );
}
