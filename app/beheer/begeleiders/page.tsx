import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { MeldingNotice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { setBegeleiderActiveAction } from "@/lib/actions/beheer/set-begeleider-active";
import { requireAdminPage } from "@/lib/auth/access";
import { listBegeleiders } from "@/lib/data/begeleiders";
import { BegeleiderForm } from "./begeleider-form";

export const metadata: Metadata = { title: "Begeleiders" };

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
      <MeldingNotice pagina="begeleiders" code={melding} className="mt-4" />
      <DataTable
        caption="Begeleiders met status en aantal scans"
        region={false}
        className="mt-6"
        empty="Er zijn nog geen begeleiders."
        emptyClassName="mt-4"
        wide
        rows={begeleiders}
        rowKey={(b) => b.id}
        columns={[
          { header: "Naam", rowHeader: true, cell: (b) => b.name ?? "—" },
          { header: "E-mailadres", className: "break-all", cell: (b) => b.email },
          { header: "Scans", cell: (b) => b.scans },
          { header: "Status", cell: (b) => (b.active ? "Actief" : "Gedeactiveerd") },
          {
            header: "Actie",
            cell: (b) => (
              <form action={setBegeleiderActiveAction}>
                <input type="hidden" name="userId" value={b.id} />
                <input type="hidden" name="actief" value={b.active ? "nee" : "ja"} />
                <SubmitButton variant="secondary">{`${b.active ? "Deactiveren" : "Heractiveren"}: ${b.name ?? b.email}`}</SubmitButton>
              </form>
            ),
          },
        ]}
      />
      <h2 className="mt-10">Begeleider toevoegen</h2>
      <div className="mt-4 max-w-2xl">
        <BegeleiderForm />
      </div>
    </div>
  );
}
