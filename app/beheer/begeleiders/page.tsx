import type { Metadata } from "next";
import Link from "next/link";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { setBegeleiderActiveAction } from "@/lib/actions/beheer/set-begeleider-active";
import { requireAdminPage } from "@/lib/auth/access";
import { listBegeleiders } from "@/lib/data/begeleiders";
import { BegeleiderForm } from "./begeleider-form";

export const metadata: Metadata = { title: "Begeleiders" };

const MELDINGEN: Record<string, string> = {
  toegevoegd: "Begeleider toegevoegd. Die kan nu inloggen met het opgegeven e-mailadres.",
  gedeactiveerd: "Begeleider gedeactiveerd. Die kan niet meer inloggen.",
  geheractiveerd: "Begeleider weer actief.",
};

export default async function BegeleidersPage({ searchParams }: { searchParams: Promise<{ melding?: string }> }) {
  await requireAdminPage();
  const { melding } = await searchParams;
  const begeleiders = await listBegeleiders();
  return (
    <div>
      <p>
        <Link href="/beheer">Beheer</Link>
      </p>
      <h1 className="mt-2">Begeleiders</h1>
      {melding && MELDINGEN[melding] ? (
        <div className="mt-4">
          <Notice tone="succes" title={MELDINGEN[melding]} />
        </div>
      ) : null}
      {begeleiders.length === 0 ? (
        <p className="mt-4">Er zijn nog geen begeleiders.</p>
      ) : (
        <div className="mt-6 overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">Begeleiders met status en aantal scans</caption>
            <thead>
              <tr className="border-b-2 border-rijk-700">
                <th scope="col" className="py-2 pr-4">
                  Naam
                </th>
                <th scope="col" className="py-2 pr-4">
                  E-mailadres
                </th>
                <th scope="col" className="py-2 pr-4">
                  Scans
                </th>
                <th scope="col" className="py-2 pr-4">
                  Status
                </th>
                <th scope="col" className="py-2">
                  Actie
                </th>
              </tr>
            </thead>
            <tbody>
              {begeleiders.map((b) => (
                <tr key={b.id} className="border-b border-gray-300 align-top">
                  <th scope="row" className="py-2 pr-4 text-left font-normal">
                    {b.name ?? "—"}
                  </th>
                  <td className="py-2 pr-4 break-all">{b.email}</td>
                  <td className="py-2 pr-4">{b.scans}</td>
                  <td className="py-2 pr-4">{b.active ? "Actief" : "Gedeactiveerd"}</td>
                  <td className="py-2">
                    <form action={setBegeleiderActiveAction}>
                      <input type="hidden" name="userId" value={b.id} />
                      <input type="hidden" name="actief" value={b.active ? "nee" : "ja"} />
                      <SubmitButton variant="secondary">{`${b.active ? "Deactiveren" : "Heractiveren"}: ${b.name ?? b.email}`}</SubmitButton>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2 className="mt-10">Begeleider toevoegen</h2>
      <div className="mt-4 max-w-2xl">
        <BegeleiderForm />
      </div>
    </div>
  );
}
