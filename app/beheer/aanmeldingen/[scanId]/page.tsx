import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
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
      <dl className="mt-4 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1">
        <dt className="font-semibold">Gemeente</dt>
        <dd>
          {a.gemeente} ({a.code}), {a.provincie}
        </dd>
        <dt className="font-semibold">Contactpersoon</dt>
        <dd>
          {a.contactNaam}, {a.contactFunctie}
        </dd>
        <dt className="font-semibold">E-mailadres</dt>
        <dd className="break-all">{a.contactEmail}</dd>
        <dt className="font-semibold">Telefoon</dt>
        <dd>{a.contactTelefoon ?? "Niet opgegeven"}</dd>
        <dt className="font-semibold">Voorkeur workshop</dt>
        <dd>{a.voorkeurPeriode ?? "Niet opgegeven"}</dd>
        <dt className="font-semibold">Opmerkingen</dt>
        <dd className="whitespace-pre-line">{a.opmerkingen ?? "Geen"}</dd>
        <dt className="font-semibold">Aangemeld op</dt>
        <dd>{formatDatumTijd(a.createdAt)}</dd>
        <dt className="font-semibold">Status</dt>
        <dd>{a.stap === "aangemeld" ? "Wacht op beoordeling" : stapLabel(a.stap)}</dd>
      </dl>

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
